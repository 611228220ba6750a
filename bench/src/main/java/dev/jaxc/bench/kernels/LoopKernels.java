package dev.jaxc.bench.kernels;

import dev.jaxc.Jit;

/** Loop-heavy kernels compiled both by javac and by jaxc for the jaxc/javac ratio. */
public class LoopKernels {
    @Jit
    public static double[][] matmul(double[][] a, double[][] b) {
        int n = a.length, k = b.length, m = b[0].length;
        double[][] c = new double[n][m];
        for (int i = 0; i < n; i++)
            for (int p = 0; p < k; p++) {
                double aip = a[i][p];
                for (int j = 0; j < m; j++) c[i][j] += aip * b[p][j];
            }
        return c;
    }

    @Jit
    public static int mandelbrot(double x0, double y0, double x1, double y1, int size, int maxIter) {
        int inside = 0;
        for (int py = 0; py < size; py++) {
            for (int px = 0; px < size; px++) {
                double cr = x0 + (x1 - x0) * px / size, ci = y0 + (y1 - y0) * py / size;
                double zr = 0, zi = 0;
                int it = 0;
                while (it < maxIter && zr * zr + zi * zi <= 4) {
                    double t = zr * zr - zi * zi + cr;
                    zi = 2 * zr * zi + ci;
                    zr = t;
                    it++;
                }
                if (it == maxIter) inside++;
            }
        }
        return inside;
    }

    @Jit
    public static double[] heat(double[] u0, double alpha, int steps) {
        int n = u0.length;
        double[] u = u0.clone();
        double[] v = new double[n];
        for (int s = 0; s < steps; s++) {
            for (int i = 1; i < n - 1; i++) v[i] = u[i] + alpha * (u[i - 1] - 2 * u[i] + u[i + 1]);
            v[0] = u[0];
            v[n - 1] = u[n - 1];
            for (int i = 0; i < n; i++) u[i] = v[i];
        }
        return u;
    }
}
