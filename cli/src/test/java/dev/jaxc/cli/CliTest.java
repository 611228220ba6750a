package dev.jaxc.cli;

import static org.junit.jupiter.api.Assertions.*;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CliTest {
    record Result(int code, String out, String err) {}

    static Result jaxc(String... args) {
        StringWriter out = new StringWriter(), err = new StringWriter();
        int code = Main.run(args, new PrintWriter(out), new PrintWriter(err));
        return new Result(code, out.toString(), err.toString());
    }

    static final String GOOD = """
            package demo;

            import dev.jaxc.Jit;

            public class Good {
                @Jit
                public static double f(double x) {
                    return x * x + 1;
                }
            }
            """;

    static final String BAD = """
            package demo;

            import dev.jaxc.Jit;

            public class Bad {
                @Jit
                public static double f(double[] x) {
                    x[0] = 1;
                    return x[0];
                }

                @Jit
                public static double g(double y) {
                    return y;
                }
            }
            """;

    static void assertNoStackTrace(String s) {
        assertFalse(s.contains("\tat ") || s.contains("Exception in thread") || s.contains("at dev.jaxc."), () -> "stack trace printed:\n" + s);
    }

    @Test
    void versionAndHelp() {
        Result v = jaxc("--version");
        assertEquals(0, v.code());
        assertTrue(v.out().startsWith("jaxc "), v.out());
        Result h = jaxc("--help");
        assertEquals(0, h.code());
        assertTrue(h.out().contains("compile") && h.out().contains("ir") && h.out().contains("run"), h.out());
    }

    @Test
    void badFlagsAreUsageErrors() {
        Result r = jaxc("compile", "-d", "out", "--bogus", "x.java");
        assertEquals(2, r.code());
        assertTrue(r.err().startsWith("jaxc: error: Unknown option: '--bogus'"), r.err());
        assertTrue(r.err().contains("hint: run 'jaxc compile --help'"), r.err());
        assertEquals(2, jaxc().code());
        assertEquals(2, jaxc("frobnicate").code());
        Result missingOut = jaxc("compile", "x.java");
        assertEquals(2, missingOut.code());
        assertTrue(missingOut.err().contains("-d"), missingOut.err());
        assertNoStackTrace(r.err() + missingOut.err());
    }

    @Test
    void compileWritesCompanionClasses(@TempDir Path dir) throws Exception {
        Path src = dir.resolve("Good.java");
        Files.writeString(src, GOOD);
        Path out = dir.resolve("out");
        Result r = jaxc("compile", "-d", out.toString(), src.toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(Files.isRegularFile(out.resolve("demo/GoodJaxc.class")));
        try (Stream<Path> s = Files.walk(out)) {
            assertTrue(s.noneMatch(p -> p.getFileName().toString().startsWith(".jaxc-tmp")), "temp dir left behind");
        }
    }

    @Test
    void userErrorsAreJavacStyleAndWriteNothing(@TempDir Path dir) throws Exception {
        Path src = dir.resolve("Bad.java");
        Files.writeString(src, BAD);
        Files.writeString(dir.resolve("Good.java"), GOOD);
        Path out = dir.resolve("out");
        Result r = jaxc("compile", "-d", out.toString(), dir.toString());
        assertEquals(1, r.code());
        assertTrue(r.err().contains(src + ":8:9: error: "), r.err());
        assertTrue(r.err().contains("        x[0] = 1;\n        ^\n"), r.err());
        assertTrue(r.err().contains("hint: "), r.err());
        assertNoStackTrace(r.err());
        assertFalse(Files.exists(out) && Files.list(out).findAny().isPresent(), "output written despite errors");
    }

    @Test
    void missingSourceIsAUserError(@TempDir Path dir) {
        Result r = jaxc("compile", "-d", dir.toString(), dir.resolve("Nope.java").toString());
        assertEquals(1, r.code());
        assertTrue(r.err().contains("no such file"), r.err());
    }

    @Test
    void irPrintsTheFunctions(@TempDir Path dir) throws Exception {
        Path src = dir.resolve("Good.java");
        Files.writeString(src, GOOD);
        Result r = jaxc("ir", src.toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("func @demo.Good.f(%x: f64) -> (f64)"), r.out());
        assertTrue(r.out().contains("mul"), r.out());
    }

    @Test
    void irDerivePrintsTheDerivativeAsIrAndAsJava(@TempDir Path dir) throws Exception {
        Path src = dir.resolve("Good.java");
        Files.writeString(src, GOOD);
        Result ir = jaxc("ir", "--derive", "grad(f)", src.toString());
        assertEquals(0, ir.code(), ir.err());
        assertTrue(ir.out().contains("func @demo.Good.derived(%x: f64) -> (f64)"), ir.out());
        Result java = jaxc("ir", "--java", "--derive", "grad(f)", src.toString());
        assertEquals(0, java.code(), java.err());
        assertTrue(java.out().contains("static double derived(double x)"), java.out());
        assertTrue(java.out().contains("return"), java.out());
    }

    @Test
    void irDeriveErrorsPointIntoTheExpression(@TempDir Path dir) throws Exception {
        Path src = dir.resolve("Good.java");
        Files.writeString(src, GOOD);
        Result r = jaxc("ir", "--derive", "grad(g)", src.toString());
        assertEquals(1, r.code());
        assertTrue(r.err().startsWith("<--derive>:1:6: error: no @Jit method 'g' to transform"), r.err());
        assertTrue(r.err().contains("grad(g)\n     ^\n"), r.err());
        assertNoStackTrace(r.err());
    }

    @Test
    void runCompilesAndRunsMain(@TempDir Path dir) throws Exception {
        Path src = dir.resolve("Hello.java");
        Files.writeString(src, """
                import dev.jaxc.Jit;

                public class Hello {
                    @Jit
                    static double twice(double x) { return 2 * x; }

                    public static void main(String[] args) {
                        System.out.println("twice " + args[0] + " = " + HelloJaxc.twice(Double.parseDouble(args[0])));
                    }
                }
                """);
        PrintStream old = System.out;
        ByteArrayOutputStream buf = new ByteArrayOutputStream();
        System.setOut(new PrintStream(buf, true));
        Result r;
        try {
            r = jaxc("run", src.toString(), "21");
        } finally {
            System.setOut(old);
        }
        assertEquals(0, r.code(), r.err());
        assertEquals("twice 21 = 42.0", buf.toString().trim());
    }

    @Test
    void runReportsJavacErrorsInTheUsersFile(@TempDir Path dir) throws Exception {
        Path src = dir.resolve("Broken.java");
        Files.writeString(src, "public class Broken { public static void main(String[] a) { int x = \"s\"; } }\n");
        Result r = jaxc("run", src.toString());
        assertEquals(1, r.code());
        assertTrue(r.err().contains("Broken.java:1:"), r.err());
        assertTrue(r.err().contains("error: incompatible types"), r.err());
    }
}
