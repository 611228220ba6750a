package dev.jaxc.testdata.ad;

import dev.jaxc.Derive;
import dev.jaxc.Jit;

@Derive(name = "sigmoidGrad", expr = "grad(sigmoid, argnums=(0,))")
@Derive(name = "sigmoidJvp", expr = "jvp(sigmoid)")
@Derive(name = "logisticGrad", expr = "grad(logistic, argnums=(0, 1, 2))")
@Derive(name = "logisticJvp", expr = "jvp(logistic)")
@Derive(name = "logSumExpGrad", expr = "grad(logSumExp, argnums=(0,))")
@Derive(name = "logSumExpJvp", expr = "jvp(logSumExp)")
@Derive(name = "softmaxXentGrad", expr = "grad(softmaxXent, argnums=(0,))")
@Derive(name = "softmaxXentJvp", expr = "jvp(softmaxXent)")
@Derive(name = "gmmGrad", expr = "grad(gmm, argnums=(0, 1, 2, 3))")
@Derive(name = "gmmJvp", expr = "jvp(gmm)")
@Derive(name = "mlpGrad", expr = "grad(mlp, argnums=(0, 1, 2, 3))")
@Derive(name = "mlpJvp", expr = "jvp(mlp)")
@Derive(name = "lstmGrad", expr = "grad(lstm, argnums=(0, 1, 2, 3))")
@Derive(name = "lstmJvp", expr = "jvp(lstm)")
@Derive(name = "attentionGrad", expr = "grad(attention, argnums=(0, 1, 2))")
@Derive(name = "attentionJvp", expr = "jvp(attention)")
@Derive(name = "huberGrad", expr = "grad(huber, argnums=(0, 1))")
@Derive(name = "huberJvp", expr = "jvp(huber)")
@Derive(name = "batchNormGrad", expr = "grad(batchNorm, argnums=(0,))")
@Derive(name = "batchNormJvp", expr = "jvp(batchNorm)")
/** Machine-learning style objectives, differentiated in both modes (see AdDifferentialTest). */
public class Models {
    @Jit public static double sigmoid(double z) { return 1.0 / (1.0 + Math.exp(-z)); }

    @Jit public static double logistic(double[] w, double[][] x, double[] y) {
        double loss = 0;
        for (int i = 0; i < x.length; i++) {
            double z = 0;
            for (int j = 0; j < w.length && j < x[i].length; j++) z += w[j] * x[i][j];
            double p = sigmoid(z);
            loss -= y[i] * Math.log(p) + (1 - y[i]) * Math.log(1 - p);
        }
        return loss / x.length;
    }

    @Jit public static double logSumExp(double[] v) {
        double m = v[0];
        for (int i = 1; i < v.length; i++) m = Math.max(m, v[i]);
        double s = 0;
        for (double e : v) s += Math.exp(e - m);
        return m + Math.log(s);
    }

    @Jit public static double softmaxXent(double[] logits, int label) {
        return logSumExp(logits) - logits[label % logits.length];
    }

    /** A diagonal Gaussian mixture's negative log-likelihood. */
    @Jit public static double gmm(double[] alphas, double[][] means, double[][] logSigmas, double[][] x) {
        int k = alphas.length;
        double total = 0;
        for (int n = 0; n < x.length; n++) {
            double[] terms = new double[k];
            for (int c = 0; c < k; c++) {
                double q = 0, logdet = 0;
                for (int d = 0; d < x[n].length; d++) {
                    double z = (x[n][d] - means[c][d]) * Math.exp(-logSigmas[c][d]);
                    q += z * z;
                    logdet += logSigmas[c][d];
                }
                terms[c] = alphas[c] - logdet - 0.5 * q;
            }
            total += logSumExp(terms);
        }
        return -total + x.length * logSumExp(alphas);
    }

    @Jit public static double mlp(double[][] w1, double[] b1, double[] w2, double[] x) {
        double out = 0;
        for (int h = 0; h < w1.length; h++) {
            double a = b1[h];
            for (int i = 0; i < x.length && i < w1[h].length; i++) a += w1[h][i] * x[i];
            out += w2[h] * Math.max(0.0, a);
        }
        return out;
    }

    /** An LSTM over a sequence with scalar gates per hidden unit; returns the sum of the last hidden state. */
    @Jit public static double lstm(double[][] wx, double[][] wh, double[] bias, double[][] xs) {
        int hidden = bias.length / 4;
        double[] h = new double[hidden];
        double[] c = new double[hidden];
        for (int t = 0; t < xs.length; t++) {
            double[] hn = new double[hidden];
            double[] cn = new double[hidden];
            for (int u = 0; u < hidden; u++) {
                double[] g = new double[4];
                for (int q = 0; q < 4; q++) {
                    int row = q * hidden + u;
                    double s = bias[row];
                    for (int i = 0; i < xs[t].length; i++) s += wx[row][i % wx[row].length] * xs[t][i];
                    for (int v = 0; v < hidden; v++) s += wh[row][v % wh[row].length] * h[v];
                    g[q] = s;
                }
                double in = sigmoid(g[0]), forget = sigmoid(g[1]), outg = sigmoid(g[2]);
                cn[u] = forget * c[u] + in * Math.tanh(g[3]);
                hn[u] = outg * Math.tanh(cn[u]);
            }
            h = hn;
            c = cn;
        }
        double s = 0;
        for (double v : h) s += v;
        return s;
    }

    @Jit public static double attention(double[] q, double[][] keys, double[][] values) {
        double[] scores = new double[keys.length];
        for (int i = 0; i < keys.length; i++) {
            double s = 0;
            for (int j = 0; j < q.length && j < keys[i].length; j++) s += q[j] * keys[i][j];
            scores[i] = s;
        }
        double lse = logSumExp(scores);
        double out = 0;
        for (int i = 0; i < keys.length; i++) {
            double w = Math.exp(scores[i] - lse);
            for (double v : values[i]) out += w * v * v;
        }
        return out;
    }

    @Jit public static double huber(double[] r, double delta) {
        double s = 0;
        for (double e : r) {
            double a = Math.abs(e - 1.0);
            s += a <= delta ? 0.5 * a * a : delta * (a - 0.5 * delta);
        }
        return s;
    }

    @Jit public static double batchNorm(double[] x) {
        double mean = 0;
        for (double v : x) mean += v;
        mean /= x.length;
        double var = 0;
        for (double v : x) var += (v - mean) * (v - mean);
        var /= x.length;
        double s = 0;
        for (int i = 0; i < x.length; i++) {
            double z = (x[i] - mean) / Math.sqrt(var + 1e-5);
            s += z * z * z + Math.sin(z);
        }
        return s;
    }
}
