package corpus;

import dev.jaxc.Jit;

/** Counted and general loops, for-each, nested loops. */
public class Loops {
    @Jit public static double sum(double[] xs) {
        double s = 0;
        for (int i = 0; i < xs.length; i++) s += xs[i];
        return s;
    }

    @Jit public static double dot(double[] x, double[] y) {
        double s = 0;
        for (int i = 0; i < x.length; i++) s += x[i] * y[i];
        return s;
    }

    @Jit public static long countedVariants(int n) {
        long s = 0;
        for (int i = 0; i <= n; i++) s += i;
        for (int i = n; i > 0; i--) s = s * 3 + i;
        for (int i = n; i >= -2; i -= 3) s += i * i;
        for (int i = 1; i < 40; i += 7) s ^= i;
        for (int i = 0; n > i; ++i) s += 2;
        for (int i = 10; 0 <= i; --i) s -= 1;
        return s;
    }

    @Jit public static int overflowLoop(int start) {
        int c = 0;
        for (int i = start; i < Integer.MAX_VALUE && c < 5; i++) c++;
        for (int i = Integer.MAX_VALUE - 3; i <= Integer.MAX_VALUE - 1; i++) c += 10;
        return c;
    }

    @Jit public static int whileLoops(int n) {
        int i = 0, s = 0;
        while (i < n) { s += i; i++; }
        while (i++ < n + 5) s++;
        do { s += 3; } while (s < 10);
        int k = 0;
        do k++; while (k < 0);
        return s * 10 + i + k;
    }

    @Jit public static int forGeneral(int n) {
        int s = 0;
        for (int i = 0, j = n; i < j; i++, j--) s += j - i;
        for (int i = 0; i < n; i++) { s += i; i++; }
        int k;
        for (k = 0; k * k < n; k++) s += k;
        for (;;) { s++; if (s > 1000 || s % 7 == 0) break; }
        return s + k;
    }

    @Jit public static double nested(double[][] m) {
        double s = 0;
        for (int i = 0; i < m.length; i++)
            for (int j = 0; j < m[i].length; j++)
                s += m[i][j] * (i + 1) - j;
        return s;
    }

    @Jit public static double forEach(double[] xs, int[][] g) {
        double s = 0;
        for (double v : xs) s += v * v;
        for (int[] row : g) for (int v : row) s += v;
        for (var v : xs) s -= v;
        for (final double v : new double[]{1, 2, 3}) s += v;
        return s;
    }

    @Jit public static double boundChanges(int n) {
        int m = n;
        double s = 0;
        for (int i = 0; i < m; i++) { if (i % 2 == 0) m--; s += i; }
        return s * 100 + m;
    }

    @Jit public static double lengthBoundWritten(int n) {
        double[] a = new double[Math.max(n, 0)];
        for (int i = 0; i < a.length; i++) a[i] = i * 0.5;
        double s = 0;
        for (int i = 0; i < a.length; i++) s += a[i];
        return s;
    }

    @Jit public static int throwingBound(int[] a, int k) {
        int c = 0;
        for (int i = 0; i < a[k]; i++) c++;
        return c;
    }

    @Jit public static int uninitializedInLoop(int n) {
        int x;
        int s = 0;
        for (int i = 0; i < n; i++) { x = i * 2; s += x; }
        int y;
        while (true) { y = s + 1; break; }
        int z;
        do { z = y * 2; } while (z < 0);
        return s + y + z;
    }
}
