package dev.jaxc.check;

import java.util.SplittableRandom;
import java.util.function.ToDoubleFunction;

/**
 * Checks derivatives the way {@code jax.test_util.check_grads} does, for use in users' JUnit
 * tests: a forward-mode derivative (JVP) against central differences along random directions,
 * a reverse-mode derivative (VJP) against the JVP by the dot-product test
 * ⟨c, J·v⟩ = ⟨Jᵀ·c, v⟩, and second order (Hessians) against differences of the gradient.
 *
 * <p>Step and tolerance are chosen soundly rather than by guesswork: the central difference
 * error is h²/6·|f'''| + ε|f|/h, minimised near h = ε^{1/3}·scale; the checker estimates the
 * truncation error at that step from the difference between steps h and 2h (Richardson) and
 * accepts a derivative that agrees within a few times that estimate plus the rounding floor.
 *
 * <pre>
 * GradientChecker.checkGrad(FooJaxc::loss, FooJaxc::dloss, x0);
 * GradientChecker.check(f, jvp, vjp, x0);                 // both modes, first order
 * GradientChecker.checkHessian(FooJaxc::dloss, FooJaxc::hess, x0);   // second order
 * </pre>
 */
public final class GradientChecker {
    private static final double EPS = Math.ulp(1.0);
    private final int directions;
    private final double rtol;
    private final long seed;

    /** @param directions random directions per check; @param rtol extra relative slack (e.g. 1e-6) */
    public GradientChecker(int directions, double rtol, long seed) {
        if (directions < 1) throw new IllegalArgumentException("directions must be ≥ 1");
        this.directions = directions;
        this.rtol = rtol;
        this.seed = seed;
    }

    /** Five directions, relative slack 1e-6, a fixed seed (deterministic tests). */
    public static GradientChecker standard() { return new GradientChecker(5, 1e-6, 0x5eedL); }

    /** Checks a gradient of a scalar function against central differences. */
    public static void checkGrad(ToDoubleFunction<double[]> f, VectorFunction grad, double[] x) {
        standard().checkJvp(VectorFunction.ofScalar(f), (p, v) -> new double[] {dot(grad.apply(p), v)}, x);
    }

    /** check_grads(modes=("fwd", "rev"), order=1): the JVP against differences, the VJP against the JVP and differences. */
    public static void check(VectorFunction f, LinearMap jvp, LinearMap vjp, double[] x) {
        GradientChecker c = standard();
        c.checkJvp(f, jvp, x);
        c.checkVjp(f, jvp, vjp, x);
    }

    /**
     * Second order: a gradient's derivative, given as Hessian-vector products, against central
     * differences of the gradient, plus the symmetry ⟨u, H·v⟩ = ⟨H·u, v⟩.
     */
    public static void checkHessian(VectorFunction grad, LinearMap hvp, double[] x) {
        GradientChecker c = standard();
        c.checkJvp(grad, hvp, x);
        SplittableRandom r = new SplittableRandom(c.seed + 2);
        for (int k = 0; k < c.directions; k++) {
            double[] u = unit(r, x.length), v = unit(r, x.length);
            double a = dot(u, hvp.apply(x, v)), b = dot(hvp.apply(x, u), v);
            if (!(Math.abs(a - b) <= 1e-10 * (Math.abs(a) + Math.abs(b)) + 1e-300))
                throw new GradientCheckFailure(String.format("Hessian is not symmetric: <u, H v> = %.17g, <H u, v> = %.17g", a, b));
        }
    }

    /** Second order with the Hessian as a matrix (e.g. from {@code hessian(f)}). */
    public static void checkHessian(VectorFunction grad, VectorFunction2 hessian, double[] x) {
        checkHessian(grad, (p, v) -> matVec(hessian.apply(p), v), x);
    }

    /** A function returning a matrix, such as a generated {@code hessian(f)} or {@code jacfwd(f)}. */
    @FunctionalInterface
    public interface VectorFunction2 {
        double[][] apply(double[] x);
    }

    /** A Jacobian matrix (rows = outputs, columns = inputs, as JAX) against differences of f. */
    public static void checkJacobian(VectorFunction f, VectorFunction2 jacobian, double[] x) {
        standard().checkJvp(f, (p, v) -> matVec(jacobian.apply(p), v), x);
    }

    private static double[] matVec(double[][] m, double[] v) {
        double[] out = new double[m.length];
        for (int i = 0; i < m.length; i++) out[i] = dot(m[i], v);
        return out;
    }

    /** The JVP along random directions against central differences of f. */
    public void checkJvp(VectorFunction f, LinearMap jvp, double[] x) {
        SplittableRandom r = new SplittableRandom(seed);
        for (int k = 0; k < directions; k++) {
            double[] v = unit(r, x.length);
            compare("jvp", jvp.apply(x, v), f, x, v);
        }
    }

    /** The dot-product test ⟨c, J·v⟩ = ⟨Jᵀ·c, v⟩ and the VJP's components against differences. */
    public void checkVjp(VectorFunction f, LinearMap jvp, LinearMap vjp, double[] x) {
        SplittableRandom r = new SplittableRandom(seed + 1);
        int m = f.apply(x).length;
        for (int k = 0; k < directions; k++) {
            double[] v = unit(r, x.length), c = unit(r, m);
            double lhs = dot(c, jvp.apply(x, v)), rhs = dot(vjp.apply(x, c), v);
            // Both sides are exact derivatives; they differ only by rounding in the two sums.
            double tol = 1e-10 * (Math.abs(lhs) + Math.abs(rhs)) + 1e-300;
            if (!(Math.abs(lhs - rhs) <= tol))
                throw new GradientCheckFailure(String.format("vjp disagrees with jvp: <c, J v> = %.17g but <J^T c, v> = %.17g (direction %d)", lhs, rhs, k));
            // And against differences directly, so a consistent but wrong pair is caught too.
            double[] fd = centralDifference(f, x, v).value;
            compareScalar("vjp", rhs, dot(c, fd), dotAbs(c, centralDifference(f, x, v).error));
        }
    }

    private void compare(String what, double[] got, VectorFunction f, double[] x, double[] v) {
        Estimate e = centralDifference(f, x, v);
        if (got.length != e.value.length)
            throw new GradientCheckFailure(what + " has " + got.length + " components, f has " + e.value.length);
        for (int i = 0; i < got.length; i++) compareScalar(what + "[" + i + "]", got[i], e.value[i], e.error[i]);
    }

    private void compareScalar(String what, double got, double fd, double fdError) {
        double tol = 4 * fdError + rtol * Math.max(Math.abs(fd), Math.abs(got)) + 1e-12;
        if (!(Math.abs(got - fd) <= tol))
            throw new GradientCheckFailure(String.format(
                    "%s = %.17g but central differences give %.17g (estimated difference error %.3g, tolerance %.3g)",
                    what, got, fd, fdError, tol));
    }

    /** Central differences along v at the near-optimal step, with a Richardson error estimate. */
    static Estimate centralDifference(VectorFunction f, double[] x, double[] v) {
        double scale = 1;
        for (double xi : x) scale = Math.max(scale, Math.abs(xi));
        double h = Math.cbrt(EPS) * scale;
        double[] d1 = diff(f, x, v, h), d2 = diff(f, x, v, 2 * h);
        double[] f0 = f.apply(x);
        double[] err = new double[d1.length];
        for (int i = 0; i < d1.length; i++) {
            // Truncation error scales with h²: d(2h) - d(h) ≈ 3·err(h). Rounding: ε|f|/h.
            err[i] = Math.abs(d2[i] - d1[i]) / 3 + 10 * EPS * (Math.abs(f0[i]) + 1) / h;
        }
        return new Estimate(d1, err);
    }

    private static double[] diff(VectorFunction f, double[] x, double[] v, double h) {
        double[] xp = x.clone(), xm = x.clone();
        for (int i = 0; i < x.length; i++) {
            xp[i] += h * v[i];
            xm[i] -= h * v[i];
        }
        double[] fp = f.apply(xp), fm = f.apply(xm);
        double[] d = new double[fp.length];
        for (int i = 0; i < d.length; i++) d[i] = (fp[i] - fm[i]) / (2 * h);
        return d;
    }

    record Estimate(double[] value, double[] error) {}

    private static double[] unit(SplittableRandom r, int n) {
        double[] v = new double[n];
        double norm = 0;
        for (int i = 0; i < n; i++) {
            v[i] = r.nextDouble() * 2 - 1;
            norm += v[i] * v[i];
        }
        norm = Math.sqrt(norm);
        if (norm == 0) {
            if (n > 0) v[0] = 1;
            return v;
        }
        for (int i = 0; i < n; i++) v[i] /= norm;
        return v;
    }

    static double dot(double[] a, double[] b) {
        if (a.length != b.length) throw new GradientCheckFailure("length mismatch: " + a.length + " vs " + b.length);
        double s = 0;
        for (int i = 0; i < a.length; i++) s += a[i] * b[i];
        return s;
    }

    private static double dotAbs(double[] a, double[] b) {
        double s = 0;
        for (int i = 0; i < a.length; i++) s += Math.abs(a[i]) * Math.abs(b[i]);
        return s;
    }
}
