package dev.jaxc.testdata.ad;

import dev.jaxc.Derive;
import dev.jaxc.Jit;

@Derive(name = "hornerGrad", expr = "grad(horner, argnums=(0, 1))")
@Derive(name = "hornerJvp", expr = "jvp(horner)")
@Derive(name = "rk4Grad", expr = "grad(rk4, argnums=(0, 1))")
@Derive(name = "rk4Jvp", expr = "jvp(rk4)")
@Derive(name = "eulerUntilGrad", expr = "grad(eulerUntil, argnums=(0, 1, 2))")
@Derive(name = "eulerUntilJvp", expr = "jvp(eulerUntil)")
@Derive(name = "sqrtNewtonGrad", expr = "grad(sqrtNewton, argnums=(0,))")
@Derive(name = "sqrtNewtonJvp", expr = "jvp(sqrtNewton)")
@Derive(name = "trapezoidGrad", expr = "grad(trapezoid, argnums=(0, 1))")
@Derive(name = "trapezoidJvp", expr = "jvp(trapezoid)")
@Derive(name = "powerIterationGrad", expr = "grad(powerIteration, argnums=(0,))")
@Derive(name = "powerIterationJvp", expr = "jvp(powerIteration)")
@Derive(name = "choleskyLogDetGrad", expr = "grad(choleskyLogDet, argnums=(0,))")
@Derive(name = "choleskyLogDetJvp", expr = "jvp(choleskyLogDet)")
@Derive(name = "stencilGrad", expr = "grad(stencil, argnums=(0, 1))")
@Derive(name = "stencilJvp", expr = "jvp(stencil)")
@Derive(name = "prefixProductsGrad", expr = "grad(prefixProducts, argnums=(0,))")
@Derive(name = "prefixProductsJvp", expr = "jvp(prefixProducts)")
@Derive(name = "reversedDotGrad", expr = "grad(reversedDot, argnums=(0, 1))")
@Derive(name = "reversedDotJvp", expr = "jvp(reversedDot)")
@Derive(name = "bisectionFreeGrad", expr = "grad(bisectionFree, argnums=(0,))")
@Derive(name = "bisectionFreeJvp", expr = "jvp(bisectionFree)")
@Derive(name = "floatPolyGrad", expr = "grad(floatPoly, argnums=(0, 1))")
@Derive(name = "floatPolyJvp", expr = "jvp(floatPoly)")
@Derive(name = "fibGrad", expr = "grad(fib, argnums=(0, 1))")
@Derive(name = "fibJvp", expr = "jvp(fib)")
@Derive(name = "nestedContinueGrad", expr = "grad(nestedContinue, argnums=(0,))")
@Derive(name = "nestedContinueJvp", expr = "jvp(nestedContinue)")
@Derive(name = "earlyReturnGrad", expr = "grad(earlyReturn, argnums=(0, 1))")
@Derive(name = "earlyReturnJvp", expr = "jvp(earlyReturn)")
@Derive(name = "kineticGrad", expr = "grad(kinetic, argnums=(0, 1))")
@Derive(name = "kineticJvp", expr = "jvp(kinetic)")
@Derive(name = "gradientFieldJacrev", expr = "jacrev(gradientField, argnums=(0, 1))")
@Derive(name = "gradientFieldJacfwd", expr = "jacfwd(gradientField, argnums=(0, 1))")
@Derive(name = "gradientFieldJvp", expr = "jvp(gradientField)")
@Derive(name = "matVecJacrev", expr = "jacrev(matVec, argnums=(0, 1))")
@Derive(name = "matVecJacfwd", expr = "jacfwd(matVec, argnums=(0, 1))")
@Derive(name = "matVecJvp", expr = "jvp(matVec)")
/** Numerical methods with control flow, differentiated in both modes (see AdDifferentialTest). */
public class Numerics {
    @Jit public static double horner(double[] coeffs, double x) {
        double r = 0;
        for (int i = coeffs.length - 1; i >= 0; i--) r = r * x + coeffs[i];
        return r;
    }

    @Jit public static double rk4(double k, double y0, int steps) {
        double y = y0, t = 0, h = 0.05;
        for (int s = 0; s < steps; s++) {
            double k1 = -k * y + Math.sin(t);
            double k2 = -k * (y + h / 2 * k1) + Math.sin(t + h / 2);
            double k3 = -k * (y + h / 2 * k2) + Math.sin(t + h / 2);
            double k4 = -k * (y + h * k3) + Math.sin(t + h);
            y += h / 6 * (k1 + 2 * k2 + 2 * k3 + k4);
            t += h;
        }
        return y;
    }

    @Jit public static double eulerUntil(double a, double x0, double tEnd) {
        double t = 0, x = x0, dt = 0.01;
        while (t < tEnd && t < 20) {
            x += dt * (-a * x + Math.cos(3 * t));
            t += dt;
        }
        return x;
    }

    @Jit public static double sqrtNewton(double a) {
        double x = a;
        int k = 0;
        do {
            double next = 0.5 * (x + a / x);
            if (Math.abs(next - x) < 1e-15 * x) { x = next; break; }
            x = next;
        } while (++k < 100);
        return x;
    }

    @Jit public static double trapezoid(double a, double b, int n) {
        double h = (b - 0.0) / n, s = 0.5 * (Math.sin(0.0) + Math.sin(a * b));
        for (int i = 1; i < n; i++) s += Math.sin(a * i * h);
        return s * h;
    }

    @Jit public static double powerIteration(double[][] m, int iters) {
        int n = m.length;
        double[] v = new double[n];
        for (int i = 0; i < n; i++) v[i] = 1.0;
        double lambda = 0;
        for (int it = 0; it < iters * 4; it++) {
            double[] w = new double[n];
            for (int i = 0; i < n; i++)
                for (int j = 0; j < n && j < m[i].length; j++) w[i] += (m[i][j] + m[j % n][i % m[j % n].length]) * v[j];
            double norm = 0;
            for (double e : w) norm += e * e;
            norm = Math.sqrt(norm);
            lambda = norm;
            for (int i = 0; i < n; i++) v[i] = w[i] / norm;
        }
        return lambda;
    }

    @Jit public static double choleskyLogDet(double[][] a) {
        int n = Math.min(a.length, 3);
        double[][] l = new double[n][n];
        double logdet = 0;
        for (int j = 0; j < n; j++) {
            double s = 4.0 + a[j][j] * a[j][j];
            for (int k = 0; k < j; k++) s -= l[j][k] * l[j][k];
            l[j][j] = Math.sqrt(s);
            logdet += 2 * Math.log(l[j][j]);
            for (int i = j + 1; i < n; i++) {
                double t = a[i][j] * 0.3;
                for (int k = 0; k < j; k++) t -= l[i][k] * l[j][k];
                l[i][j] = t / l[j][j];
            }
        }
        return logdet;
    }

    @Jit public static double stencil(double[][] g, double c) {
        double s = 0;
        for (int i = 1; i + 1 < g.length; i++)
            for (int j = 1; j + 1 < g[i].length; j++) {
                double lap = g[i - 1][j] + g[i + 1][j] + g[i][j - 1] + g[i][j + 1] - 4 * g[i][j];
                s += c * lap * lap + Math.cos(g[i][j]);
            }
        return s;
    }

    @Jit public static double prefixProducts(double[] x) {
        double[] p = new double[x.length];
        double acc = 1;
        for (int i = 0; i < x.length; i++) {
            acc *= x[i];
            p[i] = acc;
        }
        double s = 0;
        for (int i = x.length - 1; i >= 0; i -= 2) s += p[i];
        return s;
    }

    @Jit public static double reversedDot(double[] x, double[] y) {
        double[] r = x.clone();
        for (int i = 0; i < r.length / 2; i++) {
            double t = r[i];
            r[i] = r[r.length - 1 - i];
            r[r.length - 1 - i] = t;
        }
        double s = 0;
        for (int i = 0; i < r.length && i < y.length; i++) s += r[i] * y[i] * y[i];
        return s;
    }

    @Jit public static double bisectionFree(double a) {
        double lo = 0, hi = 10;
        int it = 0;
        while (hi - lo > 1e-9 && it < 100) {
            double mid = 0.5 * (lo + hi);
            if (mid * mid > 2) hi = mid; else lo = mid;
            it++;
        }
        return a * lo;
    }

    @Jit public static float floatPoly(float x, float y) {
        float r = x * x - 3 * x * y + y / (1 + x * x);
        return r > 0 ? r : -r * 0.5f;
    }

    @Jit public static double fib(double a, double b, int n) {
        double p = a, q = b;
        for (int i = 0; i < n; i++) {
            double t = p + q * 0.5;
            p = q;
            q = t;
        }
        return q;
    }

    @Jit public static double nestedContinue(double[][] m) {
        double s = 0;
        for (int i = 0; i < m.length; i++) {
            for (int j = 0; j < m[i].length; j++) {
                if (j == i) continue;
                if (m[i][j] > 1.4) break;
                s += Math.log(1 + m[i][j] * m[i][j]);
            }
        }
        return s;
    }

    @Jit public static double earlyReturn(double x, double y) {
        if (x > 2) return x * y;
        double s = 0;
        for (int i = 0; i < 10; i++) {
            s += Math.sin(x * i + y);
            if (s > 3) return s * x;
        }
        return s;
    }

    @Jit public static double kinetic(double[][] v, double[] mass) {
        double e = 0;
        for (int p = 0; p < v.length; p++) {
            double sq = 0;
            for (double c : v[p]) sq += c * c;
            e += 0.5 * mass[p % mass.length] * sq;
        }
        return e;
    }

    @Jit public static double[] gradientField(double[] x, double s) {
        double[] out = new double[x.length];
        for (int i = 0; i < x.length; i++) out[i] = Math.tanh(s * x[i]) * x[(i + 1) % x.length];
        return out;
    }

    @Jit public static double[] matVec(double[][] a, double[] v) {
        double[] out = new double[a.length];
        for (int i = 0; i < a.length; i++) {
            double s = 0;
            for (int j = 0; j < a[i].length && j < v.length; j++) s += a[i][j] * v[j];
            out[i] = s;
        }
        return out;
    }
}
