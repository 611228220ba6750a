package dev.jaxc.passes.ad;

import dev.jaxc.ir.Function;
import dev.jaxc.ir.Op;
import dev.jaxc.ir.Program;
import dev.jaxc.ir.Region;
import dev.jaxc.ir.Value;
import dev.jaxc.ir.prim.Call;
import dev.jaxc.ir.prim.Cond;
import dev.jaxc.ir.prim.ForLoop;
import dev.jaxc.ir.prim.WhileLoop;
import java.util.BitSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Which values of a function depend on a set of seed values (its tangent inputs): the
 * "unknown" values of partial evaluation and the linear values of transposition. Precise per
 * result through cond (a result is active if either branch yields an active value), loops (a
 * carry is active if its initial value or what the body yields is; a fixed point) and calls
 * (the callee is analysed with the active argument pattern).
 */
final class ActivityAnalysis {
    private final Program program;
    private final Set<Value> active = new HashSet<>();
    private final Map<String, BitSet> calleeMemo;
    private final CallOracle oracle;

    /** Decides a call's active results itself (null: analyse the callee). */
    @FunctionalInterface
    interface CallOracle {
        BitSet activeResults(String callee, BitSet activeArgs);
    }

    private ActivityAnalysis(Program program, Map<String, BitSet> calleeMemo, CallOracle oracle) {
        this.program = program;
        this.calleeMemo = calleeMemo;
        this.oracle = oracle;
    }

    /** The active values of region r (nested ones included) given its active parameters. */
    static Set<Value> of(Program program, Region r, Set<Value> seeds) { return of(program, r, seeds, null); }

    static Set<Value> of(Program program, Region r, Set<Value> seeds, CallOracle oracle) {
        ActivityAnalysis a = new ActivityAnalysis(program, new HashMap<>(), oracle);
        a.active.addAll(seeds);
        a.region(r);
        return a.active;
    }

    /** Which results of f are active when the flagged parameters are. */
    static BitSet activeResults(Program program, Function f, BitSet activeParams) {
        return new ActivityAnalysis(program, new HashMap<>(), null).callee(f, activeParams);
    }

    private void region(Region r) {
        for (Op op : r.ops()) op(op);
    }

    private boolean any(List<Value> vs) {
        for (Value v : vs) if (active.contains(v)) return true;
        return false;
    }

    private void op(Op op) {
        if (op.prim() instanceof Cond) {
            List<Value> operands = op.inputs().subList(1, op.inputs().size());
            for (Region r : op.regions()) {
                seedParams(r.params(), operands);
                region(r);
                for (int j = 0; j < op.results().size(); j++) if (active.contains(r.yields().get(j))) active.add(op.results().get(j));
            }
        } else if (op.prim() instanceof ForLoop f) {
            Region body = op.region(0);
            List<Value> ins = op.inputs().subList(2, op.inputs().size());
            List<Value> params = body.params().subList(1, body.params().size());
            seedParams(params, ins);
            int nc = f.nConsts();
            do region(body);
            while (feedBack(params.subList(nc, params.size()), body.yields(), 0));
            resultsFrom(op, body.params().subList(1 + nc, body.params().size()));
        } else if (op.prim() instanceof WhileLoop w) {
            Region cond = op.region(0), body = op.region(1);
            seedParams(cond.params(), op.inputs());
            seedParams(body.params(), op.inputs());
            int nc = w.nConsts();
            boolean again;
            do {
                region(cond);
                region(body);
                again = feedBack(cond.params().subList(nc, cond.params().size()), cond.yields(), 1)
                        | feedBack(body.params().subList(nc, body.params().size()), cond.yields(), 1)
                        | feedBack(cond.params().subList(nc, cond.params().size()), body.yields(), 0)
                        | feedBack(body.params().subList(nc, body.params().size()), body.yields(), 0);
            } while (again);
            resultsFrom(op, cond.params().subList(nc, cond.params().size()));
            for (int j = 0; j < op.results().size(); j++) if (active.contains(cond.yields().get(1 + j))) active.add(op.results().get(j));
        } else if (op.prim() instanceof Call c) {
            if (!any(op.inputs())) return;
            Function callee = program.get(c.callee());
            BitSet mask = new BitSet();
            for (int i = 0; i < op.inputs().size(); i++) if (active.contains(op.inputs().get(i))) mask.set(i);
            BitSet res = oracle != null ? oracle.activeResults(c.callee(), mask)
                    : callee == null ? allOf(op.results().size()) : callee(callee, mask);
            for (int j = 0; j < op.results().size(); j++) if (res.get(j)) active.add(op.results().get(j));
        } else if (any(op.inputs())) {
            active.addAll(op.results());
        }
    }

    private BitSet callee(Function f, BitSet mask) {
        String key = f.name() + "|" + mask;
        BitSet known = calleeMemo.get(key);
        if (known != null) return known;
        calleeMemo.put(key, allOf(f.resultTypes().size())); // recursion: be conservative
        ActivityAnalysis inner = new ActivityAnalysis(program, calleeMemo, null);
        for (int i = mask.nextSetBit(0); i >= 0; i = mask.nextSetBit(i + 1)) inner.active.add(f.params().get(i));
        inner.region(f.body());
        BitSet out = new BitSet();
        for (int j = 0; j < f.body().yields().size(); j++) if (inner.active.contains(f.body().yields().get(j))) out.set(j);
        calleeMemo.put(key, out);
        return out;
    }

    private static BitSet allOf(int n) {
        BitSet b = new BitSet();
        b.set(0, n);
        return b;
    }

    private void seedParams(List<Value> params, List<Value> inputs) {
        for (int i = 0; i < params.size(); i++) if (active.contains(inputs.get(i))) active.add(params.get(i));
    }

    /** Marks carry parameters whose yielded value is active; true when that added any. */
    private boolean feedBack(List<Value> carryParams, List<Value> yields, int offset) {
        boolean grew = false;
        for (int j = 0; j < carryParams.size(); j++)
            if (active.contains(yields.get(offset + j)) && active.add(carryParams.get(j))) grew = true;
        return grew;
    }

    private void resultsFrom(Op op, List<Value> carryParams) {
        for (int j = 0; j < op.results().size(); j++) if (active.contains(carryParams.get(j))) active.add(op.results().get(j));
    }
}
