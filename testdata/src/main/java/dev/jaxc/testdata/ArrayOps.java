package dev.jaxc.testdata;

import dev.jaxc.Jit;

/** Arrays as values: allocation, initializers, reads, writes of local arrays, clone, 2-D. */
public class ArrayOps {
    @Jit
    public static double[] cumsum(double[] xs) {
        double[] out = new double[xs.length];
        double s = 0;
        for (int i = 0; i < xs.length; i++) {
            s += xs[i];
            out[i] = s;
        }
        return out;
    }

    @Jit
    public static double[][] matmul(double[][] a, double[][] b) {
        int n = a.length, k = b.length, m = k == 0 ? 0 : b[0].length;
        double[][] c = new double[n][m];
        for (int i = 0; i < n; i++)
            for (int j = 0; j < m; j++) {
                double s = 0;
                for (int p = 0; p < k; p++) s += a[i][p] * b[p][j];
                c[i][j] = s;
            }
        return c;
    }

    @Jit
    public static double[][] transpose(double[][] a) {
        int n = a.length, m = n == 0 ? 0 : a[0].length;
        double[][] t = new double[m][n];
        for (int i = 0; i < n; i++)
            for (int j = 0; j < m; j++) t[j][i] = a[i][j];
        return t;
    }

    @Jit
    public static double initializers(double x) {
        double[] a = {x, 2 * x, 3};
        int[][] m = {{1, 2}, {3, 4, 5}};
        double[] b = new double[] {x, -x};
        return a[0] * m[1][0] + a.length + m[1].length + b[1] + a[2];
    }

    @Jit
    public static double[] cloneAndModify(double[] xs) {
        double[] y = xs.clone();
        if (y.length > 0) y[0] = 42;
        for (int i = 1; i < y.length; i++) y[i] += y[i - 1];
        return y;
    }

    @Jit
    @Domain(intMin = -2, intMax = 12)
    public static int[] histogram(int[] xs, int bins) {
        int[] h = new int[bins];
        for (int v : xs) h[((v % bins) + bins) % bins]++;
        return h;
    }

    @Jit
    public static double sumRows(double[][] m) {
        double s = 0;
        for (double[] row : m)
            for (double v : row) s += v;
        return s;
    }

    @Jit
    @Domain(intMin = -2, intMax = 12)
    public static double[][] triangle(int n) {
        double[][] m = new double[n][];
        for (int i = 0; i < n; i++) {
            double[] r = new double[i + 1];
            for (int j = 0; j <= i; j++) r[j] = i * j + 0.5;
            m[i] = r;
        }
        return m;
    }

    @Jit
    @Domain(intMin = 0, intMax = 10)
    public static double[] smooth(double[] u, int steps) {
        double[] a = u.clone();
        for (int s = 0; s < steps; s++) {
            double[] b = new double[a.length];
            for (int i = 1; i + 1 < a.length; i++) b[i] = (a[i - 1] + a[i] + a[i + 1]) / 3;
            a = b;
        }
        return a;
    }

    @Jit
    @Domain(intMin = -2, intMax = 500)
    public static int countPrimes(int n) {
        boolean[] composite = new boolean[n + 1];
        int count = 0;
        for (int i = 2; i <= n; i++) {
            if (composite[i]) continue;
            count++;
            for (int j = i * 2; j <= n; j += i) composite[j] = true;
        }
        return count;
    }

    @Jit
    @Domain(intMin = -2, intMax = 50)
    public static long lcg(long seed, int n) {
        long[] xs = new long[n];
        long x = seed;
        for (int i = 0; i < n; i++) {
            x = x * 6364136223846793005L + 1442695040888963407L;
            xs[i] = x >>> 11;
        }
        long s = 0;
        for (long v : xs) s += v;
        return s;
    }

    @Jit
    public static double elementAt(double[] xs, int i) {
        return xs[i] * 2;
    }

    @Jit
    public static int negativeSize(int n) {
        float[] f = new float[n];
        return f.length;
    }

    @Jit
    public static double rowDot(double[][] m, double[] v) {
        double s = 0;
        for (int i = 0; i < m.length; i++) {
            double[] row = m[i];
            for (int j = 0; j < v.length; j++) s += row[j] * v[j];
        }
        return s;
    }
}
