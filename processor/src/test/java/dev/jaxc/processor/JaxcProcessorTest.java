package dev.jaxc.processor;

import static org.junit.jupiter.api.Assertions.*;

import dev.jaxc.compiler.CompileResult;
import dev.jaxc.compiler.JaxcCompiler;
import dev.jaxc.frontend.SourceFile;
import dev.jaxc.ir.diag.Diagnostic;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class JaxcProcessorTest {
    static final String MODEL = """
            package demo;

            import dev.jaxc.Derive;
            import dev.jaxc.Jit;

            @Derive(name = "dloss", expr = "grad(loss)")
            public class Model {
                @Jit
                public static double loss(double[] w, double[] xs, double[] ys) {
                    double s = 0;
                    for (int i = 0; i < xs.length; i++) {
                        double r = w[0] + w[1] * xs[i] - ys[i];
                        s += r * r;
                    }
                    return s / xs.length;
                }
            }
            """;

    /** Compiled in the same javac run as Model: it can only resolve ModelJaxc if the processor ran first. */
    static final String FIT = """
            package demo;

            public final class Fit {
                public static double[] gradient(double[] w, double[] xs, double[] ys) {
                    return ModelJaxc.dloss(w, xs, ys);
                }
            }
            """;

    @Test
    void discoveredFromTheClassPathAndCallableInTheSameCompilation(@TempDir Path dir) throws Exception {
        var files = InProcessJavac.write(dir, Map.of("demo/Model.java", MODEL, "demo/Fit.java", FIT));
        var r = InProcessJavac.compile(dir, List.copyOf(files.values()), null);
        assertTrue(r.ok(), () -> "javac failed: " + r.diagnostics() + r.output());
        assertTrue(Files.exists(r.classes().resolve("demo/ModelJaxc.class")));

        double[] w = {0.5, 2}, xs = {0, 1, 2, 3}, ys = {1, 2, 2, 4};
        try (URLClassLoader cl = new URLClassLoader(new URL[] {r.classes().toUri().toURL()}, getClass().getClassLoader())) {
            Method gradient = cl.loadClass("demo.Fit").getMethod("gradient", double[].class, double[].class, double[].class);
            double[] g = (double[]) gradient.invoke(null, w, xs, ys);
            double g0 = 0, g1 = 0;
            for (int i = 0; i < xs.length; i++) {
                double res = w[0] + w[1] * xs[i] - ys[i];
                g0 += 2 * res / xs.length;
                g1 += 2 * res * xs[i] / xs.length;
            }
            assertArrayEquals(new double[] {g0, g1}, g, 1e-12);
        }
    }

    @Test
    void sameBytesAsTheCompilerEntryPoint(@TempDir Path dir) throws Exception {
        var files = InProcessJavac.write(dir, Map.of("demo/Model.java", MODEL));
        var r = InProcessJavac.compile(dir, List.copyOf(files.values()), List.of(new JaxcProcessor()));
        assertTrue(r.ok(), () -> r.diagnostics().toString());
        CompileResult direct = new JaxcCompiler().compile(List.of(new SourceFile(files.get("demo/Model.java").toString(), MODEL)));
        assertTrue(direct.ok(), direct::formattedDiagnostics);
        assertFalse(direct.classes().isEmpty());
        for (var e : direct.classes().entrySet()) {
            Path file = r.classes().resolve(e.getKey().replace('.', '/') + ".class");
            assertArrayEquals(e.getValue(), Files.readAllBytes(file), e.getKey());
        }
    }

    /** Broken models: javac must report each jaxc error at jaxc's own line and column, and write no companion. */
    @ParameterizedTest
    @ValueSource(strings = {
            "w[0] = 1;",        // writes to a parameter array
            "Object o = null;", // outside the supported subset
    })
    void errorsAreReportedAtJaxcsPositionAndNothingIsWritten(String statement, @TempDir Path dir) throws Exception {
        String bad = MODEL.replace("double s = 0;", "double s = 0; " + statement);
        assertNotEquals(MODEL, bad);
        assertErrorsAtJaxcPositions(dir, bad);
    }

    @Test
    void deriveExpressionErrorsPointIntoTheAnnotation(@TempDir Path dir) throws Exception {
        assertErrorsAtJaxcPositions(dir, MODEL.replace("grad(loss)", "grad(lossy)"));
    }

    private static void assertErrorsAtJaxcPositions(Path dir, String source) throws Exception {
        var files = InProcessJavac.write(dir, Map.of("demo/Model.java", source));
        Path model = files.get("demo/Model.java");
        CompileResult direct = new JaxcCompiler().compile(List.of(new SourceFile(model.toString(), source)));
        List<Diagnostic> expected = direct.diagnostics().stream().filter(Diagnostic::isError).toList();
        assertFalse(expected.isEmpty(), "the broken model must be a jaxc error");

        var r = InProcessJavac.compile(dir, List.of(model), List.of(new JaxcProcessor()));
        assertFalse(r.ok());
        List<javax.tools.Diagnostic<? extends JavaFileObject>> errors = r.errors();
        assertEquals(expected.size(), errors.size(), () -> errors.toString());
        for (int i = 0; i < expected.size(); i++) {
            Diagnostic want = expected.get(i);
            var got = errors.get(i);
            assertEquals(model.toUri(), got.getSource().toUri());
            assertEquals(want.loc().line(), got.getLineNumber(), got::toString);
            assertTrue(got.getMessage(null).startsWith("[jaxc] " + want.message()), got::toString);
            // javac's caret is at jaxc's column, or (inside a string) the message names it.
            String at = "(at Model.java:" + want.loc().line() + ":" + want.loc().column() + ")";
            assertTrue(got.getColumnNumber() == want.loc().column() || got.getMessage(null).contains(at), got::toString);
        }
        try (Stream<Path> out = Files.walk(r.classes())) {
            assertEquals(List.of(), out.filter(Files::isRegularFile).toList(), "nothing is written on error");
        }
    }

    @Test
    void sourcesWithoutJaxcAnnotationsAreLeftAlone(@TempDir Path dir) throws Exception {
        var files = InProcessJavac.write(dir, Map.of("demo/Plain.java", "package demo; public class Plain { static int f() { return 1; } }"));
        var r = InProcessJavac.compile(dir, List.copyOf(files.values()), List.of(new JaxcProcessor()));
        assertTrue(r.ok(), () -> r.diagnostics().toString());
        try (Stream<Path> out = Files.walk(r.classes())) {
            assertEquals(List.of(r.classes().resolve("demo/Plain.class")), out.filter(Files::isRegularFile).toList());
        }
    }
}
