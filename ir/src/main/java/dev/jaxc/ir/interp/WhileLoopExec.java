package dev.jaxc.ir.interp;

import dev.jaxc.ir.prim.WhileLoop;

/**
 * scf.while: {@code c = inits; loop { (p, c) = cond(consts, c); if (!p) return c; c = body(consts, c); }}.
 * Both regions' frames are reused across iterations.
 */
final class WhileLoopExec implements Exec {
    private final RegionCode cond, body;
    private final int nConsts;
    private final int[] operands;
    private final boolean[] moveIn;
    private final int[] results;
    private final int[] carrySlots;

    WhileLoopExec(WhileLoop p, RegionCode cond, RegionCode body, int[] in, int[] out, boolean[] transfer) {
        this.cond = cond;
        this.body = body;
        this.nConsts = p.nConsts();
        this.operands = in;
        this.moveIn = transfer;
        this.results = out;
        this.carrySlots = new int[out.length];
        for (int k = 0; k < out.length; k++) carrySlots[k] = nConsts + k;
    }

    @Override public void run(Object[] f, boolean[] own) {
        Object[] cf = cond.newFrame(), bf = body.newFrame();
        boolean[] co = cond.newOwned(), bo = body.newOwned();
        for (int k = 0; k < operands.length; k++) {
            cf[k] = f[operands[k]];
            bf[k] = f[operands[k]];
            co[k] = k >= nConsts && moveIn[k] && own[operands[k]];
        }
        while (true) {
            cond.run(cf, co);
            if (!(Boolean) cond.yield(cf, 0)) {
                cond.yieldTo(cf, co, 1, f, own, results);
                return;
            }
            cond.yieldTo(cf, co, 1, bf, bo, carrySlots);
            body.run(bf, bo);
            body.yieldTo(bf, bo, 0, cf, co, carrySlots);
        }
    }
}
