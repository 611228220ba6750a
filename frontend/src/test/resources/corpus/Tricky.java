package corpus;

import dev.jaxc.Jit;

/** Evaluation order, effects inside expressions, and jumps in awkward places. */
public class Tricky {
    @Jit public static int effectsInShortCircuit(int i, int j) {
        boolean a = (i++ > 0) && (j++ > 0);
        boolean b = (i-- < 3) || (j-- < 3);
        int k = a ? i++ : j--;
        int m = b ? (k += 2) : (k -= 2);
        return i * 1000 + j * 100 + k * 10 + m;
    }

    @Jit public static double guardedRead(double[] a, int i) {
        double x = i >= 0 && i < a.length ? a[i] : -1;
        double y = (i < 0 || i >= a.length) ? 0 : a[i] * 2;
        boolean z = a.length > 2 && a[2] > 0;
        return x + y + (z ? 100 : 0);
    }

    @Jit public static int indexEffects(int n) {
        int[] a = new int[5];
        int i = 0;
        a[i++] += i;
        a[i++] = i++;
        a[i] = a[i - 1] = 7;
        int[][] g = new int[3][3];
        int k = 0;
        g[k++][k++] = k;
        g[k][k--] += k;
        return a[0] + a[1] * 10 + a[2] * 100 + a[3] * 1000 + g[0][1] * 10000 + g[2][2] * 100000 + n;
    }

    @Jit public static int assignInCondition(int x) {
        int steps = 0;
        while ((x = x / 2) > 1) steps++;
        int y;
        if ((y = x + 3) > 3) steps += y;
        return steps * 10 + x;
    }

    @Jit public static int labeledContinueFromWhile(int n) {
        int s = 0;
        outer:
        for (int i = 0; i < n; i++) {
            int j = 0;
            while (j < 5) {
                j++;
                if ((i + j) % 4 == 0) continue outer;
                if (j == i) break;
                s += j;
            }
            s += 100;
        }
        return s;
    }

    @Jit public static int breakInDoInFor(int n) {
        int s = 0;
        for (int i = 0; i < n; i++) {
            int j = i;
            do {
                if (j > 6) break;
                s += j;
                j += 2;
            } while (j < 10);
            if (s > 200) return -s;
        }
        return s;
    }

    @Jit public static double forEachContinueReturn(double[][] m, double t) {
        double acc = 0;
        for (double[] row : m) {
            if (row.length < 2) continue;
            for (double v : row) {
                if (v < 0) continue;
                acc += v;
                if (acc > t) return acc;
            }
        }
        return -acc;
    }

    @Jit public static int modifiedIndex(int n) {
        int s = 0;
        for (int i = 0; i < n; i++) {
            if (i % 3 == 1) i += 2;
            s += i;
        }
        int i2 = 0;
        for (; i2 < n; ) i2 += 3;
        return s * 100 + i2;
    }

    @Jit public static long nonIntLoops(long n, float f) {
        long s = 0;
        for (long i = 0; i < n; i++) s += i;
        for (float x = 0; x < Math.min(f, 10); x += 0.5f) s++;
        for (int i = 0; i < n; i++) s += 2;
        return s;
    }

    @Jit public static int scopes(int n) {
        int r = 0;
        { int t = n * 2; r += t; }
        { int t = n * 3; r += t; }
        if (n > 0) { int u = 1; r += u; } else { int u = 2; r -= u; }
        var v = r * 2L;
        return (int) v + r;
    }

    @Jit public static int overflow(int a, long b) {
        int x = a * 65537 + Integer.MAX_VALUE;
        long y = b * b + Long.MAX_VALUE;
        int c = 0;
        for (int i = Integer.MAX_VALUE - 2; i > 0 && c < 10; i++) c++;
        return x + (int) y + c + (int) (b >> 40);
    }

    @Jit public static double floatMath(float a) {
        float s = (float) Math.sqrt(a) + (float) Math.exp(a / 10);
        return s + Math.abs(a) + Math.max(a, 1.5f) + Math.signum(a) * 2;
    }

    @Jit public static double cube(double x) { return x * x * x; }

    @Jit public static double pick(double[] a, int i) { return a[i]; }

    @Jit public static double callsInControl(double x, double[] a, int i) {
        int n = 0;
        while (cube(x) < 100 && n < 50) { x += 1; n++; }
        double r = i < 0 ? 0 : pick(a, i);
        double s = i > 100 && pick(a, i) > 0 ? 1 : 2;
        return x + n + r + s;
    }

    @Jit public static int chainedElementAssign(int n) {
        int[] a = new int[3];
        int[] b = new int[3];
        a[0] = b[1] = n;
        a[1] = b[2] = a[0] + 1;
        return a[0] + a[1] * 10 + b[1] * 100 + b[2] * 1000;
    }

    @Jit public static double doWhileContinue(int n) {
        int i = 0;
        double s = 0;
        do {
            i++;
            if (i % 2 == 0) continue;
            s += i;
        } while (i < n);
        return s;
    }

    @Jit public static int returnFromLabeledBlock(int x) {
        int r = 1;
        b: {
            if (x < 0) return -1;
            if (x == 0) break b;
            r = 2;
        }
        for (int i = 0; i < x; i++) {
            if (i == 5) return r * 10;
        }
        return r;
    }

    @Jit public static int earlyReturnArrays(int[] a) {
        if (a.length == 0) return -1;
        int[] b = a.clone();
        for (int i = 1; i < b.length; i++) {
            b[i] += b[i - 1];
            if (b[i] > 50) return i;
        }
        return b[b.length - 1];
    }

    @Jit public static int definiteAssignment(int c) {
        int x;
        done: {
            if (c > 2) { x = 1; break done; }
            x = 2;
        }
        int y;
        if (c > 0) y = 1; else y = 3;
        int z;
        while (true) { if (c > 5) { z = 7; break; } z = 8; break; }
        double[] a;
        if (c > 1) { a = new double[]{c}; } else { a = new double[2]; }
        return x * 1000 + y * 100 + z * 10 + a.length;
    }

    static final double TWICE_SCALE = Basic.SCALE * 2;

    @Jit public static long odds(int x, long s, boolean p) {
        x = x++;
        int y = x;
        y <<= s;
        y >>>= s + 1;
        int z = p ? (x > 0 ? x++ : --x) : (y = x * 2);
        return x * 1_000_000L + y * 1000L + z + (long) (TWICE_SCALE * 100) + (long) Basic.SCALE;
    }

    @Jit public static double forEachRebinds(double[] a0) {
        double[] a = a0.clone();
        double s = 0;
        for (double v : a) {
            a = new double[]{v * 2};
            v = v + 1;
            s += v + a[0];
        }
        return s + a.length;
    }

    @Jit public static int labeledDo(int n) {
        int s = 0;
        int i = 0;
        outer:
        do {
            i++;
            for (int j = 0; j < 4; j++) {
                if (j == i % 4) continue outer;
                s += j;
            }
            s += 10;
        } while (i < n);
        return s;
    }
}
