package dev.jaxc.ir.interp;

import dev.jaxc.ir.prim.ForLoop;

/**
 * {@code for (int i = lo; i < hi; i += step)} exactly as Java runs it ({@code <=} when inclusive,
 * {@code >}/{@code >=} for a negative step), int wrap-around included. The body's frame is
 * reused across iterations: it is closed, so nothing but the carries outlives an iteration.
 */
final class ForLoopExec implements Exec {
    private final int step;
    private final boolean inclusive;
    private final RegionCode body;
    private final int lo, hi;
    /** Input slots of the consts and initial carries, in parameter order after i. */
    private final int[] operands;
    private final boolean[] moveIn;
    private final int nConsts;
    private final int[] results;
    private final int[] carrySlots;

    ForLoopExec(ForLoop p, RegionCode body, int[] in, int[] out, boolean[] transfer) {
        this.step = p.step();
        this.inclusive = p.inclusive();
        this.body = body;
        this.lo = in[0];
        this.hi = in[1];
        this.operands = java.util.Arrays.copyOfRange(in, 2, in.length);
        this.moveIn = java.util.Arrays.copyOfRange(transfer, 2, transfer.length);
        this.nConsts = p.nConsts();
        this.results = out;
        this.carrySlots = new int[out.length];
        for (int k = 0; k < out.length; k++) carrySlots[k] = 1 + nConsts + k;
    }

    @Override public void run(Object[] f, boolean[] own) {
        Object[] bf = body.newFrame();
        boolean[] bo = body.newOwned();
        for (int k = 0; k < operands.length; k++) {
            bf[1 + k] = f[operands[k]];
            // Consts are read by every iteration: never handed over.
            bo[1 + k] = k >= nConsts && moveIn[k] && own[operands[k]];
        }
        int n = results.length;
        Object[] next = new Object[n];
        boolean[] nextOwned = new boolean[n];
        int end = (Integer) f[hi];
        for (int i = (Integer) f[lo]; test(i, end); i += step) {
            bf[0] = i;
            body.run(bf, bo);
            // Through a buffer: a yield may be another carry's parameter.
            for (int k = 0; k < n; k++) {
                next[k] = body.yield(bf, k);
                nextOwned[k] = body.yieldOwned(bo, k);
            }
            for (int k = 0; k < n; k++) {
                bf[carrySlots[k]] = next[k];
                bo[carrySlots[k]] = nextOwned[k];
            }
        }
        for (int k = 0; k < n; k++) {
            f[results[k]] = bf[carrySlots[k]];
            own[results[k]] = bo[carrySlots[k]];
        }
    }

    private boolean test(int i, int end) {
        if (step > 0) return inclusive ? i <= end : i < end;
        return inclusive ? i >= end : i > end;
    }
}
