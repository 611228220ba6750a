package dev.jaxc.testdata;

import dev.jaxc.Jit;

/** Calls between @Jit methods, within a class and across classes. */
public class Calls {
    @Jit
    public static double sq(double x) {
        return x * x;
    }

    @Jit
    public static double norm(double[] v) {
        double s = 0;
        for (double x : v) s += sq(x);
        return Math.sqrt(s);
    }

    @Jit
    public static double[] normalize(double[] v) {
        double n = norm(v);
        double[] out = new double[v.length];
        for (int i = 0; i < v.length; i++) out[i] = v[i] / n;
        return out;
    }

    @Jit
    public static double smoothed(double x) {
        return Helpers.smoothstep(x / 10) + Calls.sq(Helpers.smoothstep(x));
    }
}
