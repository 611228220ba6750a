package dev.jaxc.testdata;

import dev.jaxc.Jit;

/** Arithmetic, casts, compound assignment, increments, conditionals and constants. */
public class Arith {
    static final double TWO_PI = 2 * Math.PI;
    static final int N = 3;
    static final long BIG = 1L << 40;

    @Jit
    public static double poly(double x) {
        return 3 * x * x - 2 * x + 1;
    }

    @Jit
    public static double mixed(int a, double b) {
        return a / 3 + b * a - a % 4 + (double) a / 7;
    }

    @Jit
    public static int intDiv(int a, int b) {
        return a / b + a % b;
    }

    @Jit
    public static long longOps(long a, long b) {
        return (a * 31 + b) ^ (a >>> 7) | (b << 3) & ~a;
    }

    @Jit
    public static int bits(int a, int b) {
        return (a & b) | (~a ^ (b >> 2)) + (a << (b & 7)) - (a >>> 3) + (a << b);
    }

    @Jit
    public static float floats(float x, float y) {
        return x * y + x / (y + 1f) - (float) Math.sqrt(Math.abs(x)) + x % 3f;
    }

    @Jit
    public static double casts(double x) {
        int i = (int) x;
        long l = (long) (x * 1e10);
        float f = (float) x;
        int fromLong = (int) l;
        return i + l + f + (double) (i >> 1) + fromLong + (long) f;
    }

    @Jit
    public static double compound(int n, double x) {
        int i = n;
        i += 3;
        i *= 2;
        i -= n;
        i /= 3;
        double y = x;
        y += i;
        y *= 1.5;
        y -= 0.25;
        y /= 2;
        int k = 7;
        k += 2.7;
        k <<= 2;
        k >>= 1;
        k ^= n;
        k |= 5;
        k &= 0xff;
        k %= 11;
        long m = n;
        m *= m;
        m >>>= 1;
        return y + k + i + m;
    }

    @Jit
    public static int incDec(int n) {
        int i = n;
        int a = i++;
        int b = ++i;
        int c = i--;
        int d = --i;
        i++;
        --i;
        return a * 1000 + b * 100 + c * 10 + d + i;
    }

    @Jit
    public static double ternary(double x, double y) {
        return x > y ? x - y : (x < 0 ? -x : y * 2);
    }

    @Jit
    public static int logic(int a, int b, boolean f) {
        boolean p = a > b && (a % 2 == 0) || !f;
        boolean q = (a < b) & f | (a == b) ^ f;
        return p ? (q ? 1 : 2) : (q ? 3 : 4);
    }

    @Jit
    public static boolean shortCircuit(int[] xs, int i) {
        return i >= 0 && i < xs.length && xs[i] > 0 || i == -1 && xs.length / (xs.length - 1) > 0;
    }

    @Jit
    public static double constants(double r) {
        return TWO_PI * r + Math.PI * N - Math.E + BIG;
    }

    @Jit
    public static int comparisons(double a, double b) {
        int bits = 0;
        if (a < b) bits |= 1;
        if (a <= b) bits |= 2;
        if (a > b) bits |= 4;
        if (a >= b) bits |= 8;
        if (a == b) bits |= 16;
        if (a != b) bits |= 32;
        if (!(a < b)) bits |= 64;
        return bits;
    }

    @Jit
    public static int assignExpr(int a) {
        int b;
        int c = (b = a * 2) + 1;
        int d = b += 3;
        return b + c + d;
    }

    @Jit
    public static double negZeroAndUnary(double x, int n) {
        double z = -x;
        int m = -n;
        return +z * 0.0 + m + (-0.0 + x);
    }
}
