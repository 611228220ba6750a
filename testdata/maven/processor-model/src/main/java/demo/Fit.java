package demo;

/**
 * Fits the line by gradient descent. It is compiled in the same javac run as Model and calls
 * ModelJaxc, which the jaxc annotation processor generates during that run.
 */
public final class Fit {
    private Fit() {}

    public static double[] fit(double[] xs, double[] ys, double rate, int steps) {
        double[] w = {0, 0};
        for (int k = 0; k < steps; k++) {
            double[] g = ModelJaxc.dloss(w, xs, ys);
            w = new double[] {w[0] - rate * g[0], w[1] - rate * g[1]};
        }
        return w;
    }
}
