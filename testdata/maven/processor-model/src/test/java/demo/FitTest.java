package demo;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class FitTest {
    @Test
    void gradientDescentFindsTheLine() {
        double[] xs = {0, 1, 2, 3, 4}, ys = new double[xs.length];
        for (int i = 0; i < xs.length; i++) ys[i] = 1.5 + 0.5 * xs[i];
        assertArrayEquals(new double[] {1.5, 0.5}, Fit.fit(xs, ys, 0.05, 5000), 1e-9);
    }

    @Test
    void gradientIsZeroAtTheMinimum() {
        double[] xs = {0, 1, 2}, ys = {1, 3, 5};
        assertEquals(0.0, Model.loss(new double[] {1, 2}, xs, ys));
        assertArrayEquals(new double[] {0, 0}, ModelJaxc.dloss(new double[] {1, 2}, xs, ys), 0.0);
    }
}
