package corpus;

import dev.jaxc.Jit;

/** Straight-line code, promotion, literals, constants, Math, conditionals. */
public class Basic {
    static final double SCALE = 2 * Math.PI;
    static final int MASK = 0xFF_FF;
    static final long BIG = 1L << 40;
    static final float HALF = 1e-1f * 5;
    static final boolean DEBUG = MASK > 10 && !false;
    static final int SHIFTED = -1 >>> 28;
    static final double MIXED = 7 / 2 + 7 / 2.0;

    @Jit public static double sumsq(double x, double y) { return x * x + y * y; }

    @Jit public static double promote(int i, long l, float f, double d) {
        double a = i + l;
        float b = i * f;
        long c = i + l * 3;
        return a + b + c + d / i + f / l;
    }

    @Jit public static int intOps(int a, int b) {
        int q = b == 0 ? 0 : a / b;
        int r = b == 0 ? 0 : a % b;
        return q * 31 + r + (a & b) + (a | b) - (a ^ b) + ~a + (a << 3) + (a >> 2) + (a >>> 29) + (a << b) + (a >> -b);
    }

    @Jit public static long longOps(long a, int s) {
        long x = a * 1_000_003L + 0x7FFF_FFFF_FFFFL;
        x ^= x >>> 33;
        x <<= s;
        x >>= 3L;
        return x + (a >>> s) + (1L << 63) + Long.MIN_VALUE / 3 + (a % 7);
    }

    @Jit public static double literals(double x) {
        double a = 1e-3 + 0x1.8p1 + 1_000.5 + .5 + 5. + 1e2d;
        float b = 1e-3f + 2f + 0x10p-2f;
        int c = 0b1011 + 017 + 0xFFFFFFFF + -2147483648;
        long d = -9223372036854775808L + 0777L;
        return a + b + c + d + x;
    }

    @Jit public static double constants(double x) { return x * SCALE + MASK + BIG + HALF + SHIFTED + MIXED + (DEBUG ? 1 : 0) + Double.MAX_VALUE / 1e300; }

    @Jit public static double casts(double x) {
        int i = (int) x;
        long l = (long) (x * 1e12);
        float f = (float) x;
        int j = (int) l;
        double back = (double) (float) (int) (x * 3.7);
        return i + l + f + j + back + (int) Double.NaN + (long) Float.POSITIVE_INFINITY % 1000;
    }

    @Jit public static float floats(float a, float b) {
        float c = a / b + a % b - Math.abs(a) * Math.signum(b);
        c += 1.5;
        c *= 2;
        return Math.copySign(c, b) + Math.max(a, 3) + Math.min(2, b);
    }

    @Jit public static double math(double x, double y) {
        double r = Math.sin(x) + Math.cos(y) + Math.tan(x / 3) + Math.atan(y) + Math.atan2(x, y)
                + Math.sinh(x / 10) + Math.cosh(y / 10) + Math.tanh(x) + Math.exp(x / 5) + Math.expm1(y / 7)
                + Math.log(Math.abs(x) + 1) + Math.log1p(Math.abs(y)) + Math.log10(Math.abs(x) + 2) + Math.sqrt(Math.abs(y))
                + Math.cbrt(x) + Math.pow(Math.abs(x), 0.3) + Math.hypot(x, y) + Math.floor(x) + Math.ceil(y) + Math.rint(x * 2)
                + Math.signum(y) + Math.copySign(1.0, x) + Math.max(x, y) + Math.min(x, y) + Math.abs(x - y)
                + Math.asin(Math.sin(x)) + Math.acos(Math.cos(y));
        return r + StrictMath.sin(x) + StrictMath.exp(y / 9) + StrictMath.pow(2, x / 9) + Math.E;
    }

    @Jit public static long mathOverloads(int i, long l, float f) {
        int a = Math.abs(i);
        long b = Math.max(i, l);
        float c = Math.signum(i);
        float d = Math.copySign(3, l);
        double e = Math.sqrt(i * i);
        return a + b + (long) c + (long) d + (long) e + Math.min(l, 5) + Math.abs(Integer.MIN_VALUE);
    }

    @Jit public static boolean logic(boolean p, boolean q, int i) {
        boolean a = p && q || !p && i > 3;
        boolean b = p & q | p ^ q;
        b &= i != 2;
        b |= a;
        b ^= !q;
        return a == b || p != (i <= 0);
    }

    @Jit public static double ternaries(double x, int n) {
        double a = x > 0 ? x : -x;
        double b = n > 0 ? 1 : 2.5f;
        int c = n != 0 ? 10 / n : -1;
        long d = n > 3 ? n : 7L;
        return a + b + c + d + (x < 1 ? (n > 2 ? 1 : 2) : 3);
    }

    @Jit public static int incDec(int i) {
        int a = i++;
        int b = ++i;
        int c = i--;
        int d = --i;
        int e = i++ + i++ * ++i;
        i += 1.7;
        i -= 2.2f;
        i *= 3;
        i /= 2;
        i %= 1000;
        i <<= 2;
        i >>= 1;
        i >>>= 1;
        double f = 1.5;
        f++;
        f -= i;
        return a + b + c + d + e + i + (int) f;
    }

    @Jit public static int assignExpr(int x) {
        int a, b, c;
        a = b = c = x * 2;
        int d = (a += 3) * (b = 4) - (c -= 1);
        return a + b + c + d;
    }

    @Jit public static double shortCircuitDiv(int a, int b) {
        boolean ok = b != 0 && a / b > 1;
        boolean other = b == 0 || a % b == 0;
        return (ok ? 1 : 0) + (other ? 10 : 0);
    }

    @Jit public static int divByZero(int a, int b) { return a / b + a % (b - 1); }

    @Jit public static double nanCompare(double x) {
        double n = x / 0.0 - x / 0.0;
        int r = 0;
        if (n < x) r += 1;
        if (n > x) r += 2;
        if (n == n) r += 4;
        if (n != n) r += 8;
        if (!(n >= x)) r += 16;
        return r + (-0.0 == 0.0 ? 100 : 0) + 1 / (x * -0.0);
    }

    @Jit public static int ifChains(int x) {
        int r;
        if (x < 0) r = -1;
        else if (x == 0) r = 0;
        else if (x < 10) { r = 1; if (x == 5) r = 55; }
        else r = 2;
        int s = 0;
        if (x > 3) { int t = x * 2; s = t + 1; }
        return r * 100 + s;
    }
}
