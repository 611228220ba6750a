package demo;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class ModelTest {
    final double[] w = {0.5, 2}, xs = {0, 1, 2, 3}, ys = {1, 2, 2, 4};

    @Test
    void derivedGradientIsTheAnalyticOne() {
        double g0 = 0, g1 = 0;
        for (int i = 0; i < xs.length; i++) {
            double r = w[0] + w[1] * xs[i] - ys[i];
            g0 += 2 * r / xs.length;
            g1 += 2 * r * xs[i] / xs.length;
        }
        assertArrayEquals(new double[] {g0, g1}, ModelJaxc.dloss(w, xs, ys), 1e-12);
    }

    @Test
    void compiledLossIsTheJavaOne() {
        assertEquals(Model.loss(w, xs, ys), ModelJaxc.loss(w, xs, ys));
    }
}
