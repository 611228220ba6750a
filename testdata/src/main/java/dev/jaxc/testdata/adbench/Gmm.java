package dev.jaxc.testdata.adbench;

import dev.jaxc.Derive;
import dev.jaxc.Jit;

/**
 * ADBench's Gaussian mixture model objective, written as plain Java (flat arrays as in the
 * reference C++): alphas[K], means[K·D], icf[K·D(D+1)/2] (per component D log-diagonal
 * entries then the strictly lower part column by column), x[N·D]. The parameter-independent
 * Wishart normaliser −K·C is passed in as {@code constTerm}.
 */
@Derive(name = "gradAll", expr = "grad(objective, argnums=(0, 1, 2))")
@Derive(name = "gradAllForward", expr = "jacfwd(objective, argnums=(0, 1, 2))")
public class Gmm {
    @Jit
    public static double objective(double[] alphas, double[] means, double[] icf, double[] x,
                                   int d, int k, int n, double gamma, int m, double constTerm) {
        int icfSize = d * (d + 1) / 2;
        double slse = 0;
        double[] main = new double[k];
        for (int i = 0; i < n; i++) {
            for (int c = 0; c < k; c++) {
                double sumQ = 0;
                for (int j = 0; j < d; j++) sumQ += icf[c * icfSize + j];
                // ‖Q_c (x_i − μ_c)‖², Q lower triangular: out[j] = exp(q_j)·v_j + Σ_{i<j} l·v_i.
                double sq = 0;
                for (int j = 0; j < d; j++) {
                    double out = Math.exp(icf[c * icfSize + j]) * (x[i * d + j] - means[c * d + j]);
                    for (int p = 0; p < j; p++) {
                        int idx = d + p * (2 * d - p - 1) / 2 + (j - p - 1);
                        out += icf[c * icfSize + idx] * (x[i * d + p] - means[c * d + p]);
                    }
                    sq += out * out;
                }
                main[c] = alphas[c] + sumQ - 0.5 * sq;
            }
            slse += logsumexp(main);
        }
        double reg = 0;
        for (int c = 0; c < k; c++) {
            double sumQ = 0, frob = 0;
            for (int j = 0; j < d; j++) {
                double q = icf[c * icfSize + j];
                sumQ += q;
                frob += Math.exp(2 * q);
            }
            for (int j = d; j < icfSize; j++) frob += icf[c * icfSize + j] * icf[c * icfSize + j];
            reg += 0.5 * gamma * gamma * frob - m * sumQ;
        }
        return -n * d * 0.5 * Math.log(2 * Math.PI) + slse - n * logsumexp(alphas) + reg + constTerm;
    }

    @Jit
    public static double logsumexp(double[] v) {
        double mx = v[0];
        for (int i = 1; i < v.length; i++) mx = Math.max(mx, v[i]);
        double s = 0;
        for (int i = 0; i < v.length; i++) s += Math.exp(v[i] - mx);
        return Math.log(s) + mx;
    }
}
