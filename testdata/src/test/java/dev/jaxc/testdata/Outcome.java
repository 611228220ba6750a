package dev.jaxc.testdata;

import java.lang.reflect.Array;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.concurrent.Callable;

/** What a call did: returned a value or threw; compared bit-for-bit. */
record Outcome(Object value, Throwable thrown) {
    static Outcome of(Callable<Object> call) {
        try {
            return new Outcome(call.call(), null);
        } catch (InvocationTargetException e) {
            return new Outcome(null, e.getCause());
        } catch (Exception e) {
            return new Outcome(null, e);
        }
    }

    static Outcome invoke(Method m, Object[] args) {
        return of(() -> m.invoke(null, args));
    }

    /** Null when equal, else a description of the first difference. */
    String differenceFrom(Outcome o) {
        if (thrown != null || o.thrown != null) {
            if (thrown == null || o.thrown == null) return "one threw, the other did not: " + this + " vs " + o;
            if (thrown.getClass() != o.thrown.getClass()) return "different exceptions: " + thrown + " vs " + o.thrown;
            // Helpful NullPointerException messages name locals from debug info, which generated code lacks.
            if (thrown instanceof NullPointerException) return null;
            if (!java.util.Objects.equals(thrown.getMessage(), o.thrown.getMessage())) return "different messages: " + thrown + " vs " + o.thrown;
            return null;
        }
        return diff(value, o.value, "result");
    }

    private static String diff(Object a, Object b, String path) {
        if (a == null || b == null) return a == b ? null : path + ": " + a + " vs " + b;
        // Bit-for-bit except NaN payloads: Java leaves the sign and payload of a NaN result
        // unspecified, and HotSpot's C2 commutes add/mul operands, so even javac's own code gives
        // NaN bits that depend on the JIT tier. Every NaN is equal to every NaN; -0.0 ≠ 0.0.
        if (a instanceof Double x && b instanceof Double y)
            return Double.doubleToLongBits(x) == Double.doubleToLongBits(y) ? null
                    : path + ": " + x + " vs " + y + " (bits " + Long.toHexString(Double.doubleToRawLongBits(x)) + " vs " + Long.toHexString(Double.doubleToRawLongBits(y)) + ")";
        if (a instanceof Float x && b instanceof Float y)
            return Float.floatToIntBits(x) == Float.floatToIntBits(y) ? null : path + ": " + x + " vs " + y;
        if (a.getClass().isArray() && b.getClass().isArray()) {
            if (a.getClass() != b.getClass()) return path + ": " + a.getClass().getSimpleName() + " vs " + b.getClass().getSimpleName();
            int n = Array.getLength(a);
            if (n != Array.getLength(b)) return path + ".length: " + n + " vs " + Array.getLength(b);
            for (int i = 0; i < n; i++) {
                String d = diff(Array.get(a, i), Array.get(b, i), path + "[" + i + "]");
                if (d != null) return d;
            }
            return null;
        }
        return a.equals(b) ? null : path + ": " + a + " vs " + b;
    }

    @Override public String toString() {
        return thrown != null ? "threw " + thrown : "returned " + show(value);
    }

    private static String show(Object v) {
        if (v == null || !v.getClass().isArray()) return String.valueOf(v);
        StringBuilder sb = new StringBuilder("[");
        for (int i = 0; i < Array.getLength(v); i++) sb.append(i > 0 ? ", " : "").append(show(Array.get(v, i)));
        return sb.append(']').toString();
    }
}
