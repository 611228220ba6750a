package dev.jaxc.passes.ad;

import dev.jaxc.ir.Builder;
import dev.jaxc.ir.Type;
import dev.jaxc.ir.Value;
import java.util.ArrayList;
import java.util.List;

/**
 * Per-iteration tapes of the forward sweep, built from plain array primitives: a tape of
 * values of type T is a T[] (one more dimension) indexed by iteration. Counted loops size
 * theirs up front; while loops start small and double (amortized O(1) per push, the copy is
 * one loop per growth).
 */
final class Tapes {
    static final int INITIAL_CAPACITY = 16;

    private Tapes() {}

    static Type tapeType(Type element) { return element.withExtraDim(); }

    static Value allocate(Builder b, Type element, Value size) {
        return b.arrayNew(element.dtype(), element.rank() + 1, size);
    }

    static Value push(Builder b, Value tape, Value k, Value v) { return b.arraySet(tape, k, v); }

    static Value read(Builder b, Value tape, Value k) { return b.arrayGet(tape, k); }

    /** Makes room for index k in every tape (all tapes share one capacity). */
    static List<Value> ensureCapacity(Builder b, Value k, List<Value> tapes) {
        if (tapes.isEmpty()) return tapes;
        Value cap = b.arrayLength(tapes.get(0));
        Value full = b.compare(dev.jaxc.ir.prim.CmpOp.GE, k, cap);
        List<Value> operands = new ArrayList<>();
        operands.add(cap);
        operands.addAll(tapes);
        return b.cond(full, operands, (bb, ps) -> {
            Value old = ps.get(0);
            Value bigger = bb.mul(old, bb.i32(2));
            List<Value> grown = new ArrayList<>();
            for (Value t : ps.subList(1, ps.size())) grown.add(allocate(bb, t.type().element(), bigger));
            return bb.forLoop(bb.i32(0), old, 1, false, ps.subList(1, ps.size()), grown, (lb, lp) -> {
                int n = grown.size();
                Value q = lp.get(0);
                List<Value> out = new ArrayList<>();
                for (int i = 0; i < n; i++) out.add(lb.arraySet(lp.get(1 + n + i), q, lb.arrayGet(lp.get(1 + i), q)));
                return out;
            });
        }, (bb, ps) -> ps.subList(1, ps.size()));
    }
}
