package dev.jaxc.bench.kernels;

import dev.jaxc.Derive;
import dev.jaxc.Jit;

/** Per-element functions for vmap(f) against a Java loop calling f, and pmap(f) against vmap(f). */
@Derive(name = "polyV", expr = "vmap(poly)")
@Derive(name = "dampedV", expr = "vmap(damped)")
@Derive(name = "dampedP", expr = "pmap(damped)")
@Derive(name = "escapeV", expr = "vmap(escape, in_axes=(0, None))")
@Derive(name = "escapeP", expr = "pmap(escape, in_axes=(0, None))")
public class VmapKernels {
    /** Straight-line arithmetic (the loop vectorizes either way). */
    @Jit
    public static double poly(double x) {
        double y = x * x * 0.5 + 3.0 * x - 1.0;
        return y * x + 0.25;
    }

    /** A fixed-length loop with a branch inside: compute-bound, each step depends on the last. */
    @Jit
    public static double damped(double x) {
        double y = x;
        for (int i = 0; i < 64; i++) {
            y = y * 0.97 + 0.01 * x;
            if (y > 2.0) y = y - 1.0;
            else y = y + 0.001 * i;
        }
        return y;
    }

    /** Escape time of c = cr + i ci: a while loop whose trip count differs per element. */
    @Jit
    public static int escape(double cr, double ci) {
        double zr = 0, zi = 0;
        int k = 0;
        while (k < 100 && zr * zr + zi * zi <= 4) {
            double t = zr * zr - zi * zi + cr;
            zi = 2 * zr * zi + ci;
            zr = t;
            k++;
        }
        return k;
    }
}
