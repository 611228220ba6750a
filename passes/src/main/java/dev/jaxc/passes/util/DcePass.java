package dev.jaxc.passes.util;

import dev.jaxc.ir.Function;
import dev.jaxc.ir.Op;
import dev.jaxc.ir.Region;
import dev.jaxc.ir.Value;
import dev.jaxc.ir.prim.Cond;
import dev.jaxc.ir.prim.ForLoop;
import dev.jaxc.ir.prim.WhileLoop;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Dead-code elimination: drops ops whose results are unused, and inside structured control
 * flow drops unused cond results and operands, loop carries (a fixed point: a carry is live
 * when its result is used or its parameter feeds a live yield) and loop constants. Values
 * keep their identity, so maps keyed by values stay valid across the pass.
 *
 * <p>{@link #pure()} treats every op as pure, as JAX does: a dead {@code a[i]} that would
 * have thrown is removed. Use it on derived code, where the primal computation that survives
 * is the one the derivative needs. {@link #preservingExceptions()} keeps ops that may throw
 * or may not terminate (see {@link Effects}), for code whose Java semantics must stay exact.
 */
public final class DcePass {
    private final boolean preserveEffects;

    private DcePass(boolean preserveEffects) { this.preserveEffects = preserveEffects; }

    public static DcePass pure() { return new DcePass(false); }

    public static DcePass preservingExceptions() { return new DcePass(true); }

    /** Shorthand for {@code pure().apply(f)}. */
    public static Function run(Function f) { return pure().apply(f); }

    public Function apply(Function f) {
        return new Function(f.name(), apply(f.body()), f.resultNames(), f.loc());
    }

    /** The region with the same parameters and yields and only the ops those yields need. */
    public Region apply(Region r) {
        Set<Value> live = new HashSet<>(r.yields());
        return new Region(r.params(), sweep(r.ops(), live), r.yields());
    }

    /**
     * Keeps the ops needed for the values in {@code live} (and effects, if preserved), in
     * program order; on return {@code live} also holds every value those ops read.
     */
    private List<Op> sweep(List<Op> ops, Set<Value> live) {
        List<Op> kept = new ArrayList<>();
        for (int k = ops.size() - 1; k >= 0; k--) {
            Op op = ops.get(k);
            boolean used = false;
            for (Value v : op.results()) used |= live.contains(v);
            if (!used && !(preserveEffects && Effects.mayThrow(op))) continue;
            Op out = op.regions().isEmpty() ? op : shrink(op, live);
            kept.add(out);
            live.addAll(out.inputs());
        }
        Collections.reverse(kept);
        return kept;
    }

    private Op shrink(Op op, Set<Value> live) {
        if (op.prim() instanceof Cond) return shrinkCond(op, live);
        if (op.prim() instanceof ForLoop f) return shrinkFor(op, f, live);
        if (op.prim() instanceof WhileLoop w) return shrinkWhile(op, w, live);
        throw new IllegalStateException("region op " + op.prim().name() + " unknown to DCE");
    }

    private static BitSet liveResults(Op op, Set<Value> live) {
        BitSet b = new BitSet();
        for (int i = 0; i < op.results().size(); i++) if (live.contains(op.results().get(i))) b.set(i);
        return b;
    }

    private static <T> List<T> pick(List<T> xs, BitSet keep) {
        List<T> out = new ArrayList<>();
        for (int i = 0; i < xs.size(); i++) if (keep.get(i)) out.add(xs.get(i));
        return out;
    }

    private Op shrinkCond(Op op, Set<Value> live) {
        BitSet keep = liveResults(op, live);
        List<Value> operands = op.inputs().subList(1, op.inputs().size());
        BitSet usedOperands = new BitSet();
        List<List<Op>> bodies = new ArrayList<>();
        for (Region r : op.regions()) {
            Set<Value> l = new HashSet<>(pick(r.yields(), keep));
            bodies.add(sweep(r.ops(), l));
            for (int i = 0; i < r.params().size(); i++) if (l.contains(r.params().get(i))) usedOperands.set(i);
        }
        List<Region> regions = new ArrayList<>();
        for (int b = 0; b < 2; b++) {
            Region r = op.region(b);
            regions.add(new Region(pick(r.params(), usedOperands), bodies.get(b), pick(r.yields(), keep)));
        }
        List<Value> inputs = new ArrayList<>();
        inputs.add(op.input(0));
        inputs.addAll(pick(operands, usedOperands));
        return new Op(op.prim(), inputs, pick(op.results(), keep), regions, op.loc());
    }

    private Op shrinkFor(Op op, ForLoop f, Set<Value> live) {
        Region body = op.region(0);
        int nc = f.nConsts();
        List<Value> constParams = body.params().subList(1, 1 + nc);
        List<Value> carryParams = body.params().subList(1 + nc, body.params().size());
        BitSet keep = liveResults(op, live);
        List<Op> ops;
        Set<Value> l;
        while (true) {
            l = new HashSet<>(pick(body.yields(), keep));
            ops = sweep(body.ops(), l);
            if (!growCarries(carryParams, l, keep)) break;
        }
        BitSet keepConsts = used(constParams, l);
        List<Value> params = new ArrayList<>();
        params.add(body.params().get(0));
        params.addAll(pick(constParams, keepConsts));
        params.addAll(pick(carryParams, keep));
        List<Value> inputs = new ArrayList<>(op.inputs().subList(0, 2));
        inputs.addAll(pick(op.inputs().subList(2, 2 + nc), keepConsts));
        inputs.addAll(pick(op.inputs().subList(2 + nc, op.inputs().size()), keep));
        Region nb = new Region(params, ops, pick(body.yields(), keep));
        return new Op(f.withConsts(keepConsts.cardinality()), inputs, pick(op.results(), keep), List.of(nb), op.loc());
    }

    private Op shrinkWhile(Op op, WhileLoop w, Set<Value> live) {
        Region cond = op.region(0), body = op.region(1);
        int nc = w.nConsts();
        BitSet keep = liveResults(op, live);
        List<Op> condOps, bodyOps;
        Set<Value> lc, lb;
        while (true) {
            lc = new HashSet<>(pick(cond.yields().subList(1, cond.yields().size()), keep));
            lc.add(cond.yields().get(0));
            condOps = sweep(cond.ops(), lc);
            lb = new HashSet<>(pick(body.yields(), keep));
            bodyOps = sweep(body.ops(), lb);
            boolean grew = growCarries(cond.params().subList(nc, cond.params().size()), lc, keep);
            grew |= growCarries(body.params().subList(nc, body.params().size()), lb, keep);
            if (!grew) break;
        }
        BitSet keepConsts = used(cond.params().subList(0, nc), lc);
        keepConsts.or(used(body.params().subList(0, nc), lb));
        BitSet keepParams = new BitSet();
        for (int i = 0; i < nc; i++) if (keepConsts.get(i)) keepParams.set(i);
        for (int j = 0; j < op.results().size(); j++) if (keep.get(j)) keepParams.set(nc + j);
        List<Value> condYields = new ArrayList<>();
        condYields.add(cond.yields().get(0));
        condYields.addAll(pick(cond.yields().subList(1, cond.yields().size()), keep));
        Region nc0 = new Region(pick(cond.params(), keepParams), condOps, condYields);
        Region nb = new Region(pick(body.params(), keepParams), bodyOps, pick(body.yields(), keep));
        return new Op(new WhileLoop(keepConsts.cardinality()), pick(op.inputs(), keepParams), pick(op.results(), keep), List.of(nc0, nb), op.loc());
    }

    /** Marks carries whose parameter is read; true when that added any. */
    private static boolean growCarries(List<Value> carryParams, Set<Value> live, BitSet keep) {
        boolean grew = false;
        for (int j = 0; j < carryParams.size(); j++)
            if (!keep.get(j) && live.contains(carryParams.get(j))) {
                keep.set(j);
                grew = true;
            }
        return grew;
    }

    private static BitSet used(List<Value> params, Set<Value> live) {
        BitSet b = new BitSet();
        for (int i = 0; i < params.size(); i++) if (live.contains(params.get(i))) b.set(i);
        return b;
    }
}
