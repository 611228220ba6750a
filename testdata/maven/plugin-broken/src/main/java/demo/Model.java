package demo;

import dev.jaxc.Derive;
import dev.jaxc.Jit;

/** A straight line fitted by least squares; jaxc derives the loss's gradient as ModelJaxc.dloss. */
@Derive(name = "dloss", expr = "grad(loss)")
public class Model {
    /** Mean squared error of the line w[0] + w[1] * x over the points (xs, ys). */
    @Jit
    public static double loss(double[] w, double[] xs, double[] ys) {
        double s = 0;
        w[0] = 0; // broken: jaxc methods may not write to parameter arrays
        for (int i = 0; i < xs.length; i++) {
            double r = w[0] + w[1] * xs[i] - ys[i];
            s += r * r;
        }
        return s / xs.length;
    }
}
