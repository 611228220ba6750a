package dev.jaxc.testdata;

import dev.jaxc.Jit;

/** Called from {@link Calls}: cross-class calls inside one compile. */
public class Helpers {
    @Jit
    public static double smoothstep(double x) {
        double t = Math.min(1.0, Math.max(0.0, x));
        return t * t * (3 - 2 * t);
    }
}
