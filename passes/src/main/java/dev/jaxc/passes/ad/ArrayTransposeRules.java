package dev.jaxc.passes.ad;

import dev.jaxc.ir.Builder;
import dev.jaxc.ir.Value;
import dev.jaxc.passes.util.ArrayShapes;
import java.util.ArrayList;
import java.util.List;

/**
 * Transpose rules of the array primitives on tangent arrays. {@code a[i]} scatters its
 * cotangent into a's ({@code ct_a[i] += c}, in place); {@code a with [i] := v} gives v the
 * cotangent's element i and a the cotangent with element i cleared; a literal's elements read
 * their elements of the cotangent; a copy passes it on. Indices are always known.
 */
final class ArrayTransposeRules {
    private ArrayTransposeRules() {}

    static final TransposeRule GET = (t, op, cts) -> {
        Value a = op.input(0), c = cts.get(0);
        List<Value> idx = indices(t, op.inputs().subList(1, op.inputs().size()), op);
        Builder b = t.b();
        Value cur = t.ct(a);
        if (cur == null) t.setCt(a, b.arraySet(t.zerosLike(a), withValue(idx, c)));
        else t.setCt(a, ArrayShapes.accumulate(b, cur, idx, c));
    };

    static final TransposeRule SET = (t, op, cts) -> {
        int last = op.inputs().size() - 1;
        Value a = op.input(0), v = op.input(last), c = cts.get(0);
        List<Value> idx = indices(t, op.inputs().subList(1, last), op);
        Builder b = t.b();
        Value[] getArgs = idx.toArray(new Value[0]);
        if (t.isLinear(v)) t.addCt(v, b.arrayGet(c, getArgs));
        if (t.isLinear(a)) {
            Value zero = v.type().isScalar() ? b.zero(v.type().dtype()) : ArrayShapes.zerosLike(b, b.arrayGet(c, getArgs), null);
            t.addCt(a, b.arraySet(c, withValue(idx, zero)));
        }
    };

    static final TransposeRule LITERAL = (t, op, cts) -> {
        Value c = cts.get(0);
        for (int k = 0; k < op.inputs().size(); k++) {
            Value e = op.input(k);
            if (t.isLinear(e)) t.addCt(e, t.b().arrayGet(c, t.b().i32(k)));
        }
    };

    static final TransposeRule COPY = (t, op, cts) -> t.addCt(op.input(0), cts.get(0));

    private static List<Value> indices(Transposer t, List<Value> idx, dev.jaxc.ir.Op op) {
        List<Value> out = new ArrayList<>();
        for (Value i : idx) {
            if (t.isLinear(i)) throw t.nonlinear(op);
            out.add(t.known(i));
        }
        return out;
    }

    private static Value[] withValue(List<Value> idx, Value v) {
        Value[] a = new Value[idx.size() + 1];
        for (int i = 0; i < idx.size(); i++) a[i] = idx.get(i);
        a[idx.size()] = v;
        return a;
    }
}
