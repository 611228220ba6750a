package dev.jaxc.testdata.ad;

import dev.jaxc.Derive;
import dev.jaxc.Jit;

/** Iterations to convergence, early exits and a Hessian, differentiated in both modes (see AdDifferentialTest). */
@Derive(name = "rosenHessian", expr = "hessian(rosen)")
@Derive(name = "rosenHessianRevFwd", expr = "jacrev(jacfwd(rosen))")
@Derive(name = "newtonGrad", expr = "grad(newton, argnums=(0, 1))")
@Derive(name = "newtonJvp", expr = "jvp(newton)")
@Derive(name = "searchGrad", expr = "grad(search, argnums=(0,))")
@Derive(name = "searchJvp", expr = "jvp(search)")
@Derive(name = "rosenGrad", expr = "grad(rosen, argnums=(0,))")
@Derive(name = "rosenJvp", expr = "jvp(rosen)")
public class Solvers {
    @Jit public static double newton(double a, double b) {
        double x = 1.0;
        for (int it = 0; it < 60; it++) {
            double f = x * x * x + a * x - b;
            if (Math.abs(f) < 1e-14) break;
            x = x - f / (3 * x * x + a);
        }
        return x;
    }

    @Jit public static double search(double[] xs) {
        double s = 0;
        for (int i = 0; i < xs.length; i++) {
            if (xs[i] < 0) continue;
            if (xs[i] > 10) return s * 2;
            s += Math.sqrt(xs[i]) * xs[i];
        }
        return s;
    }

    @Jit public static double rosen(double[] x) {
        double s = 0;
        for (int i = 0; i + 1 < x.length; i++) {
            double t = x[i + 1] - x[i] * x[i];
            s += 100 * t * t + (1 - x[i]) * (1 - x[i]);
        }
        return s;
    }
}
