package dev.jaxc.bench.adbench;

import org.hipparchus.analysis.differentiation.Gradient;

/** One BA observation's 2×15 Jacobian through Hipparchus' forward-mode {@link Gradient}. */
public final class BaHipparchus {
    private BaHipparchus() {}

    public static double[][] jacobian(double[] camera, double[] point, double weight, double[] feat) {
        Gradient[] cam = GmmHipparchus.vars(camera, 15, 0), x = GmmHipparchus.vars(point, 15, 11);
        Gradient w = Gradient.variable(15, 14, weight);
        Gradient xo0 = x[0].subtract(cam[3]), xo1 = x[1].subtract(cam[4]), xo2 = x[2].subtract(cam[5]);
        Gradient r0 = cam[0], r1 = cam[1], r2 = cam[2];
        Gradient theta2 = r0.multiply(r0).add(r1.multiply(r1)).add(r2.multiply(r2));
        Gradient xc0, xc1, xc2;
        if (theta2.getValue() != 0) {
            Gradient theta = theta2.sqrt(), cos = theta.cos(), sin = theta.sin();
            Gradient w0 = r0.divide(theta), w1 = r1.divide(theta), w2 = r2.divide(theta);
            Gradient dot = w0.multiply(xo0).add(w1.multiply(xo1)).add(w2.multiply(xo2)).multiply(cos.negate().add(1));
            xc0 = xo0.multiply(cos).add(w1.multiply(xo2).subtract(w2.multiply(xo1)).multiply(sin)).add(w0.multiply(dot));
            xc1 = xo1.multiply(cos).add(w2.multiply(xo0).subtract(w0.multiply(xo2)).multiply(sin)).add(w1.multiply(dot));
            xc2 = xo2.multiply(cos).add(w0.multiply(xo1).subtract(w1.multiply(xo0)).multiply(sin)).add(w2.multiply(dot));
        } else {
            xc0 = xo0.add(r1.multiply(xo2).subtract(r2.multiply(xo1)));
            xc1 = xo1.add(r2.multiply(xo0).subtract(r0.multiply(xo2)));
            xc2 = xo2.add(r0.multiply(xo1).subtract(r1.multiply(xo0)));
        }
        Gradient p0 = xc0.divide(xc2), p1 = xc1.divide(xc2);
        Gradient rsq = p0.multiply(p0).add(p1.multiply(p1));
        Gradient distortion = cam[9].multiply(rsq).add(cam[10].multiply(rsq).multiply(rsq)).add(1);
        Gradient proj0 = p0.multiply(distortion).multiply(cam[6]).add(cam[7]);
        Gradient proj1 = p1.multiply(distortion).multiply(cam[6]).add(cam[8]);
        return new double[][] {w.multiply(proj0.subtract(feat[0])).getGradient(), w.multiply(proj1.subtract(feat[1])).getGradient()};
    }
}
