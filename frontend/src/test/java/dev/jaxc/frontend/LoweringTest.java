package dev.jaxc.frontend;

import static dev.jaxc.frontend.Fixtures.count;
import static dev.jaxc.frontend.Fixtures.fn;
import static dev.jaxc.frontend.Fixtures.ops;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.jaxc.ir.DType;
import dev.jaxc.ir.Function;
import dev.jaxc.ir.Loc;
import dev.jaxc.ir.Op;
import dev.jaxc.ir.Type;
import dev.jaxc.ir.prim.*;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The shape of the IR the frontend produces for each construct. */
class LoweringTest {
    private static List<String> names(Function f) { return f.body().ops().stream().map(o -> o.prim().name()).toList(); }

    @Test void straightLine() {
        Function f = fn("@Jit static double f(double x, double y) { return x * x + y * y; }", "f");
        assertEquals(List.of("mul", "mul", "add"), names(f));
        Op add = f.body().ops().get(2);
        assertEquals(new Loc("C.java", 4, 51), add.loc());
        assertEquals(new Loc("C.java", 4, 51), f.body().ops().get(0).loc());
        assertEquals(new Loc("C.java", 4, 59), f.body().ops().get(1).loc());
        assertEquals(add.result(), f.body().yields().get(0));
    }

    @Test void binaryNumericPromotion() {
        Function f = fn("@Jit static double f(int i, float x) { return i * x + i; }", "f");
        // float * int is float, float + int is float, widened to double for the return
        assertEquals(List.of("convert.f32", "mul", "convert.f32", "add", "convert.f64"), names(f));
    }

    @Test void compoundAssignmentNarrows() {
        Function f = fn("@Jit static int f(int i) { i += 1.5; return i; }", "f");
        assertEquals(List.of("convert.f64", "const", "add", "convert.i32"), names(f));
        assertEquals(Const.ofDouble(1.5), f.body().ops().get(1).prim());
    }

    @Test void literalsAreConvertedAtCompileTime() {
        Function f = fn("@Jit static double f(double x) { return x + 1 + 'a' * 0; }".replace(" + 'a' * 0", ""), "f");
        assertEquals(List.of("const", "add"), names(f));
        assertEquals(Const.ofDouble(1.0), f.body().ops().get(0).prim());
    }

    @Test void shiftCountIsConvertedToInt() {
        Function f = fn("@Jit static int f(int a, long s) { return a << s; }", "f");
        assertEquals(List.of("convert.i32", "shl"), names(f));
        Function g = fn("@Jit static long g(long a, int s) { return a >>> s; }", "g");
        assertEquals(List.of("ushr"), names(g));
    }

    @Test void staticFinalConstantsAreInlined() {
        Function f = fn("static final int N = 1 << 4; static final double K = N / 3 + 0.5;\n@Jit static double f(double x) { return x * K + Math.PI; }", "f");
        List<Op> consts = ops(f, o -> o.prim() instanceof Const);
        assertEquals(Const.ofDouble(5.5), consts.get(0).prim());
        assertEquals(Const.ofDouble(Math.PI), consts.get(1).prim());
    }

    @Test void mathOverloads() {
        Function f = fn("@Jit static double f(int i, long l, float x) { return Math.abs(i) + Math.max(i, l) + Math.signum(i) + StrictMath.sin(x) + Math.pow(i, 2); }", "f");
        List<Op> unary = ops(f, o -> o.prim() instanceof Unary);
        assertEquals(new Unary(UnaryOp.ABS), unary.get(0).prim());
        assertEquals(Type.I32, unary.get(0).result().type());
        assertEquals(Type.F32, unary.get(1).result().type()); // signum(int) resolves to signum(float)
        assertEquals(new Unary(UnaryOp.SIN, true), unary.get(2).prim());
        Op max = ops(f, o -> o.prim() instanceof Binary b && b.op() == BinaryOp.MAX).get(0);
        assertEquals(Type.I64, max.result().type());
        Op pow = ops(f, o -> o.prim() instanceof Binary b && b.op() == BinaryOp.POW).get(0);
        assertEquals(Type.F64, pow.input(0).type());
    }

    @Test void staticImportsOfMath() {
        FrontendResult r = Fixtures.compile("S.java", "import dev.jaxc.Jit;\nimport static java.lang.Math.*;\nimport static java.lang.StrictMath.cbrt;\n"
                + "class S { @Jit static double f(double x) { return sqrt(x) + PI + cbrt(x) + max(1, 2); } }");
        assertTrue(r.ok(), Fixtures.render(r));
        Function f = r.program().get("S.f");
        assertEquals(List.of("sqrt", "const", "add", "strict.cbrt", "add", "const", "const", "max", "convert.f64", "add"), names(f));
    }

    @Test void shortCircuitIsLazyOnlyWhenItMatters() {
        assertEquals(0, count(fn("@Jit static boolean f(double x, double y) { return x > 0 && y / x > 1; }", "f"), "cond"));
        Function g = fn("@Jit static boolean g(int x, int y) { return x != 0 && y / x > 1; }", "g");
        assertEquals(1, count(g, "cond"));
        Function h = fn("@Jit static boolean h(double[] a, int i) { return i < a.length || a[i] > 0; }", "h");
        assertEquals(1, count(h, "cond"));
    }

    @Test void conditionalIsSelectOnlyWhenBothSidesAreTrivial() {
        assertEquals(1, count(fn("@Jit static double f(double x) { return x > 0 ? x : -x; }", "f"), "select"));
        Function g = fn("@Jit static double g(double x) { return x > 0 ? Math.log(x) : 0; }", "g");
        assertEquals(0, count(g, "select"));
        assertEquals(1, count(g, "cond"));
    }

    @Test void ifYieldsOnlyWhatItAssigns() {
        Function f = fn("@Jit static double f(double x, double y, double z) { double a = 0; if (x > y) a = z; else a = -z; return a + x; }", "f");
        Op cond = ops(f, o -> o.prim() instanceof Cond).get(0);
        assertEquals(1, cond.results().size());
        assertEquals("a", cond.result().hint());
        assertEquals(List.of("z", "a"), cond.region(0).params().stream().map(v -> v.hint()).toList());
    }

    @Test void plainCountedLoopIsAForWithoutFlags() {
        Function f = fn("@Jit static double f(double[] x, double[] y) { double s = 0; for (int i = 0; i < x.length; i++) s += x[i] * y[i]; return s; }", "f");
        Op loop = ops(f, o -> o.prim() instanceof ForLoop).get(0);
        ForLoop p = (ForLoop) loop.prim();
        assertEquals(1, p.step());
        assertEquals(2, p.nConsts());
        assertEquals(1, loop.results().size());
        assertEquals(0, count(f, "cond") + count(f, "while"));
        assertEquals(List.of("const", "const", "array.length", "for"), names(f));
    }

    @Test void countedLoopForms() {
        Function f = fn("@Jit static int f(int n) { int s = 0; for (int i = n; i >= 0; i -= 3) s += i; for (int i = 1; n > i; ++i) s++; return s; }", "f");
        List<Op> loops = ops(f, o -> o.prim() instanceof ForLoop);
        assertEquals(new ForLoop(-3, true, 0), loops.get(0).prim());
        assertEquals(new ForLoop(1, false, 0), loops.get(1).prim());
    }

    @Test void loopsThatAreNotCountedBecomeWhile() {
        assertEquals(1, count(fn("@Jit static int f(int n) { int s = 0; for (int i = 0; i < n; i++) { s += i; n--; } return s; }", "f"), "while"));
        assertEquals(1, count(fn("@Jit static int f(int n) { int s = 0; for (int i = 0; i < n; i++) { i++; } return s; }", "f"), "while"));
        assertEquals(1, count(fn("@Jit static int f(long n) { int s = 0; for (int i = 0; i < n; i++) s++; return s; }", "f"), "while"));
        assertEquals(1, count(fn("@Jit static int f(int n) { int s = 0; for (int i = 0; i < n; i++) { if (s > 9) break; s++; } return s; }", "f"), "while"));
        // element writes leave the length alone, continue stays a for
        Function g = fn("@Jit static double[] g(int n) { double[] a = new double[n]; for (int i = 0; i < a.length; i++) { if (i == 2) continue; a[i] = i; } return a; }", "g");
        assertEquals(1, count(g, "for"));
        assertEquals(0, count(g, "while"));
    }

    @Test void doWhileRunsItsBodyInTheConditionRegion() {
        Function f = fn("@Jit static int f(int n) { int k = 0; do { k += 2; } while (k < n); return k; }", "f");
        Op loop = ops(f, o -> o.prim() instanceof WhileLoop).get(0);
        assertEquals(List.of("const", "add", "cmp.lt"), loop.region(0).ops().stream().map(o -> o.prim().name()).toList());
        assertTrue(loop.region(1).ops().isEmpty());
    }

    @Test void breakCarriesAFlag() {
        Function f = fn("@Jit static int f(int[] a) { int i = 0; while (i < a.length) { if (a[i] == 0) break; i++; } return i; }", "f");
        Op loop = ops(f, o -> o.prim() instanceof WhileLoop).get(0);
        assertEquals(List.of("i", "break_L4"), loop.results().stream().map(v -> v.hint()).toList());
    }

    @Test void guardClausesNeedNoReturnFlag() {
        Function f = fn("@Jit static int f(int n) { if (n < 0) return -1; int s = n * 2; if (s > 10) { return 10; } return s; }", "f");
        assertEquals(2, count(f, "cond"));
        assertTrue(ops(f, o -> o.prim() instanceof Const c && c.dtype() == DType.BOOL).isEmpty(), Fixtures.dump(f));
        assertEquals(List.of("cmp.lt", "cond"), names(f).subList(1, 3));
    }

    @Test void returnInsideLoopUsesFlags() {
        Function f = fn("@Jit static int f(int[] a) { for (int i = 0; i < a.length; i++) if (a[i] < 0) return i; return -1; }", "f");
        Op loop = ops(f, o -> o.prim() instanceof WhileLoop).get(0);
        assertEquals(List.of("ret", "retval", "i"), loop.results().stream().map(v -> v.hint()).toList());
    }

    @Test void forEachEvaluatesTheArrayOnceAndCountsOverIt() {
        Function f = fn("@Jit static double f(double[][] m) { double s = 0; for (double[] r : m) for (double v : r) s += v; return s; }", "f");
        assertEquals(2, count(f, "for"));
        assertEquals(0, count(f, "while"));
    }

    @Test void arrayWritesAreFunctionalUpdates() {
        Function f = fn("@Jit static double[][] f(int n) { double[][] m = new double[n][n]; m[0][1] = 2; m[1] = new double[3]; m[1][0] += 1; return m; }", "f");
        List<Op> sets = ops(f, o -> o.prim() instanceof ArraySet);
        assertEquals(List.of(new ArraySet(2), new ArraySet(1), new ArraySet(2)), sets.stream().map(Op::prim).toList());
        assertEquals(sets.get(2).result(), f.body().yields().get(0));
    }

    @Test void rowIsCheckedFirstWhenTheValueCouldThrow() {
        Function f = fn("@Jit static int f(int i, int k) { int[][] c = new int[2][2]; c[i][0] = 10 / k; return c[0][0]; }", "f");
        assertEquals(List.of("const", "const", "array.new", "array.get", "const", "const", "div", "array.set"), names(f).subList(0, 8));
    }

    @Test void callsNameTheQualifiedCallee() {
        Function f = fn("@Jit static double sq(double x) { return x * x; }\n@Jit static double f(int x) { return sq(x) + C.sq(2); }", "f");
        List<Op> calls = ops(f, o -> o.prim() instanceof Call);
        assertEquals(new Call("t.C.sq", List.of(Type.F64)), calls.get(0).prim());
        assertEquals(Type.F64, calls.get(0).input(0).type());
        assertEquals(2, calls.size());
    }

    @Test void condRegionsAreClosed() {
        // every region's ops read only its own parameters (the verifier checks it)
        Function f = fn("@Jit static double f(double x, int n) { double s = 0; int k = 0; while (k < n) { if (x > k) { s += x; } else { s -= k; continue; } k++; } return s; }", "f");
        dev.jaxc.ir.verify.IrVerifier.verify(f, new dev.jaxc.ir.Program().add(f));
    }
}
