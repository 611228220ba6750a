package dev.jaxc.frontend;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.jaxc.ir.Function;
import dev.jaxc.ir.Loc;
import dev.jaxc.ir.Type;
import dev.jaxc.ir.Value;
import java.util.List;
import org.junit.jupiter.api.Test;

class ClassScannerTest {
    private static final String MODEL = """
            package dev.jaxc.testdata;

            import dev.jaxc.Derive;
            import dev.jaxc.Jit;

            @Derive(name = "dloss", expr = "grad(loss)")
            @Derive(name = "vl", expr = "vmap(loss, in_axes=(0, None))")
            public class Model {
                @Jit public static double loss(double[] w, double x) { return w[0] * x; }
                static double helper(double x) { return x; }
                @Jit static double sumsq(double a, double b) { return a * a + b * b; }
            }

            @Derive.List({@Derive(name = "g", expr = "grad(f)")})
            class Other {
                @dev.jaxc.Jit static float f(float x) { return x * (float) Model.sumsq(x, 1); }
            }
            """;

    @Test
    void findsClassesJitMethodsAndDerives() {
        FrontendResult r = Fixtures.compile("Model.java", MODEL);
        assertTrue(r.ok(), Fixtures.render(r));
        assertEquals(2, r.classes().size());
        ClassUnit model = r.classes().get(0);
        assertEquals("dev.jaxc.testdata.Model", model.binaryName());
        assertEquals("Model.java", model.source().path());
        assertEquals(List.of("dev.jaxc.testdata.Model.loss", "dev.jaxc.testdata.Model.sumsq"), model.jitFunctions());
        assertEquals(2, model.derives().size());
        DeriveDecl d = model.derives().get(1);
        assertEquals("dev.jaxc.testdata.Model", d.classBinaryName());
        assertEquals("vl", d.name());
        assertEquals("vmap(loss, in_axes=(0, None))", d.expr());
        assertEquals(new Loc("Model.java", 7, 29), d.loc());
        assertEquals(new Loc("Model.java", 7, 16), d.nameLoc());
        ClassUnit other = r.classes().get(1);
        assertEquals("dev.jaxc.testdata.Other", other.binaryName());
        assertEquals(List.of("dev.jaxc.testdata.Other.f"), other.jitFunctions());
        assertEquals("grad(f)", other.derives().get(0).expr());
    }

    @Test
    void functionsAreQualifiedWithParamHintsAndNameLoc() {
        FrontendResult r = Fixtures.compile("Model.java", MODEL);
        Function loss = r.program().get("dev.jaxc.testdata.Model.loss");
        assertEquals(List.of("w", "x"), loss.params().stream().map(Value::hint).toList());
        assertEquals(List.of(Type.array(dev.jaxc.ir.DType.F64, 1), Type.F64), loss.paramTypes());
        assertEquals(List.of(Type.F64), loss.resultTypes());
        assertEquals(new Loc("Model.java", 9, 31), loss.loc());
        Function f = r.program().get("dev.jaxc.testdata.Other.f");
        var call = Fixtures.ops(f, op -> op.prim() instanceof dev.jaxc.ir.prim.Call).get(0);
        assertEquals("dev.jaxc.testdata.Model.sumsq", ((dev.jaxc.ir.prim.Call) call.prim()).callee());
        assertEquals(3, r.program().functions().size());
    }

    @Test
    void jitWithoutImportIsNotOurs() {
        FrontendResult r = Fixtures.compile("A.java", "package p;\n@interface Jit {}\nclass A { @Jit static double f(double x) { return x; } }\n");
        assertTrue(r.ok());
        assertTrue(r.classes().isEmpty());
        assertEquals(0, r.program().functions().size());
    }

    @Test
    void classesOfSeveralFilesCallEachOther() {
        FrontendResult r = JavaFrontend.compile(List.of(
                new SourceFile("a/A.java", "package a;\nimport dev.jaxc.*;\npublic class A { @Jit public static double f(double x) { return b.B.g(x) + 1; } }\n"),
                new SourceFile("b/B.java", "package b;\nimport dev.jaxc.Jit;\nimport a.A;\npublic class B { @Jit public static double g(double x) { return x * 2; }\n"
                        + "  @Jit static double h(double x) { return A.f(x); } }\n")));
        assertTrue(r.ok(), Fixtures.render(r));
        assertEquals(List.of("a.A.f", "b.B.g", "b.B.h"), r.program().functions().stream().map(Function::name).toList());
    }

    @Test
    void deriveNeedsLiterals() {
        FrontendResult r = Fixtures.compile("D.java", "import dev.jaxc.*;\n@Derive(name = \"a\")\nclass D { @Jit static double f(double x) { return x; } }\n");
        assertFalse(r.ok());
        assertEquals("@Derive needs both name and expr", r.diagnostics().get(0).message());
        assertEquals(new Loc("D.java", 2, 1), r.diagnostics().get(0).loc());
    }

    @Test
    void brokenCalleeDoesNotCascade() {
        FrontendResult r = Fixtures.compile("E.java", Fixtures.HEADER
                + "class E {\n  @Jit double bad(double x) { return x; }\n  @Jit static double good(double x) { return bad(x); }\n}\n");
        assertEquals(1, r.diagnostics().size(), r.diagnostics()::toString);
        assertEquals("@Jit method 'bad' must be static", r.diagnostics().get(0).message());
    }

    @Test
    void ruleAnnotationsBecomeProgramAttributes() {
        FrontendResult r = Fixtures.compile("R.java", """
                package p;
                import dev.jaxc.*;
                class R {
                    @Jit @CustomJvp("fJvp") static double f(double x) { return Math.log1p(Math.exp(x)); }
                    @Jit static double fJvp(double x, double dx) { return dx / (1 + Math.exp(-x)); }
                    @Jit @CustomVjp({"bx", "by"}) @Checkpoint(every = 16) static double g(double x, double y) { return x * y; }
                    @Jit static double bx(double x, double y, double r, double ct) { return ct * y; }
                    @Jit static double by(double x, double y, double r, double ct) { return ct * x; }
                    @Jit @Checkpoint static double h(double x) { return x; }
                }
                """);
        assertTrue(r.ok(), Fixtures.render(r));
        assertEquals("p.R.fJvp", r.program().attribute("p.R.f", "custom_jvp"));
        assertEquals("p.R.bx,p.R.by", r.program().attribute("p.R.g", "custom_vjp"));
        assertEquals("16", r.program().attribute("p.R.g", "checkpoint"));
        assertEquals("0", r.program().attribute("p.R.h", "checkpoint"));
        assertEquals(null, r.program().attribute("p.R.fJvp", "custom_jvp"));
    }

    @Test
    void ruleMustBeAJitMethodOfTheClass() {
        FrontendResult r = Fixtures.compile("R.java", "import dev.jaxc.*;\nclass R {\n  @Jit @CustomJvp(\"missing\") static double f(double x) { return x; }\n}\n");
        assertFalse(r.ok());
        assertEquals("@CustomJvp names 'missing', which is not a @Jit method of R", r.diagnostics().get(0).message());
        assertEquals(new Loc("R.java", 3, 19), r.diagnostics().get(0).loc());
    }
}
