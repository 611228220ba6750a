package dev.jaxc.bench.adbench;

import dev.jaxc.testdata.adbench.LstmData;
import org.hipparchus.analysis.differentiation.Gradient;

/** The LSTM objective over Hipparchus' forward-mode {@link Gradient} (main then extra params). */
public final class LstmHipparchus {
    private LstmHipparchus() {}

    public static double[] gradient(LstmData d) {
        int l = d.l(), c = d.c(), b = d.b();
        int nv = d.mainParams().length + d.extraParams().length;
        Gradient[] mp = GmmHipparchus.vars(d.mainParams(), nv, 0), ep = GmmHipparchus.vars(d.extraParams(), nv, d.mainParams().length);
        Gradient zero = Gradient.constant(nv, 0), one = Gradient.constant(nv, 1);
        Gradient[] state = new Gradient[d.state().length];
        for (int i = 0; i < state.length; i++) state[i] = Gradient.constant(nv, d.state()[i]);
        Gradient[] in = new Gradient[b], y = new Gradient[b];
        double[] seq = d.seq();
        Gradient total = zero;
        for (int t = 0; t < c - 1; t++) {
            for (int i = 0; i < b; i++) in[i] = ep[i].multiply(seq[t * b + i]);
            for (int j = 0; j < l; j++) {
                int w = 2 * j * 4 * b, bias = (2 * j + 1) * 4 * b, h = 2 * j * b, cs = (2 * j + 1) * b;
                for (int i = 0; i < b; i++) {
                    Gradient forget = sigmoid(in[i].multiply(mp[w + i]).add(mp[bias + i]), one);
                    Gradient ingate = sigmoid(state[h + i].multiply(mp[w + b + i]).add(mp[bias + b + i]), one);
                    Gradient outgate = sigmoid(in[i].multiply(mp[w + 2 * b + i]).add(mp[bias + 2 * b + i]), one);
                    Gradient change = state[h + i].multiply(mp[w + 3 * b + i]).add(mp[bias + 3 * b + i]).tanh();
                    Gradient cell = state[cs + i].multiply(forget).add(ingate.multiply(change));
                    Gradient hidden = outgate.multiply(cell.tanh());
                    state[cs + i] = cell;
                    state[h + i] = hidden;
                    in[i] = hidden;
                }
            }
            Gradient sumExp = zero;
            for (int i = 0; i < b; i++) {
                y[i] = in[i].multiply(ep[b + i]).add(ep[2 * b + i]);
                sumExp = sumExp.add(y[i].exp());
            }
            Gradient lse = sumExp.add(2).log();
            for (int i = 0; i < b; i++) total = total.add(y[i].subtract(lse).multiply(seq[(t + 1) * b + i]));
        }
        return total.divide(-(double) ((c - 1) * b)).getGradient();
    }

    private static Gradient sigmoid(Gradient x, Gradient one) {
        return one.divide(x.negate().exp().add(1));
    }
}
