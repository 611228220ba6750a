package dev.jaxc.bench.adbench;

import dev.jaxc.testdata.adbench.GmmData;
import org.hipparchus.analysis.differentiation.Gradient;

/**
 * The GMM objective written the way a Java user differentiates today: over Hipparchus'
 * forward-mode {@link Gradient}, one partial per parameter (alphas, means, icf).
 */
public final class GmmHipparchus {
    private GmmHipparchus() {}

    public static double[] gradient(GmmData g) {
        int d = g.d(), k = g.k(), n = g.n(), icfSize = d * (d + 1) / 2;
        int nv = k + k * d + k * icfSize;
        Gradient[] alphas = vars(g.alphas(), nv, 0), means = vars(g.means(), nv, k), icf = vars(g.icf(), nv, k + k * d);
        Gradient zero = Gradient.constant(nv, 0);
        Gradient slse = zero;
        Gradient[] main = new Gradient[k];
        double[] x = g.x();
        for (int i = 0; i < n; i++) {
            for (int c = 0; c < k; c++) {
                Gradient sumQ = zero, sq = zero;
                for (int j = 0; j < d; j++) sumQ = sumQ.add(icf[c * icfSize + j]);
                for (int j = 0; j < d; j++) {
                    Gradient out = icf[c * icfSize + j].exp().multiply(means[c * d + j].negate().add(x[i * d + j]));
                    for (int p = 0; p < j; p++) {
                        int idx = d + p * (2 * d - p - 1) / 2 + (j - p - 1);
                        out = out.add(icf[c * icfSize + idx].multiply(means[c * d + p].negate().add(x[i * d + p])));
                    }
                    sq = sq.add(out.multiply(out));
                }
                main[c] = alphas[c].add(sumQ).subtract(sq.multiply(0.5));
            }
            slse = slse.add(logsumexp(main));
        }
        Gradient reg = zero;
        for (int c = 0; c < k; c++) {
            Gradient sumQ = zero, frob = zero;
            for (int j = 0; j < d; j++) {
                sumQ = sumQ.add(icf[c * icfSize + j]);
                frob = frob.add(icf[c * icfSize + j].multiply(2).exp());
            }
            for (int j = d; j < icfSize; j++) frob = frob.add(icf[c * icfSize + j].multiply(icf[c * icfSize + j]));
            reg = reg.add(frob.multiply(0.5 * g.gamma() * g.gamma())).subtract(sumQ.multiply(g.m()));
        }
        Gradient obj = slse.subtract(logsumexp(alphas).multiply(n)).add(reg).add(-n * d * 0.5 * Math.log(2 * Math.PI) + g.constTerm());
        return obj.getGradient();
    }

    static Gradient logsumexp(Gradient[] v) {
        double mx = v[0].getValue();
        int arg = 0;
        for (int i = 1; i < v.length; i++) if (v[i].getValue() > mx) { mx = v[i].getValue(); arg = i; }
        Gradient m = v[arg];
        Gradient s = Gradient.constant(m.getFreeParameters(), 0);
        for (Gradient vi : v) s = s.add(vi.subtract(m).exp());
        return s.log().add(m);
    }

    static Gradient[] vars(double[] values, int nv, int offset) {
        Gradient[] out = new Gradient[values.length];
        for (int i = 0; i < values.length; i++) out[i] = Gradient.variable(nv, offset + i, values[i]);
        return out;
    }
}
