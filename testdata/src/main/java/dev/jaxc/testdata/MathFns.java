package dev.jaxc.testdata;

import dev.jaxc.Jit;

/** Every supported Math / StrictMath function, with Java's overloads. */
public class MathFns {
    @Jit
    public static double trig(double x) {
        return Math.sin(x) + Math.cos(x) + Math.tan(x) + Math.asin(x / 10) + Math.acos(x / 12) + Math.atan(x);
    }

    @Jit
    public static double hyperbolic(double x) {
        return Math.sinh(x) + Math.cosh(x) * 0.5 + Math.tanh(x);
    }

    @Jit
    public static double expLog(double x) {
        return Math.exp(x) + Math.expm1(x) + Math.log(x) + Math.log1p(x) + Math.log10(x);
    }

    @Jit
    public static double roots(double x, double y) {
        return Math.sqrt(x) + Math.cbrt(x) + Math.pow(x, y) + Math.hypot(x, y) + Math.atan2(y, x);
    }

    @Jit
    public static double rounding(double x) {
        return Math.floor(x) + Math.ceil(x) * 2 + Math.rint(x) * 3 + Math.signum(x) + Math.abs(x) + Math.copySign(x, -1.0);
    }

    @Jit
    public static double minMax(double a, double b, int i, int j, long l, float f) {
        return Math.max(a, b) - Math.min(a, b) + Math.max(i, j) + Math.min(l, i) + Math.abs(j) + Math.abs(l)
                + Math.max(f, 1f) + Math.min(f, a);
    }

    @Jit
    public static double strict(double x) {
        return StrictMath.sin(x) + StrictMath.exp(x / 4) + StrictMath.log(Math.abs(x) + 1) + StrictMath.pow(2, x / 8)
                + StrictMath.sqrt(Math.abs(x)) + StrictMath.atan2(x, 2);
    }

    @Jit
    public static float floatMath(float x) {
        return Math.abs(x) + Math.signum(x) + Math.max(x, 1f) + (float) Math.sin(x) + Math.copySign(2f, x);
    }

    @Jit
    public static double intMath(int a, long b) {
        return Math.abs(a) + Math.max(a, 3) + Math.min(b, 7L) + Math.sqrt(a) + Math.pow(a, 2);
    }
}
