package dev.jaxc.testdata.adbench;

import dev.jaxc.Derive;
import dev.jaxc.Jit;

/**
 * ADBench's LSTM objective as plain Java. Flat arrays: mainParams[2l·4b] (per layer a row of
 * weights [forget, ingate, outgate, change] then a row of biases), extraParams[3b] (input
 * weight, output weight, output bias), state0[2l·b] (per layer hidden then cell), seq[c·b].
 */
@Derive(name = "gradParams", expr = "grad(objective, argnums=(0, 1))")
@Derive(name = "gradParamsForward", expr = "jacfwd(objective, argnums=(0, 1))")
public class Lstm {
    @Jit
    public static double sigmoid(double x) {
        return 1 / (1 + Math.exp(-x));
    }

    @Jit
    public static double objective(double[] mainParams, double[] extraParams, double[] state0, double[] seq, int l, int c, int b) {
        double[] state = state0.clone();
        double[] in = new double[b];
        double[] y = new double[b];
        double total = 0;
        for (int t = 0; t < c - 1; t++) {
            for (int i = 0; i < b; i++) in[i] = seq[t * b + i] * extraParams[i];
            for (int j = 0; j < l; j++) {
                int w = 2 * j * 4 * b, bias = (2 * j + 1) * 4 * b, h = 2 * j * b, cs = (2 * j + 1) * b;
                for (int i = 0; i < b; i++) {
                    double forget = sigmoid(in[i] * mainParams[w + i] + mainParams[bias + i]);
                    double ingate = sigmoid(state[h + i] * mainParams[w + b + i] + mainParams[bias + b + i]);
                    double outgate = sigmoid(in[i] * mainParams[w + 2 * b + i] + mainParams[bias + 2 * b + i]);
                    double change = Math.tanh(state[h + i] * mainParams[w + 3 * b + i] + mainParams[bias + 3 * b + i]);
                    double cell = state[cs + i] * forget + ingate * change;
                    double hidden = outgate * Math.tanh(cell);
                    state[cs + i] = cell;
                    state[h + i] = hidden;
                    in[i] = hidden;
                }
            }
            double sumExp = 0;
            for (int i = 0; i < b; i++) {
                y[i] = in[i] * extraParams[b + i] + extraParams[2 * b + i];
                sumExp += Math.exp(y[i]);
            }
            double lse = Math.log(sumExp + 2);
            for (int i = 0; i < b; i++) total += seq[(t + 1) * b + i] * (y[i] - lse);
        }
        return -total / ((c - 1) * b);
    }
}
