package dev.jaxc.testdata.adbench;

import dev.jaxc.Derive;
import dev.jaxc.Jit;

/**
 * ADBench's bundle adjustment residuals as plain Java. camera = [r(3) C(3) f u0 v0 k1 k2]; the
 * per-observation Jacobian (2×15: 11 camera + 3 point + 1 weight) is jacfwd of
 * {@link #reprojError} with respect to its first three arguments.
 */
@Derive(name = "reprojJacobian", expr = "jacfwd(reprojError, argnums=(0, 1, 2))")
@Derive(name = "reprojJacobianReverse", expr = "jacrev(reprojError, argnums=(0, 1, 2))")
@Derive(name = "weightJacobian", expr = "grad(weightError)")
public class Ba {
    @Jit
    public static double[] reprojError(double[] cam, double[] x, double w, double[] feat) {
        double xo0 = x[0] - cam[3], xo1 = x[1] - cam[4], xo2 = x[2] - cam[5];
        double r0 = cam[0], r1 = cam[1], r2 = cam[2];
        double theta2 = r0 * r0 + r1 * r1 + r2 * r2;
        double xc0, xc1, xc2;
        if (theta2 != 0) {
            double theta = Math.sqrt(theta2);
            double cos = Math.cos(theta), sin = Math.sin(theta);
            double w0 = r0 / theta, w1 = r1 / theta, w2 = r2 / theta;
            double dot = (w0 * xo0 + w1 * xo1 + w2 * xo2) * (1 - cos);
            xc0 = xo0 * cos + (w1 * xo2 - w2 * xo1) * sin + w0 * dot;
            xc1 = xo1 * cos + (w2 * xo0 - w0 * xo2) * sin + w1 * dot;
            xc2 = xo2 * cos + (w0 * xo1 - w1 * xo0) * sin + w2 * dot;
        } else {
            xc0 = xo0 + (r1 * xo2 - r2 * xo1);
            xc1 = xo1 + (r2 * xo0 - r0 * xo2);
            xc2 = xo2 + (r0 * xo1 - r1 * xo0);
        }
        double p0 = xc0 / xc2, p1 = xc1 / xc2;
        double rsq = p0 * p0 + p1 * p1;
        double distortion = 1 + cam[9] * rsq + cam[10] * rsq * rsq;
        double proj0 = p0 * distortion * cam[6] + cam[7];
        double proj1 = p1 * distortion * cam[6] + cam[8];
        return new double[] {w * (proj0 - feat[0]), w * (proj1 - feat[1])};
    }

    @Jit
    public static double weightError(double w) {
        return 1 - w * w;
    }
}
