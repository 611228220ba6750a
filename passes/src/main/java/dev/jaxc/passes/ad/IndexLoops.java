package dev.jaxc.passes.ad;

import dev.jaxc.ir.Builder;
import dev.jaxc.ir.Type;
import dev.jaxc.ir.Value;
import java.util.ArrayList;
import java.util.List;

/**
 * Loops over every element index of an array value (ragged arrays of arrays included), as
 * nested ForLoops threading constants and carries through the closed regions. Used to run a
 * linear map once per basis vector (jacfwd) or per output element (jacrev) and to build
 * Jacobians of shape {@code out ⊗ in}.
 */
final class IndexLoops {
    private IndexLoops() {}

    @FunctionalInterface
    interface Body {
        /** @return the next carries */
        List<Value> at(Builder b, List<Value> index, List<Value> consts, List<Value> carries);
    }

    /** Runs body for each index tuple of {@code like} (once, with no index, for a scalar). */
    static List<Value> forEach(Builder b, Value like, List<Value> consts, List<Value> carries, Body body) {
        return loop(b, like, List.of(), consts, carries, body);
    }

    private static List<Value> loop(Builder b, Value like, List<Value> index, List<Value> consts, List<Value> carries, Body body) {
        if (like.type().isScalar()) return body.at(b, index, consts, carries);
        List<Value> cs = new ArrayList<>();
        cs.add(like);
        cs.addAll(index);
        cs.addAll(consts);
        int ni = index.size(), nc = consts.size();
        return b.forLoop(b.i32(0), b.arrayLength(like), 1, false, cs, carries, (bb, ps) -> {
            Value i = ps.get(0), l = ps.get(1);
            List<Value> idx = new ArrayList<>(ps.subList(2, 2 + ni));
            idx.add(i);
            List<Value> c = ps.subList(2 + ni, 2 + ni + nc), car = ps.subList(2 + ni + nc, ps.size());
            return loop(bb, bb.arrayGet(l, i), idx, c, car, body);
        });
    }

    /**
     * A zero array of shape {@code outer ⊗ inner}: for each index o of outer, a zero array
     * shaped like inner (or a zero if inner is a scalar). With {@code fillLeaves} false the
     * innermost level is left for the caller to store (rows are null).
     */
    static Value outerZeros(Builder b, Value outer, Value inner, boolean fillLeaves) {
        if (outer.type().isScalar()) return fillLeaves ? zerosLike(b, inner) : null;
        Type t = Type.of(inner.type().dtype(), outer.type().rank() + inner.type().rank());
        Value n = b.arrayLength(outer);
        Value j = b.arrayNew(t.dtype(), t.rank(), n);
        boolean leafLevel = outer.type().rank() == 1;
        if (leafLevel && !fillLeaves) return j;
        if (leafLevel && inner.type().isScalar()) return j;
        return b.forLoop(b.i32(0), n, 1, false, List.of(outer, inner), List.of(j), (bb, ps) -> {
            Value row = outerZeros(bb, bb.arrayGet(ps.get(1), ps.get(0)), ps.get(2), fillLeaves);
            return List.of(bb.arraySet(ps.get(3), ps.get(0), row));
        }).get(0);
    }

    static Value zerosLike(Builder b, Value like) {
        return dev.jaxc.passes.util.ArrayShapes.zerosLike(b, like, null);
    }

    /** {@code a[idx...] = v} (idx may be empty: then v replaces a). */
    static Value store(Builder b, Value a, List<Value> idx, Value v) {
        if (idx.isEmpty()) return v;
        Value[] args = new Value[idx.size() + 1];
        for (int i = 0; i < idx.size(); i++) args[i] = idx.get(i);
        args[idx.size()] = v;
        return b.arraySet(a, args);
    }

    static Value load(Builder b, Value a, List<Value> idx) {
        return idx.isEmpty() ? a : b.arrayGet(a, idx.toArray(new Value[0]));
    }
}
