package dev.jaxc.maven;

import static org.junit.jupiter.api.Assertions.*;

import dev.jaxc.maven.BuildOutcome.Status;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JaxcBuildTest {
    static final String MODEL = """
            package demo;

            import dev.jaxc.Derive;
            import dev.jaxc.Jit;

            @Derive(name = "dloss", expr = "grad(loss)")
            public class Model {
                @Jit
                public static double loss(double[] w, double[] xs) {
                    double s = 0;
                    for (int i = 0; i < xs.length; i++) s += (w[0] * xs[i] - w[1]) * (w[0] * xs[i] - w[1]);
                    return s;
                }
            }
            """;
    static final String OTHER = """
            package demo;

            import dev.jaxc.Jit;

            public class Other {
                @Jit
                public static double sq(double x) { return x * x; }
            }
            """;

    @TempDir Path dir;

    Path src() { return dir.resolve("src"); }
    Path out() { return dir.resolve("classes"); }

    BuildRequest request(List<String> excludes) {
        return new BuildRequest(List.of(src()), List.of(), excludes, StandardCharsets.UTF_8, out(), dir.resolve("target/jaxc/compile.state"));
    }

    BuildOutcome build() throws Exception { return new JaxcBuild("jaxc-test").run(request(List.of())); }

    void write(String rel, String text) throws Exception {
        Path p = src().resolve(rel);
        Files.createDirectories(p.getParent());
        Files.writeString(p, text);
    }

    Path classFile(String binaryName) { return BuildState.classFile(out(), binaryName); }

    List<Path> outputs() throws Exception {
        if (!Files.exists(out())) return List.of();
        try (Stream<Path> s = Files.walk(out())) {
            return s.filter(Files::isRegularFile).sorted().toList();
        }
    }

    @Test
    void secondBuildWithNoChangeCompilesAndWritesNothing() throws Exception {
        write("demo/Model.java", MODEL);
        write("demo/Plain.java", "package demo; class Plain {}");
        BuildOutcome first = build();
        assertEquals(Status.COMPILED, first.status());
        assertEquals(1, first.sources(), "only sources with jaxc annotations take part");
        assertTrue(first.classes().contains("demo.ModelJaxc"), first.classes()::toString);
        Path companion = classFile("demo.ModelJaxc");
        FileTime old = FileTime.fromMillis(1_000_000_000_000L);
        Files.setLastModifiedTime(companion, old);

        BuildOutcome second = build();
        assertEquals(Status.UP_TO_DATE, second.status());
        assertNull(second.result(), "the compiler did not run");
        assertEquals(old, Files.getLastModifiedTime(companion), "the class file was not rewritten");

        write("demo/Plain.java", "package demo; class Plain { int x; }");
        assertEquals(Status.UP_TO_DATE, build().status(), "a source without jaxc annotations does not matter");
    }

    @Test
    void aChangedSourceADeletedOutputOrANewCompilerRecompiles() throws Exception {
        write("demo/Model.java", MODEL);
        assertEquals(Status.COMPILED, build().status());
        write("demo/Model.java", MODEL.replace("return s;", "return 2 * s;"));
        assertEquals(Status.COMPILED, build().status());
        Files.delete(classFile("demo.ModelJaxc"));
        assertEquals(Status.COMPILED, build().status());
        assertTrue(Files.exists(classFile("demo.ModelJaxc")));
        assertEquals(Status.COMPILED, new JaxcBuild("jaxc-next").run(request(List.of())).status());
        assertEquals(Status.COMPILED, new JaxcBuild("jaxc-next").run(request(List.of("**/Other.java"))).status(), "configuration changed");
    }

    @Test
    void companionsNoSourceProducesAnyMoreAreRemoved() throws Exception {
        write("demo/Model.java", MODEL);
        write("demo/Other.java", OTHER);
        build();
        assertTrue(Files.exists(classFile("demo.OtherJaxc")));
        Files.delete(src().resolve("demo/Other.java"));
        BuildOutcome o = build();
        assertEquals(Status.COMPILED, o.status());
        assertEquals(List.of("demo.OtherJaxc"), o.removed());
        assertFalse(Files.exists(classFile("demo.OtherJaxc")));
        assertTrue(Files.exists(classFile("demo.ModelJaxc")));
    }

    @Test
    void aFailedCompileWritesNothingAndIsRetried() throws Exception {
        write("demo/Model.java", MODEL);
        build();
        List<Path> before = outputs();
        byte[] companion = Files.readAllBytes(classFile("demo.ModelJaxc"));
        write("demo/Model.java", MODEL.replace("double s = 0;", "double s = 0; w[0] = 1;"));
        write("demo/Other.java", OTHER);

        BuildOutcome failed = build();
        assertEquals(Status.FAILED, failed.status());
        assertFalse(failed.result().ok());
        assertEquals(before, outputs(), "no class of the failed compile was written (not even OtherJaxc)");
        assertArrayEquals(companion, Files.readAllBytes(classFile("demo.ModelJaxc")));
        assertEquals(Status.FAILED, build().status(), "a failed build is never up to date");
    }

    @Test
    void noAnnotatedSources() throws Exception {
        write("demo/Plain.java", "package demo; class Plain {}");
        assertEquals(Status.NO_SOURCES, build().status());
        assertEquals(List.of(), outputs());
    }

    @Test
    void diagnosticsAreFormattedForIdesWithFileLineAndColumn() throws Exception {
        write("demo/Model.java", MODEL.replace("double s = 0;", "double s = 0; w[0] = 1;"));
        BuildOutcome failed = build();
        var d = failed.result().diagnostics().stream().filter(x -> x.isError()).findFirst().orElseThrow();
        String text = new MavenDiagnosticFormatter(failed.result().sources()).format(d);
        String path = src().resolve("demo/Model.java").toAbsolutePath().toString();
        assertTrue(text.startsWith(path + ":[" + d.loc().line() + "," + d.loc().column() + "] " + d.message()), text);
        assertTrue(text.contains("w[0] = 1;"), "shows the source line: " + text);
    }
}
