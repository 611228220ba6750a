import dev.jaxc.Derive;
import dev.jaxc.Jit;

/**
 * A one-minute tour: a plain Java loss with a loop and a branch, its gradient derived by jaxc
 * ahead of time, and a few steps of gradient descent. Run it with: ./jaxc run examples/Quickstart.java
 */
@Derive(name = "dloss", expr = "grad(loss)")
@Derive(name = "lossAndGrad", expr = "value_and_grad(loss)")
public class Quickstart {
    /** Mean squared error of a line y = w[0] + w[1]·x, with a Huber-style clip on large residuals. */
    @Jit
    public static double loss(double[] w, double[] xs, double[] ys) {
        double s = 0;
        for (int i = 0; i < xs.length; i++) {
            double r = w[0] + w[1] * xs[i] - ys[i];
            s += Math.abs(r) < 1 ? r * r : 2 * Math.abs(r) - 1;
        }
        return s / xs.length;
    }

    public static void main(String[] args) {
        double[] xs = {0, 1, 2, 3, 4, 5};
        double[] ys = {1.1, 2.9, 5.2, 7.1, 8.8, 11.2};
        double[] w = {0, 0};
        for (int step = 0; step < 200; step++) {
            double[] g = QuickstartJaxc.dloss(w, xs, ys);
            w[0] -= 0.05 * g[0];
            w[1] -= 0.05 * g[1];
        }
        var vg = QuickstartJaxc.lossAndGrad(w, xs, ys);
        System.out.printf("fitted y = %.3f + %.3f x, loss %.5f, |grad| %.2e%n",
                w[0], w[1], vg.value(), Math.hypot(vg.grad()[0], vg.grad()[1]));
    }
}
