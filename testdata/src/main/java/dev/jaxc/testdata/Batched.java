package dev.jaxc.testdata;

import dev.jaxc.Derive;
import dev.jaxc.Jit;

/**
 * Programs for vmap and pmap: loops with per-lane trip counts, branches whose untaken side would
 * throw, early returns, local and returned arrays, calls. {@code BatchedDerivesTest} checks every
 * {@code vmap}/{@code pmap} derive below lane by lane against the method it batches.
 */
@Derive(name = "vPoly", expr = "vmap(poly)")
@Derive(name = "pPoly", expr = "pmap(poly)")
@Derive(name = "vClamped", expr = "vmap(clampedSqrt)")
@Derive(name = "vHorner", expr = "vmap(horner, in_axes=(None, 0))")
@Derive(name = "vHornerBoth", expr = "vmap(horner)")
@Derive(name = "vHornerCoeffs", expr = "vmap(horner, in_axes=(0, None))")
@Derive(name = "vHornerCols", expr = "vmap(horner, in_axes=(1, 0))")
@Derive(name = "vDot", expr = "vmap(dot, in_axes=(0, None))")
@Derive(name = "vDotCols", expr = "vmap(dot, in_axes=(1, None))")
@Derive(name = "vDotBoth", expr = "vmap(dot, in_axes=(0, 1))")
@Derive(name = "pDot", expr = "pmap(dot, in_axes=(0, None))")
@Derive(name = "vCollatz", expr = "vmap(collatz)")
@Derive(name = "pCollatz", expr = "pmap(collatz)")
@Derive(name = "vTriangular", expr = "vmap(triangular)")
@Derive(name = "vTriangularK", expr = "vmap(triangular, in_axes=(0, None))")
@Derive(name = "vTriangularX", expr = "vmap(triangular, in_axes=(None, 0))")
@Derive(name = "vSafeIndex", expr = "vmap(safeIndex, in_axes=(None, 0))")
@Derive(name = "vSafeIndexBoth", expr = "vmap(safeIndex)")
@Derive(name = "vSafeDiv", expr = "vmap(safeDiv)")
@Derive(name = "vSafeDivB", expr = "vmap(safeDiv, in_axes=(None, 0))")
@Derive(name = "vNewton", expr = "vmap(newton)")
@Derive(name = "vBisect", expr = "vmap(bisect)")
@Derive(name = "vBucket", expr = "vmap(bucket, in_axes=(0, None))")
@Derive(name = "vBucketBoth", expr = "vmap(bucket)")
@Derive(name = "vNormalized", expr = "vmap(normalized)")
@Derive(name = "vNormalizedT", expr = "vmap(normalized, out_axes=1)")
@Derive(name = "vPrefix", expr = "vmap(prefixSums)")
@Derive(name = "vPrefixCols", expr = "vmap(prefixSums, in_axes=1, out_axes=1)")
@Derive(name = "vMatvec", expr = "vmap(matvec, in_axes=(None, 0))")
@Derive(name = "vMatvecBoth", expr = "vmap(matvec)")
@Derive(name = "vArgmax", expr = "vmap(argmax)")
@Derive(name = "vPiecewise", expr = "vmap(piecewise)")
@Derive(name = "vPiecewiseMode", expr = "vmap(piecewise, in_axes=(None, 0))")
@Derive(name = "vLogistic", expr = "vmap(logistic, in_axes=(None, 0, 0))")
@Derive(name = "gLogistic", expr = "grad(logistic)")
@Derive(name = "vgLogistic", expr = "vmap(grad(logistic), in_axes=(None, 0, 0))")
@Derive(name = "gSmooth", expr = "grad(smoothAbs)")
@Derive(name = "vgSmooth", expr = "vmap(grad(smoothAbs))")
@Derive(name = "vGcd", expr = "vmap(gcd)")
@Derive(name = "vGcdA", expr = "vmap(gcd, in_axes=(0, None))")
@Derive(name = "vPowInt", expr = "vmap(powInt)")
@Derive(name = "vPowIntN", expr = "vmap(powInt, in_axes=(None, 0))")
@Derive(name = "vCountPositive", expr = "vmap(countPositive)")
@Derive(name = "vDigitSum", expr = "vmap(digitSum)")
@Derive(name = "vTwoSquares", expr = "vmap(twoSquares)")
@Derive(name = "vMandelbrot", expr = "vmap(mandelbrot)")
@Derive(name = "pMandelbrot", expr = "pmap(mandelbrot)")
@Derive(name = "vMandelbrotRow", expr = "vmap(mandelbrot, in_axes=(0, None))")
@Derive(name = "vFloatMix", expr = "vmap(floatMix)")
@Derive(name = "vFloatMixFlag", expr = "vmap(floatMix, in_axes=(0, None, 0))")
@Derive(name = "vVmapPoly", expr = "vmap(vmap(poly))")
@Derive(name = "jvpNormalized", expr = "jvp(normalized)")
@Derive(name = "columnsNormalized", expr = "vmap(jvp(normalized), in_axes=(None, 0))")
@Derive(name = "vjpLogistic", expr = "vjp(logistic)")
@Derive(name = "rowsLogistic", expr = "vmap(vjp(logistic), in_axes=(None, None, None, 0))")
public class Batched {
    /** Straight-line arithmetic. */
    @Jit
    public static double poly(double x) {
        double y = x * x * 0.5 + 3.0 * x - 1.0;
        return y * x + 0.25;
    }

    /** Early returns. */
    @Jit
    public static double clampedSqrt(double x) {
        if (x < 0) return 0;
        if (x > 100) return 10 + x * 1e-3;
        return Math.sqrt(x);
    }

    /** A loop over a (possibly batched) coefficient array. */
    @Jit
    public static double horner(double[] c, double x) {
        double y = 0;
        for (int i = c.length - 1; i >= 0; i--) y = y * x + c[i];
        return y;
    }

    /** Throws for lanes whose arrays are shorter than a. */
    @Jit
    public static double dot(double[] a, double[] b) {
        double s = 0;
        for (int i = 0; i < a.length; i++) s += a[i] * b[i];
        return s;
    }

    /** A while loop whose trip count differs per lane. */
    @Jit
    @Domain(intMin = 1, intMax = 10000)
    public static int collatz(long x) {
        int steps = 0;
        while (x != 1 && steps < 500) {
            x = (x % 2 == 0) ? x / 2 : 3 * x + 1;
            steps++;
        }
        return steps;
    }

    /** A for loop with a per-lane bound. */
    @Jit
    @Domain(intMin = -3, intMax = 40)
    public static double triangular(int k, double x) {
        double s = 0;
        for (int i = 0; i < k; i++) s += x * i;
        return s;
    }

    /** A branch whose taken side throws for the lanes that do not take it. */
    @Jit
    @Domain(intMin = -3, intMax = 8)
    public static double safeIndex(double[] a, int i) {
        return i >= 0 && i < a.length ? a[i] : -1;
    }

    /** Integer division only where the divisor is not zero. */
    @Jit
    @Domain(intMin = -4, intMax = 4)
    public static int safeDiv(int a, int b) {
        if (b == 0) return a % 3;
        return a / b + a % b;
    }

    /** Newton's square root: a while loop with a data-dependent exit. */
    @Jit
    public static double newton(double a) {
        if (!(a > 0)) return -1;
        double x = a > 1 ? a : 1;
        int k = 0;
        while (k < 100 && Math.abs(x * x - a) > 1e-12 * a) {
            x = 0.5 * (x + a / x);
            k++;
        }
        return x + k * 1e-3;
    }

    /** Bisection for x^3 + x = c: a fixed trip count around a batched branch. */
    @Jit
    public static double bisect(double c) {
        double lo = -10, hi = 10;
        for (int i = 0; i < 60; i++) {
            double mid = 0.5 * (lo + hi);
            if (mid * mid * mid + mid < c) lo = mid;
            else hi = mid;
        }
        return 0.5 * (lo + hi);
    }

    /** The first edge above x (a loop left by break). */
    @Jit
    public static int bucket(double x, double[] edges) {
        int k = 0;
        for (int i = 0; i < edges.length; i++) {
            if (x < edges[i]) break;
            k++;
        }
        return k;
    }

    /** v scaled to unit length: an array result. */
    @Jit
    public static double[] normalized(double[] v) {
        double n = 0;
        for (double e : v) n += e * e;
        n = Math.sqrt(n);
        double[] out = new double[v.length];
        for (int i = 0; i < v.length; i++) out[i] = n == 0 ? 0 : v[i] / n;
        return out;
    }

    /** Running sums: a local array filled in a loop. */
    @Jit
    public static double[] prefixSums(double[] v) {
        double[] s = new double[v.length];
        double acc = 0;
        for (int i = 0; i < v.length; i++) {
            acc += v[i];
            s[i] = acc;
        }
        return s;
    }

    /** m x: a 2-D parameter. */
    @Jit
    public static double[] matvec(double[][] m, double[] x) {
        double[] y = new double[m.length];
        for (int i = 0; i < m.length; i++) {
            double s = 0;
            for (int j = 0; j < x.length; j++) s += m[i][j] * x[j];
            y[i] = s;
        }
        return y;
    }

    /** Index of the largest element; NaN skipped by continue. */
    @Jit
    public static int argmax(double[] v) {
        int best = -1;
        for (int i = 0; i < v.length; i++) {
            if (v[i] != v[i]) continue;
            if (best < 0 || v[i] > v[best]) best = i;
        }
        return best;
    }

    /** An if/else chain on a lane's mode. */
    @Jit
    @Domain(intMin = -1, intMax = 4)
    public static double piecewise(double x, int mode) {
        if (mode == 0) return x;
        else if (mode == 1) return Math.sin(x);
        else if (mode == 2) return x > 0 ? Math.log(x) : -x;
        else if (mode == 3) {
            double y = x;
            for (int i = 0; i < 3; i++) y = y * y - x;
            return y;
        }
        return mode * x;
    }

    /** Logistic loss of one example (and its gradient, batched over examples). */
    @Jit
    @Domain(specials = false, scale = 3)
    public static double logistic(double[] w, double[] x, double y) {
        double z = 0;
        int n = Math.min(w.length, x.length);
        for (int i = 0; i < n; i++) z += w[i] * x[i];
        double p = 1 / (1 + Math.exp(-z));
        return y > 0 ? -Math.log(p + 1e-12) : -Math.log(1 - p + 1e-12);
    }

    /** A smooth |x| with a branch. */
    @Jit
    @Domain(specials = false)
    public static double smoothAbs(double x) {
        if (Math.abs(x) < 1) return 0.5 * x * x;
        return Math.abs(x) - 0.5;
    }

    /** Euclid's algorithm: integer remainder in a per-lane loop. */
    @Jit
    @Domain(intMin = -60, intMax = 60)
    public static int gcd(int a, int b) {
        a = Math.abs(a);
        b = Math.abs(b);
        while (b != 0) {
            int t = a % b;
            a = b;
            b = t;
        }
        return a;
    }

    /** x^n by repeated multiplication; 1/x for negative n. */
    @Jit
    @Domain(intMin = -10, intMax = 30)
    public static double powInt(double x, int n) {
        double r = 1;
        int m = n < 0 ? -n : n;
        for (int i = 0; i < m; i++) r *= x;
        return n < 0 ? 1 / r : r;
    }

    /** Counts with continue. */
    @Jit
    public static int countPositive(double[] v) {
        int c = 0;
        for (int i = 0; i < v.length; i++) {
            if (!(v[i] > 0)) continue;
            c++;
        }
        return c;
    }

    /** Sum of decimal digits: long division in a while loop. */
    @Jit
    public static int digitSum(long n) {
        if (n < 0) n = -n;
        int s = 0;
        while (n != 0) {
            s += (int) (n % 10);
            n /= 10;
        }
        return s;
    }

    @Jit
    public static double sq(double x) { return x * x; }

    /** Calls per lane. */
    @Jit
    public static double twoSquares(double x, double y) {
        return sq(x) + sq(y - x);
    }

    /** Escape time of c = cr + i ci: the classic lock-step loop. */
    @Jit
    @Domain(specials = false, scale = 2)
    public static int mandelbrot(double cr, double ci) {
        double zr = 0, zi = 0;
        int k = 0;
        while (k < 200 && zr * zr + zi * zi <= 4) {
            double t = zr * zr - zi * zi + cr;
            zi = 2 * zr * zi + ci;
            zr = t;
            k++;
        }
        return k;
    }

    /** float, int and boolean operators and conversions. */
    @Jit
    public static float floatMix(float a, int s, boolean flag) {
        int shifted = (s << 3) ^ (s >>> 2);
        float f = flag ? a * 0.5f : (float) shifted;
        return f + (float) Math.sqrt(Math.abs(a)) - (s > 0 ? 1 : 0);
    }
}
