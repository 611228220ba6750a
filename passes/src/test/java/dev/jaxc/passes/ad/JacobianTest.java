package dev.jaxc.passes.ad;

import static org.junit.jupiter.api.Assertions.*;

import dev.jaxc.ir.DType;
import dev.jaxc.ir.Function;
import dev.jaxc.ir.Type;
import dev.jaxc.ir.Value;
import dev.jaxc.ir.prim.UnaryOp;
import java.util.List;
import org.junit.jupiter.api.Test;

/** jacfwd, jacrev and hessian: layouts, agreement between modes, symmetry, central differences. */
class JacobianTest {
    static final Type V = Type.array(DType.F64, 1), M = Type.array(DType.F64, 2);

    /** y[i] = sin(x[i])·x[(i+1) % n] + a·x[i]² (n → n). */
    static void vectorField(AdHarness h) {
        h.add("f", List.of(V, Type.F64), List.of("x", "a"), (b, ps) -> {
            Value x = ps.get(0), a = ps.get(1), n = b.arrayLength(x);
            return List.of(b.forLoop(b.i32(0), n, 1, false, List.of(x, a, n), List.of(b.arrayNew(DType.F64, 1, n)), (bb, q) -> {
                Value i = q.get(0), xs = q.get(1), xi = bb.arrayGet(xs, i);
                Value next = bb.arrayGet(xs, bb.binary(dev.jaxc.ir.prim.BinaryOp.REM, bb.add(i, bb.i32(1)), q.get(3)));
                Value yi = bb.add(bb.mul(bb.unary(UnaryOp.SIN, xi), next), bb.mul(q.get(2), bb.mul(xi, xi)));
                return List.of(bb.arraySet(q.get(4), i, yi));
            }).get(0));
        });
    }

    /** f(x) = Σ_i exp(x[i]·x[i+1]) + Π-like coupling, a scalar with a dense Hessian. */
    static void scalarField(AdHarness h) {
        h.add("s", List.of(V), List.of("x"), (b, ps) -> {
            Value x = ps.get(0), n = b.arrayLength(x);
            Value acc = b.forLoop(b.i32(0), b.sub(n, b.i32(1)), 1, false, List.of(x), List.of(b.f64(0)), (bb, q) -> {
                Value xi = bb.arrayGet(q.get(1), q.get(0)), xj = bb.arrayGet(q.get(1), bb.add(q.get(0), bb.i32(1)));
                return List.of(bb.add(q.get(2), bb.unary(UnaryOp.EXP, bb.mul(xi, xj))));
            }).get(0);
            Value x0 = b.arrayGet(x, b.i32(0)), xl = b.arrayGet(x, b.sub(n, b.i32(1)));
            return List.of(b.add(acc, b.mul(b.unary(UnaryOp.SIN, x0), b.mul(xl, xl))));
        });
    }

    @Test
    void jacobianLayoutAndModesAgree() {
        AdHarness h = new AdHarness();
        vectorField(h);
        Function jf = h.derive("jf", "jacfwd(f)");
        h.derive("jr", "jacrev(f)");
        assertEquals(M, jf.resultTypes().get(0), "double[] → double[] gives double[][]");
        double[] x = {0.3, -1.1, 0.7, 2.0};
        double a = 0.6;
        double[][] F = (double[][]) h.run("jf", x, a)[0], R = (double[][]) h.run("jr", x, a)[0];
        AdHarness.assertClose(F, R, 1e-12, 1e-300, "jacfwd vs jacrev");
        // Row o is the gradient of y[o]: J[o][o] = cos(x_o)·x_{o+1} + 2a·x_o, J[o][o+1] = sin(x_o).
        for (int o = 0; o < 4; o++) {
            assertEquals(Math.cos(x[o]) * x[(o + 1) % 4] + 2 * a * x[o], F[o][o], 1e-14);
            assertEquals(Math.sin(x[o]), F[o][(o + 1) % 4], 1e-14);
        }
        // Columns against central differences (tolerance as in DerivativeChecks).
        for (int c = 0; c < 4; c++) {
            double[] e = new double[4];
            e[c] = 1;
            double[] fd = (double[]) h.centralDifference("f", new Object[] {x, a}, new Object[] {e, null}, 0, 1e-5);
            for (int o = 0; o < 4; o++) assertEquals(fd[o], F[o][c], 1e-7);
        }
    }

    @Test
    void scalarInputAndMultipleArgnums() {
        AdHarness h = new AdHarness();
        vectorField(h);
        Function da = h.derive("da", "jacfwd(f, argnums=1)");
        assertEquals(V, da.resultTypes().get(0), "double → double[] gives double[]");
        Function both = h.derive("both", "jacrev(f, argnums=(0, 1))");
        assertEquals(List.of("dX", "dA"), both.resultNames());
        double[] x = {0.3, -1.1, 0.7};
        double[] d = (double[]) h.run("da", x, 0.6)[0];
        Object[] r = h.run("both", x, 0.6);
        for (int o = 0; o < 3; o++) assertEquals(x[o] * x[o], d[o], 1e-15);
        AdHarness.assertClose(d, r[1], 1e-12, 1e-300, "jacfwd vs jacrev in a");
    }

    @Test
    void hessianIsSymmetricAndForwardOverReverseEqualsReverseOverForward() {
        AdHarness h = new AdHarness();
        scalarField(h);
        Function hess = h.derive("H", "hessian(s)");
        assertEquals(M, hess.resultTypes().get(0));
        h.derive("H2", "jacrev(jacfwd(s))");
        h.derive("H3", "jacfwd(jacfwd(s))");
        h.derive("H4", "jacrev(grad(s))");
        double[] x = {0.3, -0.4, 0.7, 0.2, -0.5};
        double[][] H = (double[][]) h.run("H", (Object) x)[0];
        for (int i = 0; i < 5; i++)
            for (int j = 0; j < 5; j++) assertEquals(H[i][j], H[j][i], 1e-12 * Math.max(1, Math.abs(H[i][j])), "symmetric at " + i + "," + j);
        for (String other : List.of("H2", "H3", "H4"))
            AdHarness.assertClose(H, h.run(other, (Object) x)[0], 1e-12, 1e-14, "hessian vs " + other);
        // Against central differences of the gradient.
        h.derive("g", "grad(s)");
        for (int c = 0; c < 5; c++) {
            double[] e = new double[5];
            e[c] = 1;
            double[] fd = (double[]) h.centralDifference("g", new Object[] {x}, new Object[] {e}, 0, 1e-5);
            for (int r = 0; r < 5; r++) assertEquals(fd[r], H[r][c], 1e-7);
        }
    }

    @Test
    void nestedTransformsCompose() {
        AdHarness h = new AdHarness();
        h.add("p", List.of(Type.F64, Type.F64), List.of("x", "y"), (b, ps) -> {
            Value x = ps.get(0), y = ps.get(1);
            return List.of(b.mul(b.unary(UnaryOp.SIN, b.mul(x, y)), b.mul(x, x)));
        });
        h.derive("gg", "grad(grad(p))");
        h.derive("jg", "jvp(grad(p, argnums=1))");
        h.derive("hxy", "hessian(p, argnums=(0, 1))");
        double x = 0.7, y = -0.4;
        Object[] hx = h.run("hxy", x, y);
        assertEquals(List.of("dXdX", "dXdY", "dYdX", "dYdY"), h.program.get("t.T.hxy").resultNames());
        assertEquals((Double) hx[0], h.runScalar("gg", x, y), 1e-12);
        assertEquals((Double) hx[1], (Double) hx[2], 1e-12);
        // jvp of ∂p/∂y along (1, 0) is ∂²p/∂x∂y.
        Object[] j = h.run("jg", x, y, 1.0, 0.0);
        assertEquals((Double) hx[2], (Double) j[1], 1e-12);
        // d²/dx² [sin(xy) x²] = -y² sin(xy) x² + 4 x y cos(xy) + 2 sin(xy)
        double s = Math.sin(x * y), c = Math.cos(x * y);
        assertEquals(-y * y * s * x * x + 4 * x * y * c + 2 * s, (Double) hx[0], 1e-13);
    }
}
