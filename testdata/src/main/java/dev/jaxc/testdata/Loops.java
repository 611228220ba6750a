package dev.jaxc.testdata;

import dev.jaxc.Jit;

/** for / while / do-while, break, continue (labeled too), early return. */
public class Loops {
    @Jit
    @Domain(intMin = -5, intMax = 200)
    public static long sumSquares(int n) {
        long s = 0;
        for (int i = 0; i < n; i++) s += (long) i * i;
        return s;
    }

    @Jit
    @Domain(intMin = -5, intMax = 100)
    public static int countdown(int n) {
        int acc = 0;
        for (int i = n; i > 0; i -= 2) acc = acc * 3 + i;
        for (int i = n; i >= 0; i--) acc ^= i;
        return acc;
    }

    @Jit
    @Domain(intMin = -5, intMax = 100)
    public static double harmonic(int n) {
        double h = 0;
        for (int i = 1; i <= n; i++) h += 1.0 / i;
        return h;
    }

    @Jit
    @Domain(intMin = 1, intMax = 10000)
    public static int collatz(long x) {
        int steps = 0;
        while (x != 1 && steps < 1000) {
            x = (x % 2 == 0) ? x / 2 : 3 * x + 1;
            steps++;
        }
        return steps;
    }

    @Jit
    public static double doWhile(double x) {
        int k = 0;
        do {
            x = x / 2 + 1;
            k++;
        } while (Math.abs(x - 2) > 1e-9 && k < 100);
        return x + k;
    }

    @Jit
    @Domain(intMin = -2, intMax = 30)
    public static int nested(int n, int m) {
        int s = 0;
        for (int i = 0; i < n; i++) {
            if (i % 3 == 0) continue;
            for (int j = 0; j < m; j++) {
                if (j > i) break;
                s += i * j;
            }
            if (s > 5000) break;
        }
        return s;
    }

    @Jit
    @Domain(intMin = -2, intMax = 30)
    public static int labeled(int n) {
        int hits = 0;
        outer:
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                if ((i + j) % 7 == 6) continue outer;
                if (i * j > 150) break outer;
                hits += i ^ j;
            }
            hits++;
        }
        return hits;
    }

    @Jit
    public static int firstAbove(double[] xs, double t) {
        for (int i = 0; i < xs.length; i++) {
            if (xs[i] > t) return i;
        }
        return -1;
    }

    @Jit
    public static double newtonSqrt(double a) {
        if (a < 0) return Double.NaN;
        double x = a > 1 ? a : 1;
        for (int k = 0; k < 100; k++) {
            double next = 0.5 * (x + a / x);
            if (Math.abs(next - x) <= 1e-15 * x) {
                x = next;
                break;
            }
            x = next;
        }
        return x;
    }

    @Jit
    @Domain(intMin = 0, intMax = 5, scale = 2, specials = false)
    public static double euler(double k, int horizon) {
        double y = 1, t = 0, dt = 0.01;
        while (t < horizon) {
            y += dt * (-k * y);
            t += dt;
        }
        return y;
    }

    @Jit
    public static double sumOfSquares(double[] xs) {
        double s = 0;
        for (double v : xs) s += v * v;
        return s;
    }

    @Jit
    @Domain(intMin = -3, intMax = 60)
    public static int whileBreakContinue(int n) {
        int i = 0, s = 0;
        while (true) {
            i++;
            if (i > n) break;
            if (i % 4 == 0) continue;
            s += i;
        }
        return s;
    }

    @Jit
    @Domain(intMin = -3, intMax = 60)
    public static int earlyReturnNested(int n) {
        int s = 0;
        for (int i = 0; i < n; i++) {
            int j = 0;
            while (j < i) {
                s += j;
                if (s > 300) return s * 2 + i;
                j++;
            }
        }
        return s;
    }

    @Jit
    public static double branches(double x, int mode) {
        double r;
        if (mode > 3) {
            r = x * 2;
        } else if (mode > 0) {
            r = x - 1;
            if (x > 5) r = -r;
        } else {
            r = 0;
        }
        return r;
    }
}
