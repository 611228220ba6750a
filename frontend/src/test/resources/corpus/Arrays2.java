package corpus;

import dev.jaxc.Jit;

/** Array creation, initializers, writes to owned arrays, clone, 2-D rows. */
public class Arrays2 {
    @Jit public static double[] scaled(double[] x, double k) {
        double[] y = x.clone();
        for (int i = 0; i < y.length; i++) y[i] *= k;
        return y;
    }

    @Jit public static double[][] outer(double[] a, double[] b) {
        double[][] m = new double[a.length][b.length];
        for (int i = 0; i < a.length; i++)
            for (int j = 0; j < b.length; j++) m[i][j] = a[i] * b[j];
        return m;
    }

    @Jit public static int[] initializers(int n) {
        int[] a = {1, 2, n};
        int[][] g = {{1}, {2, 3}, new int[]{n, n + 1, n + 2}};
        int[] b = new int[]{a[0] + g[2][2], g[1].length};
        long[] l = {n, 2L};
        float[] f = {n, 1.5f};
        b[1] += (int) l[0] + (int) f[1];
        return b;
    }

    @Jit public static double[][] ragged(int n) {
        double[][] t = new double[n][];
        for (int i = 0; i < n; i++) {
            double[] row = new double[i + 1];
            for (int j = 0; j <= i; j++) row[j] = i + j * 0.5;
            t[i] = row;
        }
        return t;
    }

    @Jit public static double nullRow(int n) {
        double[][] t = new double[3][];
        t[0] = new double[2];
        return t[n][0];
    }

    @Jit public static double rowsRead(double[][] m) {
        double s = 0;
        for (int i = 0; i < m.length; i++) {
            double[] r = m[i];
            s += r.length > 0 ? r[0] : 0;
        }
        return s;
    }

    @Jit public static double[][] deepCopy(double[][] m) {
        double[][] c = new double[m.length][];
        for (int i = 0; i < m.length; i++) c[i] = m[i].clone();
        for (int i = 0; i < c.length; i++) if (c[i].length > 0) c[i][0] = -1;
        return c;
    }

    @Jit public static int[] incElements(int[] a0) {
        int[] a = a0.clone();
        int s = 0;
        for (int i = 0; i < a.length; i++) { s += a[i]++; ++a[i]; a[i]--; }
        int[][] g = new int[2][2];
        g[1][1]++;
        g[0][1] += 5;
        int[] out = new int[a.length + 1];
        for (int i = 0; i < a.length; i++) out[i] = a[i] + g[1][1] + g[0][1];
        out[a.length] = s;
        return out;
    }

    @Jit public static double outOfBounds(double[] x, int i) {
        double[] y = new double[2];
        y[i] = x[i + 1];
        return y[0] + y[1];
    }

    @Jit public static double negativeSize(int n) { return new double[n - 3].length; }

    @Jit public static double evalOrder(double[][] m, int i, int j) {
        double[][] c = new double[2][2];
        c[i][j] = m[j][i];
        return c[0][0] + c[1][1];
    }

    @Jit public static int evalOrderDiv(int i, int k) {
        int[][] c = new int[2][2];
        c[i][0] = 10 / k;
        int[] d = new int[2];
        d[i] = 10 / k;
        return c[0][0] + d[0] + c[i][k - 1];
    }

    @Jit public static int swapBuffers(int n) {
        int[] cur = new int[4], nxt = new int[4];
        cur[0] = 1;
        for (int t = 0; t < n; t++) {
            for (int j = 0; j < 4; j++) nxt[j] = cur[j] + (j > 0 ? cur[j - 1] : 0);
            int[] tmp = cur;
            cur = nxt;
            nxt = tmp;
        }
        return cur[0] + cur[1] * 10 + cur[2] * 100 + cur[3] * 1000;
    }

    @Jit public static double rowReplace(double[][] m0) {
        double[][] m = m0.clone();
        if (m.length > 0) m[0] = new double[]{42};
        return m.length > 0 ? m[0][0] + m0[0].length : 0;
    }

    @Jit public static boolean[] bools(int n) {
        boolean[] b = new boolean[Math.max(0, n)];
        for (int i = 0; i < b.length; i++) b[i] = i % 2 == 0;
        b[0] |= n > 100;
        return b;
    }
}
