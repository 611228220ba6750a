package dev.jaxc.testdata.adbench;

import static dev.jaxc.testdata.adbench.AdBenchCompiled.call;
import static dev.jaxc.testdata.adbench.AdBenchCompiled.part;
import static org.junit.jupiter.api.Assertions.*;

import dev.jaxc.check.GradientChecker;
import dev.jaxc.check.VectorFunction;
import org.junit.jupiter.api.Test;

/**
 * Derivatives of the ADBench models checked three ways: reverse mode against forward mode
 * (1e-12 relative: both are exact up to rounding), and against central differences with the
 * runtime's GradientChecker (its tolerance is derived from a Richardson error estimate).
 */
class AdBenchGradientTest {
    static void assertClose(double[] expected, double[] actual, double rel, String what) {
        assertEquals(expected.length, actual.length, what + " length");
        double scale = 0;
        for (double e : expected) scale = Math.max(scale, Math.abs(e));
        for (int i = 0; i < expected.length; i++)
            assertTrue(Math.abs(expected[i] - actual[i]) <= rel * scale, what + "[" + i + "]: " + expected[i] + " vs " + actual[i]);
    }

    static double[] concat(double[]... parts) {
        int n = 0;
        for (double[] p : parts) n += p.length;
        double[] out = new double[n];
        int k = 0;
        for (double[] p : parts) {
            System.arraycopy(p, 0, out, k, p.length);
            k += p.length;
        }
        return out;
    }

    static double[] slice(double[] a, int from, int len) { return java.util.Arrays.copyOfRange(a, from, from + len); }

    @Test
    void gmmGradientReverseEqualsForwardAndFiniteDifferences() throws Throwable {
        for (String file : new String[] {"gmm_d2_K5.txt", "gmm_d10_K5.txt"}) {
            GmmData g = GmmData.read(file);
            Object[] args = {g.alphas(), g.means(), g.icf(), g.x(), g.d(), g.k(), g.n(), g.gamma(), g.m(), g.constTerm()};
            Object rev = call("Gmm", "gradAll", args), fwd = call("Gmm", "gradAllForward", args);
            double[] r = concat((double[]) part(rev, "dAlphas"), (double[]) part(rev, "dMeans"), (double[]) part(rev, "dIcf"));
            double[] f = concat((double[]) part(fwd, "dAlphas"), (double[]) part(fwd, "dMeans"), (double[]) part(fwd, "dIcf"));
            assertEquals(g.k() + g.k() * g.d() + g.k() * g.d() * (g.d() + 1) / 2, r.length, "ADBench's gradient length");
            assertClose(f, r, 1e-12, file + " reverse vs forward");
            int ka = g.k(), km = g.k() * g.d(), ki = g.icf().length;
            GradientChecker.checkGrad(p -> {
                try {
                    return (double) call("Gmm", "objective", slice(p, 0, ka), slice(p, ka, km), slice(p, ka + km, ki), g.x(), g.d(), g.k(), g.n(), g.gamma(), g.m(), g.constTerm());
                } catch (Throwable t) {
                    throw new AssertionError(t);
                }
            }, p -> r, concat(g.alphas(), g.means(), g.icf()));
        }
    }

    @Test
    void lstmGradientReverseEqualsForwardAndFiniteDifferences() throws Throwable {
        LstmData d = LstmData.read("lstm_l2_c1024.txt").truncated(12);
        Object[] args = {d.mainParams(), d.extraParams(), d.state(), d.seq(), d.l(), d.c(), d.b()};
        Object rev = call("Lstm", "gradParams", args), fwd = call("Lstm", "gradParamsForward", args);
        double[] r = concat((double[]) part(rev, "dMainParams"), (double[]) part(rev, "dExtraParams"));
        double[] f = concat((double[]) part(fwd, "dMainParams"), (double[]) part(fwd, "dExtraParams"));
        assertClose(f, r, 1e-12, "reverse vs forward");
        int nm = d.mainParams().length, ne = d.extraParams().length;
        GradientChecker.checkGrad(p -> {
            try {
                return (double) call("Lstm", "objective", slice(p, 0, nm), slice(p, nm, ne), d.state(), d.seq(), d.l(), d.c(), d.b());
            } catch (Throwable t) {
                throw new AssertionError(t);
            }
        }, p -> r, concat(d.mainParams(), d.extraParams()));
    }

    @Test
    void baJacobianForwardEqualsReverseAndFiniteDifferences() throws Throwable {
        BaData d = BaData.read("ba1_n49_m7776_p31843.txt");
        for (double[] cam : new double[][] {d.camera(), zeroRotation(d.camera())}) {
            Object fwd = call("Ba", "reprojJacobian", cam, d.point(), d.weight(), d.feature());
            Object rev = call("Ba", "reprojJacobianReverse", cam, d.point(), d.weight(), d.feature());
            double[][] jf = jacobian15(fwd), jr = jacobian15(rev);
            for (int row = 0; row < 2; row++) assertClose(jf[row], jr[row], 1e-12, "row " + row);
            VectorFunction residual = p -> {
                try {
                    return (double[]) call("Ba", "reprojError", slice(p, 0, 11), slice(p, 11, 3), p[14], d.feature());
                } catch (Throwable t) {
                    throw new AssertionError(t);
                }
            };
            GradientChecker.checkJacobian(residual, p -> jf, concat(cam, d.point(), new double[] {d.weight()}));
        }
        assertEquals(-2 * d.weight(), (double) call("Ba", "weightJacobian", d.weight()), 0.0);
    }

    /** The 2×15 per-observation block [∂/∂cam (11) | ∂/∂X (3) | ∂/∂w (1)]. */
    static double[][] jacobian15(Object rec) throws Exception {
        double[][] dc = (double[][]) part(rec, "dCam"), dx = (double[][]) part(rec, "dX");
        double[] dw = (double[]) part(rec, "dW");
        double[][] j = new double[2][];
        for (int row = 0; row < 2; row++) j[row] = concat(dc[row], dx[row], new double[] {dw[row]});
        return j;
    }

    static double[] zeroRotation(double[] cam) {
        double[] c = cam.clone();
        c[0] = c[1] = c[2] = 0;
        return c;
    }
}
