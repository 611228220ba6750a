package corpus;

import dev.jaxc.Jit;

/** Calls between @Jit methods of this class and another class of the compile. */
public class Calls {
    @Jit public static double sq(double x) { return x * x; }

    @Jit public static double norm(double[] v) {
        double s = 0;
        for (double x : v) s += sq(x);
        return Math.sqrt(s);
    }

    @Jit public static double[] normalized(double[] v) {
        double n = Calls.norm(v);
        double[] out = new double[v.length];
        for (int i = 0; i < v.length; i++) out[i] = v[i] / n;
        return out;
    }

    @Jit public static double viaOther(double x, int k) { return Basic.sumsq(x, k) + sq(k) + Loops.sum(normalized(new double[]{x, k})); }

    @Jit public static double callResultWritten(double[] v) {
        double[] w = normalized(v);
        if (w.length > 0) w[0] = 100;
        return w.length > 0 ? w[0] + v[0] : 0;
    }
}
