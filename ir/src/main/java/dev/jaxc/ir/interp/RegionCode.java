package dev.jaxc.ir.interp;

import dev.jaxc.ir.Op;
import dev.jaxc.ir.Region;
import dev.jaxc.ir.Value;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * A region compiled for the interpreter: every value gets a slot of a frame (parameters first,
 * then op results in order) and every op an {@link Exec}. Frames are {@code Object[]} with a
 * parallel {@code boolean[]} of ownership (see {@link Ownership}); a caller binds the
 * parameters, runs the ops and reads the yields.
 */
final class RegionCode {
    final int nParams;
    final int size;
    private final Exec[] ops;
    private final int[] yields;
    private final boolean[] yieldTransfer;

    private RegionCode(int nParams, int size, Exec[] ops, int[] yields, boolean[] yieldTransfer) {
        this.nParams = nParams;
        this.size = size;
        this.ops = ops;
        this.yields = yields;
        this.yieldTransfer = yieldTransfer;
    }

    static RegionCode compile(Region r, Interpreter ip) {
        Map<Value, Integer> slots = new IdentityHashMap<>();
        for (Value p : r.params()) slots.put(p, slots.size());
        Ownership.Result own = Ownership.analyze(r);
        List<Op> ops = r.ops();
        Exec[] execs = new Exec[ops.size()];
        for (int j = 0; j < ops.size(); j++) {
            Op op = ops.get(j);
            int[] in = slotsOf(op.inputs(), slots);
            int[] out = new int[op.results().size()];
            for (int k = 0; k < out.length; k++) {
                out[k] = slots.size();
                slots.put(op.results().get(k), out[k]);
            }
            execs[j] = op.prim().accept(new OpCompiler(op, in, out, own.inputs()[j], ip));
        }
        return new RegionCode(r.params().size(), slots.size(), execs, slotsOf(r.yields(), slots), own.yields());
    }

    private static int[] slotsOf(List<Value> vs, Map<Value, Integer> slots) {
        int[] s = new int[vs.size()];
        for (int i = 0; i < s.length; i++) s[i] = slots.get(vs.get(i));
        return s;
    }

    Object[] newFrame() { return new Object[size]; }

    boolean[] newOwned() { return new boolean[size]; }

    void run(Object[] frame, boolean[] owned) {
        for (Exec e : ops) e.run(frame, owned);
    }

    int yieldCount() { return yields.length; }

    Object yield(Object[] frame, int k) { return frame[yields[k]]; }

    /** Whether the k-th yielded array may be handed over to the receiver without a copy. */
    boolean yieldOwned(boolean[] owned, int k) { return yieldTransfer[k] && owned[yields[k]]; }

    /** Copies yields {@code from..} to the given slots of another frame. */
    void yieldTo(Object[] frame, boolean[] owned, int from, Object[] dst, boolean[] dstOwned, int[] dstSlots) {
        for (int k = 0; k < dstSlots.length; k++) {
            dst[dstSlots[k]] = frame[yields[from + k]];
            dstOwned[dstSlots[k]] = yieldOwned(owned, from + k);
        }
    }
}
