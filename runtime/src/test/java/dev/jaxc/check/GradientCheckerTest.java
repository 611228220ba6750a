package dev.jaxc.check;

import static org.junit.jupiter.api.Assertions.*;

import org.junit.jupiter.api.Test;

class GradientCheckerTest {
    // f(x) = sum_i sin(x_i) * x_{i+1} + exp(x_0 / 4), a smooth test function with known derivatives.
    static double f(double[] x) {
        double s = Math.exp(x[0] / 4);
        for (int i = 0; i + 1 < x.length; i++) s += Math.sin(x[i]) * x[i + 1];
        return s;
    }

    static double[] grad(double[] x) {
        double[] g = new double[x.length];
        g[0] += Math.exp(x[0] / 4) / 4;
        for (int i = 0; i + 1 < x.length; i++) {
            g[i] += Math.cos(x[i]) * x[i + 1];
            g[i + 1] += Math.sin(x[i]);
        }
        return g;
    }

    static double[] hvp(double[] x, double[] v) {
        double[] h = new double[x.length];
        h[0] += Math.exp(x[0] / 4) / 16 * v[0];
        for (int i = 0; i + 1 < x.length; i++) {
            h[i] += -Math.sin(x[i]) * x[i + 1] * v[i] + Math.cos(x[i]) * v[i + 1];
            h[i + 1] += Math.cos(x[i]) * v[i];
        }
        return h;
    }

    static final double[] X = {0.3, -1.2, 2.5, 0.7};

    @Test
    void acceptsCorrectDerivativesInBothModes() {
        GradientChecker.checkGrad(GradientCheckerTest::f, GradientCheckerTest::grad, X);
        VectorFunction vf = VectorFunction.ofScalar(GradientCheckerTest::f);
        GradientChecker.check(vf, (x, v) -> new double[] {GradientChecker.dot(grad(x), v)},
                (x, c) -> scale(grad(x), c[0]), X);
        GradientChecker.checkHessian(GradientCheckerTest::grad, GradientCheckerTest::hvp, X);
    }

    @Test
    void rejectsAGradientWrongInOneComponent() {
        var e = assertThrows(GradientCheckFailure.class, () -> GradientChecker.checkGrad(GradientCheckerTest::f, x -> {
            double[] g = grad(x);
            g[2] *= 1.0001;
            return g;
        }, X));
        assertTrue(e.getMessage().contains("central differences give"), e.getMessage());
    }

    @Test
    void rejectsAVjpThatIsNotTheTransposeOfTheJvp() {
        VectorFunction vf = VectorFunction.ofScalar(GradientCheckerTest::f);
        var e = assertThrows(GradientCheckFailure.class, () -> GradientChecker.check(vf,
                (x, v) -> new double[] {GradientChecker.dot(grad(x), v)},
                (x, c) -> scale(grad(x), 2 * c[0]), X));
        assertTrue(e.getMessage().contains("vjp disagrees with jvp"), e.getMessage());
    }

    @Test
    void rejectsAnAsymmetricOrWrongHessian() {
        var wrong = assertThrows(GradientCheckFailure.class, () -> GradientChecker.checkHessian(GradientCheckerTest::grad,
                (x, v) -> {
                    double[] h = hvp(x, v);
                    h[1] += 1e-3 * v[0];
                    return h;
                }, X));
        assertNotNull(wrong.getMessage());
    }

    @Test
    void checksJacobiansOfVectorFunctions() {
        VectorFunction g = x -> new double[] {x[0] * x[1], Math.sin(x[1])};
        GradientChecker.checkJacobian(g, x -> new double[][] {{x[1], x[0]}, {0, Math.cos(x[1])}}, new double[] {1.5, -0.5});
        assertThrows(GradientCheckFailure.class, () -> GradientChecker.checkJacobian(g,
                x -> new double[][] {{x[0], x[1]}, {0, Math.cos(x[1])}}, new double[] {1.5, -0.5}));
    }

    @Test
    void toleranceIsSoundForBadlyScaledFunctions() {
        // Large values and curvature: a fixed absolute tolerance would either fail here or miss errors elsewhere.
        double[] x = {40.0, 1e3};
        GradientChecker.checkGrad(p -> Math.exp(p[0] / 2) + p[1] * p[1] * p[1],
                p -> new double[] {Math.exp(p[0] / 2) / 2, 3 * p[1] * p[1]}, x);
    }

    private static double[] scale(double[] a, double s) {
        double[] out = a.clone();
        for (int i = 0; i < out.length; i++) out[i] *= s;
        return out;
    }
}
