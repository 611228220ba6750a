package dev.jaxc.passes.batching;

import dev.jaxc.ir.Function;
import dev.jaxc.ir.Op;
import dev.jaxc.ir.Region;
import dev.jaxc.ir.Value;
import dev.jaxc.ir.prim.*;
import dev.jaxc.passes.util.Effects;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Which values of a function differ between lanes under vmap (JAX's batched-or-not, computed
 * ahead of emission so that loop carries get one representation for the whole loop: a carry is
 * varying if its init or anything the body yields for it is, a fixed point as in JAX's
 * {@code _batch_jaxpr} for while), and the {@link Plan} of every op.
 *
 * <p>Masked code (a branch of a batched cond, the body of a lock-step loop) runs for lanes that
 * do not own it, so an op there that may throw or not terminate is evaluated per lane and
 * guarded, even when its inputs are uniform; its results are varying.
 */
final class VaryingAnalysis {
    /** If-converting a uniform cond runs both branches; do it only for small, loop-free ones. */
    static final int IF_CONVERT_MAX_OPS = 64;

    private final Set<Value> varying = Collections.newSetFromMap(new IdentityHashMap<>());
    private final Map<Op, Plan> plans = new IdentityHashMap<>();
    private boolean gangControl;

    private VaryingAnalysis() {}

    static VaryingAnalysis of(Function f, List<Boolean> batchedParams) {
        VaryingAnalysis a = new VaryingAnalysis();
        a.region(f.body(), batchedParams, false);
        return a;
    }

    boolean isVarying(Value v) { return varying.contains(v); }

    Plan plan(Op op) {
        Plan p = plans.get(op);
        if (p == null) throw new IllegalStateException("no batching plan for " + op.prim().name());
        return p;
    }

    /** True if some loop or branch must run around lane loops (so tiling the batch pays). */
    boolean needsGangControl() { return gangControl; }

    private void region(Region r, List<Boolean> params, boolean masked) {
        for (int i = 0; i < params.size(); i++) if (params.get(i)) varying.add(r.params().get(i));
        for (Op op : r.ops()) op(op, masked);
    }

    private List<Boolean> flags(List<Value> vs) {
        List<Boolean> out = new ArrayList<>(vs.size());
        for (Value v : vs) out.add(varying.contains(v));
        return out;
    }

    private static List<Boolean> all(int n) { return new ArrayList<>(Collections.nCopies(n, true)); }

    private static List<Boolean> concat(List<Boolean> a, List<Boolean> b) {
        List<Boolean> out = new ArrayList<>(a);
        out.addAll(b);
        return out;
    }

    private void op(Op op, boolean masked) {
        boolean anyVarying = false;
        for (Value in : op.inputs()) anyVarying |= varying.contains(in);
        if (!anyVarying && (!masked || !Effects.mayThrow(op))) {
            plans.put(op, Plan.UNIFORM);
            return;
        }
        op.prim().accept(new Planner(op, masked));
    }

    /** Plans a non-uniform op and marks its varying results. */
    private final class Planner implements PrimitiveVisitor<Void> {
        private final Op op;
        private final boolean masked;

        Planner(Op op, boolean masked) {
            this.op = op;
            this.masked = masked;
        }

        private Void lane() {
            plans.put(op, Plan.LANE);
            varying.addAll(op.results());
            return null;
        }

        @Override public Void visitConst(Const p) { return lane(); }
        @Override public Void visitUnary(Unary p) { return lane(); }
        @Override public Void visitBinary(Binary p) { return lane(); }
        @Override public Void visitCompare(Compare p) { return lane(); }
        @Override public Void visitConvert(Convert p) { return lane(); }
        @Override public Void visitSelect(Select p) { return lane(); }
        @Override public Void visitArrayNew(ArrayNew p) { return lane(); }
        @Override public Void visitArrayLiteral(ArrayLiteral p) { return lane(); }
        @Override public Void visitArrayGet(ArrayGet p) { return lane(); }
        @Override public Void visitArraySet(ArraySet p) { return lane(); }
        @Override public Void visitArrayLength(ArrayLength p) { return lane(); }
        @Override public Void visitArrayCopy(ArrayCopy p) { return lane(); }
        @Override public Void visitCall(Call p) { return lane(); }
        /** A draw from a batched key (or other batched input) is the scalar draw per lane. */
        @Override public Void visitPrng(Prng p) { return lane(); }

        @Override public Void visitCond(Cond p) {
            List<Boolean> operands = flags(op.inputs().subList(1, op.inputs().size()));
            boolean varyingPred = varying.contains(op.input(0));
            Plan plan = varyingPred || ifConvertible(op) ? Plan.IF_CONVERT : Plan.GANG_COND;
            boolean inner = plan == Plan.IF_CONVERT || masked;
            region(op.region(0), operands, inner);
            region(op.region(1), operands, inner);
            for (int k = 0; k < op.results().size(); k++)
                if (varyingPred || varying.contains(op.region(0).yields().get(k)) || varying.contains(op.region(1).yields().get(k)))
                    varying.add(op.results().get(k));
            if (plan == Plan.GANG_COND) gangControl = true;
            plans.put(op, plan);
            return null;
        }

        @Override public Void visitForLoop(ForLoop p) {
            gangControl = true;
            Region body = op.region(0);
            List<Boolean> consts = flags(op.inputs().subList(2, 2 + p.nConsts()));
            int nCarries = op.results().size();
            if (varying.contains(op.input(0)) || varying.contains(op.input(1))) {
                plans.put(op, Plan.LOCKSTEP);
                region(body, concat(concat(List.of(true), consts), all(nCarries)), true);
                varying.addAll(op.results());
                return null;
            }
            plans.put(op, Plan.GANG_FOR);
            List<Boolean> carries = flags(op.inputs().subList(2 + p.nConsts(), op.inputs().size()));
            while (true) {
                region(body, concat(concat(List.of(false), consts), carries), masked);
                if (!widen(carries, body.yields(), 0)) break;
            }
            for (int k = 0; k < nCarries; k++) if (carries.get(k)) varying.add(op.results().get(k));
            return null;
        }

        @Override public Void visitWhileLoop(WhileLoop p) {
            gangControl = true;
            Region cond = op.region(0), body = op.region(1);
            List<Boolean> consts = flags(op.inputs().subList(0, p.nConsts()));
            int nCarries = op.results().size();
            if (!masked) {
                List<Boolean> carries = flags(op.inputs().subList(p.nConsts(), op.inputs().size()));
                while (true) {
                    region(cond, concat(consts, carries), false);
                    if (varying.contains(cond.yields().get(0))) break;
                    boolean changed = widen(carries, cond.yields(), 1);
                    region(body, concat(consts, carries), false);
                    changed |= widen(carries, body.yields(), 0);
                    if (!changed) {
                        plans.put(op, Plan.GANG_WHILE);
                        for (int k = 0; k < nCarries; k++) if (carries.get(k)) varying.add(op.results().get(k));
                        return null;
                    }
                }
            }
            // A varying condition, or masked lanes that must not keep a uniform loop running.
            plans.put(op, Plan.LOCKSTEP);
            region(cond, concat(consts, all(nCarries)), true);
            region(body, concat(consts, all(nCarries)), true);
            varying.addAll(op.results());
            return null;
        }

        /** carries[k] |= yields[offset + k] varying; true if any changed. */
        private boolean widen(List<Boolean> carries, List<Value> yields, int offset) {
            boolean changed = false;
            for (int k = 0; k < carries.size(); k++) {
                if (!carries.get(k) && varying.contains(yields.get(offset + k))) {
                    carries.set(k, true);
                    changed = true;
                }
            }
            return changed;
        }
    }

    /** A uniform cond is if-converted when both branches are small and loop-free. */
    private static boolean ifConvertible(Op cond) {
        int[] budget = {IF_CONVERT_MAX_OPS};
        return loopFree(cond.region(0), budget) && loopFree(cond.region(1), budget);
    }

    private static boolean loopFree(Region r, int[] budget) {
        for (Op op : r.ops()) {
            if (op.prim() instanceof ForLoop || op.prim() instanceof WhileLoop || --budget[0] < 0) return false;
            for (Region inner : op.regions()) if (!loopFree(inner, budget)) return false;
        }
        return true;
    }
}
