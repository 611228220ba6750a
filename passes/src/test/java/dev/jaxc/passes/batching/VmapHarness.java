package dev.jaxc.passes.batching;

import static org.junit.jupiter.api.Assertions.*;

import dev.jaxc.ir.Function;
import dev.jaxc.ir.Program;
import dev.jaxc.ir.Type;
import dev.jaxc.ir.interp.Interpreter;
import dev.jaxc.ir.text.IrPrinter;
import dev.jaxc.ir.verify.IrVerifier;
import java.lang.reflect.Array;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Random;

/**
 * Runs a function and its vmap in the interpreter and checks vmap(f)(xs)[i] == f(xs[i]) bit for
 * bit, exceptions included (a lane that throws makes the batched call throw the same exception).
 */
final class VmapHarness {
    private VmapHarness() {}

    /** vmap(f) added to p (verified); returns its name. */
    static String vmap(Program p, String fn, List<Integer> inAxes, int outAxis) {
        Function f = p.get(fn);
        String name = fn + "$vmap" + p.functions().size();
        Function v = BatchingPass.vmap(f, inAxes, outAxis, name);
        p.add(v);
        try {
            IrVerifier.verify(p);
        } catch (RuntimeException e) {
            throw new AssertionError("ill-formed vmap output:\n" + IrPrinter.print(v), e);
        }
        return name;
    }

    /** Lane l's argument for parameter k: the batched argument indexed along its axis. */
    static Object laneArg(Object batched, Integer axis, int l) {
        if (axis == null) return batched;
        if (axis == 0) return Array.get(batched, l);
        int rows = Array.getLength(batched);
        Object first = rows == 0 ? null : Array.get(batched, 0);
        Class<?> elem = batched.getClass().getComponentType().getComponentType();
        Object out = Array.newInstance(elem, rows);
        for (int i = 0; i < rows; i++) Array.set(out, i, Array.get(Array.get(batched, i), l));
        return out;
    }

    /** Checks the batched function against the per-lane one on these arguments. */
    static void check(Program p, String fn, String vfn, List<Integer> inAxes, int outAxis, int n, Object... args) {
        Interpreter ip = new Interpreter(p);
        Object[] got;
        Throwable batchedThrew = null;
        try {
            got = ip.call(vfn, args);
        } catch (RuntimeException e) {
            got = null;
            batchedThrew = e;
        }
        Throwable laneThrew = null;
        List<Object[]> lanes = new ArrayList<>();
        for (int l = 0; l < n && laneThrew == null; l++) {
            Object[] la = new Object[args.length];
            for (int k = 0; k < args.length; k++) la[k] = laneArg(args[k], inAxes.get(k), l);
            try {
                lanes.add(ip.call(fn, la));
            } catch (RuntimeException e) {
                laneThrew = e;
            }
        }
        if (laneThrew != null) {
            if (batchedThrew == null) throw new AssertionError("a lane throws but the batched call does not", laneThrew);
            assertEquals(laneThrew.getClass(), batchedThrew.getClass(), "exception type");
            return;
        }
        if (batchedThrew != null) throw new AssertionError("batched call throws but no lane does:\n" + IrPrinter.print(p.get(vfn)), batchedThrew);
        for (int k = 0; k < got.length; k++) {
            for (int l = 0; l < n; l++) {
                Object want = lanes.get(l)[k];
                Object have = outAxis == 0 ? Array.get(got[k], l) : laneArg(got[k], 1, l);
                final int lane = l, res = k;
                assertTrue(sameBits(want, have), () -> "lane " + lane + " result " + res + ": want " + show(want) + ", got " + show(have)
                        + "\n" + IrPrinter.print(p.get(vfn)));
            }
        }
    }

    /** Equal bit for bit (doubles by raw bits), arrays elementwise. */
    static boolean sameBits(Object a, Object b) {
        if (a == null || b == null) return a == b;
        if (a.getClass().isArray()) {
            if (!b.getClass().isArray() || Array.getLength(a) != Array.getLength(b)) return false;
            for (int i = 0; i < Array.getLength(a); i++) if (!sameBits(Array.get(a, i), Array.get(b, i))) return false;
            return true;
        }
        if (a instanceof Double d) return b instanceof Double e && Double.doubleToRawLongBits(d) == Double.doubleToRawLongBits(e);
        if (a instanceof Float f) return b instanceof Float g && Float.floatToRawIntBits(f) == Float.floatToRawIntBits(g);
        return Objects.equals(a, b);
    }

    static String show(Object o) {
        if (o == null) return "null";
        if (o instanceof double[] d) return Arrays.toString(d);
        if (o instanceof int[] d) return Arrays.toString(d);
        if (o instanceof long[] d) return Arrays.toString(d);
        if (o instanceof boolean[] d) return Arrays.toString(d);
        if (o instanceof Object[] d) return Arrays.deepToString(d);
        return o.toString();
    }

    // ---- random batched arguments ----------------------------------------------------------

    /** A random argument of f's parameter type, batched along axis (n lanes); arrays have length len. */
    static Object random(Random rnd, Type t, Integer axis, int n, int len) {
        if (axis == null) return value(rnd, t, len);
        if (axis == 0) {
            Object out = Array.newInstance(javaClass(t), n);
            for (int l = 0; l < n; l++) Array.set(out, l, value(rnd, t, len));
            return out;
        }
        // axis 1: rows indexed by f's first index, then the lane
        Type elem = t.element();
        Object out = Array.newInstance(javaClass(elem.withExtraDim()), len);
        for (int i = 0; i < len; i++) Array.set(out, i, random(rnd, elem, 0, n, len));
        return out;
    }

    static Object value(Random rnd, Type t, int len) {
        if (t.isArray()) {
            Object out = Array.newInstance(javaClass(t.element()), len);
            for (int i = 0; i < len; i++) Array.set(out, i, value(rnd, t.element(), len));
            return out;
        }
        return switch (t.dtype()) {
            case F64 -> rnd.nextInt(10) == 0 ? special(rnd) : rnd.nextGaussian() * 3;
            case F32 -> (float) (rnd.nextGaussian() * 3);
            case I64 -> (long) (rnd.nextInt(41) - 20);
            case I32 -> rnd.nextInt(41) - 20;
            case BOOL -> rnd.nextBoolean();
        };
    }

    private static double special(Random rnd) {
        double[] s = {0.0, -0.0, Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, Double.MIN_VALUE, 1e300};
        return s[rnd.nextInt(s.length)];
    }

    static Class<?> javaClass(Type t) {
        Class<?> c = switch (t.dtype()) {
            case F64 -> double.class;
            case F32 -> float.class;
            case I64 -> long.class;
            case I32 -> int.class;
            case BOOL -> boolean.class;
        };
        for (int i = 0; i < t.rank(); i++) c = c.arrayType();
        return c;
    }

    /** The batched argument whose lanes are {@code lanes} (shared: the unbatched value). */
    static Object assemble(Type t, Integer axis, List<Object> lanes, Object shared) {
        if (axis == null) return shared;
        int n = lanes.size();
        if (axis == 0) {
            Object out = Array.newInstance(javaClass(t), n);
            for (int l = 0; l < n; l++) Array.set(out, l, lanes.get(l));
            return out;
        }
        int len = n == 0 ? 0 : Array.getLength(lanes.get(0));
        Object out = Array.newInstance(javaClass(t.element().withExtraDim()), len);
        for (int i = 0; i < len; i++) {
            Object row = Array.newInstance(javaClass(t.element()), n);
            for (int l = 0; l < n; l++) Array.set(row, l, Array.get(lanes.get(l), i));
            Array.set(out, i, row);
        }
        return out;
    }

    /**
     * vmap(fn) with these axes, checked on random batches of sizes around the tile size: once
     * made of lanes on which f returns (results compared bit for bit), and, if some random lane
     * throws, once with such a lane among them (the batch must throw the same exception).
     */
    static String checkRandom(Program p, String fn, List<Integer> inAxes, int outAxis, long seed) {
        String v = vmap(p, fn, inAxes, outAxis);
        Function f = p.get(fn);
        Interpreter ip = new Interpreter(p);
        List<Type> types = f.paramTypes();
        Random rnd = new Random(seed);
        for (int n : new int[] {0, 1, 7, BatchingPass.TILE + 3}) {
            int len = 1 + rnd.nextInt(5);
            Object[] shared = new Object[types.size()];
            for (int k = 0; k < shared.length; k++) shared[k] = value(rnd, types.get(k), len);
            List<List<Object>> good = new ArrayList<>(), bad = new ArrayList<>();
            for (int k = 0; k < shared.length; k++) {
                good.add(new ArrayList<>());
                bad.add(new ArrayList<>());
            }
            for (int tries = 0; good.get(0).size() < n && tries < 20 * n + 20; tries++) {
                Object[] lane = new Object[shared.length];
                for (int k = 0; k < lane.length; k++) lane[k] = inAxes.get(k) == null ? shared[k] : value(rnd, types.get(k), len);
                boolean throws_;
                try {
                    ip.call(fn, lane);
                    throws_ = false;
                } catch (RuntimeException e) {
                    throws_ = true;
                }
                for (int k = 0; k < lane.length; k++) ((throws_ ? bad : good).get(k)).add(lane[k]);
            }
            int m = good.get(0).size();
            Object[] args = new Object[shared.length];
            for (int k = 0; k < args.length; k++) args[k] = assemble(types.get(k), inAxes.get(k), good.get(k), shared[k]);
            check(p, fn, v, inAxes, outAxis, m, args);
            if (!bad.get(0).isEmpty() && m > 0) {
                for (int k = 0; k < args.length; k++) good.get(k).set(m / 2, bad.get(k).get(0));
                for (int k = 0; k < args.length; k++) args[k] = assemble(types.get(k), inAxes.get(k), good.get(k), shared[k]);
                check(p, fn, v, inAxes, outAxis, m, args);
            }
        }
        return v;
    }
}
