package dev.jaxc.frontend;

import dev.jaxc.ir.Function;
import dev.jaxc.ir.Type;
import dev.jaxc.ir.interp.Interpreter;
import java.lang.reflect.Array;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.function.Supplier;

/**
 * Runs a jaxc function in the IR interpreter and its javac twin on the same random inputs and
 * demands the same outcome: equal results (doubles by bits, NaN equal to NaN) or the same
 * exception class.
 */
final class Differential {
    private Differential() {}

    /** How wide the random integers are: loop bounds must stay small, straight-line code may see extremes. */
    enum Ints { SMALL, WIDE }

    record Thrown(Class<?> type) {}

    static void check(Interpreter interp, Function f, Method javac, long seed, int runs, Ints ints) {
        Random rnd = new Random(seed);
        List<Type> types = f.paramTypes();
        for (int run = 0; run < runs; run++) {
            Object[] args = new Object[types.size()];
            for (int i = 0; i < args.length; i++) args[i] = random(types.get(i), rnd, ints);
            Object expected = outcome(() -> {
                try {
                    return javac.invoke(null, copy(args));
                } catch (InvocationTargetException e) {
                    return new Thrown(e.getCause().getClass());
                } catch (IllegalAccessException e) {
                    throw new IllegalStateException(e);
                }
            });
            Object actual = outcome(() -> interp.call1(f.name(), copy(args)));
            if (!same(expected, actual))
                throw new AssertionError(f.name() + Arrays.deepToString(args) + ": javac gives " + show(expected) + ", jaxc IR gives " + show(actual));
        }
    }

    private static Object outcome(Supplier<Object> s) {
        try {
            return s.get();
        } catch (RuntimeException e) {
            return new Thrown(e.getClass());
        }
    }

    private static boolean same(Object a, Object b) { return Arrays.deepEquals(new Object[] {a}, new Object[] {b}); }

    private static String show(Object o) { return o instanceof Thrown t ? "throws " + t.type().getSimpleName() : Arrays.deepToString(new Object[] {o}); }

    private static Object[] copy(Object[] args) {
        Object[] out = args.clone();
        for (int i = 0; i < out.length; i++) out[i] = deepCopy(out[i]);
        return out;
    }

    private static Object deepCopy(Object o) {
        if (o == null || !o.getClass().isArray()) return o;
        int n = Array.getLength(o);
        Object c = Array.newInstance(o.getClass().getComponentType(), n);
        for (int i = 0; i < n; i++) Array.set(c, i, deepCopy(Array.get(o, i)));
        return c;
    }

    static Object random(Type t, Random rnd, Ints ints) {
        if (t.isArray()) {
            int n = rnd.nextInt(10) == 0 ? 0 : rnd.nextInt(6);
            Type e = t.element();
            Object a = Array.newInstance(javaClass(e), n);
            for (int i = 0; i < n; i++) {
                boolean nullRow = e.isArray() && rnd.nextInt(25) == 0;
                Array.set(a, i, nullRow ? null : random(e, rnd, Ints.SMALL));
            }
            return a;
        }
        return switch (t.dtype()) {
            case F64 -> randomDouble(rnd);
            case F32 -> (float) randomDouble(rnd);
            case I64 -> ints == Ints.WIDE && rnd.nextInt(5) == 0 ? wideLong(rnd) : (long) smallInt(rnd);
            case I32 -> ints == Ints.WIDE && rnd.nextInt(5) == 0 ? (int) wideLong(rnd) : smallInt(rnd);
            case BOOL -> rnd.nextBoolean();
        };
    }

    private static int smallInt(Random rnd) { return rnd.nextInt(4) == 0 ? rnd.nextInt(60) - 3 : rnd.nextInt(21) - 4; }

    private static long wideLong(Random rnd) {
        long[] special = {Integer.MIN_VALUE, Integer.MAX_VALUE, Long.MIN_VALUE, Long.MAX_VALUE, 0, -1, 1L << 31, 1L << 32};
        return rnd.nextBoolean() ? special[rnd.nextInt(special.length)] : rnd.nextLong();
    }

    private static double randomDouble(Random rnd) {
        double[] special = {0.0, -0.0, 1, -1, 0.5, Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, 1e300, 1e-310, 3};
        if (rnd.nextInt(6) == 0) return special[rnd.nextInt(special.length)];
        return rnd.nextInt(3) == 0 ? rnd.nextInt(21) - 10 : (rnd.nextDouble() - 0.5) * 20;
    }

    private static Class<?> javaClass(Type t) {
        Class<?> base = switch (t.dtype()) {
            case F64 -> double.class;
            case F32 -> float.class;
            case I64 -> long.class;
            case I32 -> int.class;
            case BOOL -> boolean.class;
        };
        for (int i = 0; i < t.rank(); i++) base = Array.newInstance(base, 0).getClass();
        return base;
    }
}
