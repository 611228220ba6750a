package dev.jaxc.testdata;

import java.lang.reflect.Array;
import java.util.SplittableRandom;

/**
 * Random arguments for a method's parameter types within its {@link Domain}: special values
 * (NaN, ±∞, ±0, extremes) mixed into floating-point draws where they mean something; all
 * arrays of one call share a length so shape-compatible kernels (matmul) are exercised.
 */
final class InputGenerator {
    private static final double[] SPECIAL_DOUBLES = {
        0.0, -0.0, 1.0, -1.0, Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY,
        Double.MIN_VALUE, Double.MAX_VALUE, -Double.MAX_VALUE, 0.5, 1e-300, 2.5, -2.5};

    private final SplittableRandom rnd;
    private final Domain domain;
    private int length;

    InputGenerator(long seed, Domain domain) {
        this.rnd = new SplittableRandom(seed);
        this.domain = domain;
    }

    Object[] args(Class<?>[] types) { return args(types, rnd.nextInt(7)); }

    /** Arguments whose arrays all have the given length. */
    Object[] args(Class<?>[] types, int length) {
        this.length = length;
        Object[] out = new Object[types.length];
        for (int i = 0; i < types.length; i++) out[i] = value(types[i]);
        return out;
    }

    private Object value(Class<?> t) {
        if (t == double.class) return nextDouble();
        if (t == float.class) return (float) nextDouble();
        if (t == int.class) return nextInt();
        if (t == long.class) return (long) nextInt() * (rnd.nextInt(8) == 0 && domain.specials() ? 1_000_003L : 1L);
        if (t == boolean.class) return rnd.nextBoolean();
        if (t.isArray()) {
            // Now and then a null array (or row): the NullPointerException must match too.
            if (rnd.nextInt(40) == 0) return null;
            Object a = Array.newInstance(t.getComponentType(), length);
            for (int i = 0; i < length; i++) Array.set(a, i, value(t.getComponentType()));
            return a;
        }
        throw new IllegalArgumentException("no generator for " + t);
    }

    private double nextDouble() {
        if (domain.specials() && rnd.nextInt(6) == 0) return SPECIAL_DOUBLES[rnd.nextInt(SPECIAL_DOUBLES.length)];
        double v = (rnd.nextDouble() * 2 - 1) * domain.scale();
        return rnd.nextInt(4) == 0 ? Math.rint(v) : v;
    }

    private int nextInt() {
        return domain.intMin() + rnd.nextInt(domain.intMax() - domain.intMin() + 1);
    }

    /** A deep copy, so that no run can observe another's arrays. */
    static Object[] copy(Object[] args) {
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

    static final Domain DEFAULT = defaults();

    @Domain
    private static void defaultDomain() {}

    private static Domain defaults() {
        try {
            return InputGenerator.class.getDeclaredMethod("defaultDomain").getAnnotation(Domain.class);
        } catch (NoSuchMethodException e) {
            throw new AssertionError(e);
        }
    }
}
