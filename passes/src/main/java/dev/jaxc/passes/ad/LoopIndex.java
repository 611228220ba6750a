package dev.jaxc.passes.ad;

import dev.jaxc.ir.Builder;
import dev.jaxc.ir.DType;
import dev.jaxc.ir.Value;
import dev.jaxc.ir.prim.BinaryOp;

/**
 * Index arithmetic of counted loops: the trip count of Java's {@code for (i = lo; i < hi; i += step)}
 * (computed in 64 bits, so no bound overflows it), the iteration number k of index i, and the
 * index of iteration k. Reverse mode uses them to size tapes and to run loops backwards.
 */
final class LoopIndex {
    private LoopIndex() {}

    static Value tripCount(Builder b, Value lo, Value hi, int step, boolean inclusive) {
        Value lo64 = b.convert(lo, DType.I64), hi64 = b.convert(hi, DType.I64);
        Value span = step > 0 ? b.sub(hi64, lo64) : b.sub(lo64, hi64);
        if (inclusive) span = b.add(span, b.i64(1));
        long s = Math.abs((long) step);
        Value n = s == 1 ? span : b.div(b.add(span, b.i64(s - 1)), b.i64(s));
        n = b.binary(BinaryOp.MAX, n, b.i64(0));
        return b.convert(n, DType.I32);
    }

    /** k = (i - lo) / step. */
    static Value iteration(Builder b, Value i, Value lo, int step) {
        if (step == 1) return b.sub(i, lo);
        if (step == -1) return b.sub(lo, i);
        return b.div(b.sub(i, lo), b.i32(step));
    }

    /** i = lo + k * step. */
    static Value index(Builder b, Value lo, Value k, int step) {
        if (step == 1) return b.add(lo, k);
        if (step == -1) return b.sub(lo, k);
        return b.add(lo, b.mul(k, b.i32(step)));
    }
}
