package dev.jaxc.passes.ad;

import dev.jaxc.ir.Builder;
import dev.jaxc.ir.Function;
import dev.jaxc.ir.Op;
import dev.jaxc.ir.Value;
import dev.jaxc.ir.prim.ArrayCopy;
import dev.jaxc.ir.prim.ArrayGet;
import dev.jaxc.ir.prim.ArrayLiteral;
import dev.jaxc.ir.prim.ArraySet;
import dev.jaxc.ir.prim.Call;
import dev.jaxc.ir.prim.Cond;
import dev.jaxc.ir.prim.ForLoop;
import dev.jaxc.ir.prim.Select;
import dev.jaxc.ir.prim.WhileLoop;
import dev.jaxc.passes.util.Remapper;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Partial evaluation of a JVP function with known primal inputs and unknown tangent inputs
 * (JAX's {@code partial_eval}): every op goes to the known function (the forward sweep) or, if
 * it reads an unknown value, to the linear function; known values the linear function reads
 * become residuals. Control flow is split region by region ({@link PeControlFlow}); loops keep
 * their residuals on per-iteration tapes. Linear array values get a "twin", a known value of
 * the same shape, which transposition needs to create zero cotangents.
 */
final class PartialEvaluator {
    final AdContext ctx;
    final Set<Value> active;
    final Map<Value, Value> jTwins;
    final Remapper km = new Remapper();
    final Map<Value, Value> lm = new HashMap<>();
    final Map<Value, Value> linTwins = new HashMap<>();
    final Map<Value, Op> kdefs = new HashMap<>();
    /** Checkpointing of the function's outermost loops: -1 off, 0 every √n iterations, else every that many. */
    int checkpointEvery = -1;

    private PartialEvaluator(AdContext ctx, Set<Value> active, Map<Value, Value> jTwins) {
        this.ctx = ctx;
        this.active = active;
        this.jTwins = jTwins == null ? Map.of() : jTwins;
    }

    /**
     * The two halves of a split function: {@code fwd(known params) → (known results...,
     * residuals...)} and {@code lin(residuals..., unknown params) → (unknown results...)}.
     */
    record Split(Function fwd, Function lin, Map<Value, Value> linTwins, BitSet knownResults, int residuals) {}

    static Split split(AdContext ctx, Function j, Map<Value, Value> jTwins, BitSet unknownParams, String fwdName, String linName) {
        return split(ctx, j, jTwins, unknownParams, fwdName, linName, -1);
    }

    static Split split(AdContext ctx, Function j, Map<Value, Value> jTwins, BitSet unknownParams, String fwdName, String linName, int checkpointEvery) {
        Set<Value> seeds = new HashSet<>();
        for (int i = unknownParams.nextSetBit(0); i >= 0; i = unknownParams.nextSetBit(i + 1)) seeds.add(j.params().get(i));
        ActivityAnalysis.CallOracle oracle = (callee, mask) -> {
            BitSet r = (BitSet) CalleeSplit.of(ctx, callee, mask, j.loc()).knownResults().clone();
            r.flip(0, ctx.function(callee).resultTypes().size());
            return r;
        };
        PartialEvaluator pe = new PartialEvaluator(ctx, ActivityAnalysis.of(ctx.program(), j.body(), seeds, oracle), jTwins);
        Builder kb = new Builder().at(j.loc()), lb = new Builder().at(j.loc());
        pe.checkpointEvery = checkpointEvery;
        PeScope.Top top = new PeScope.Top(kb, lb, pe.kdefs);
        List<Value> knownParams = new ArrayList<>(), unknownLin = new ArrayList<>();
        for (int i = 0; i < j.params().size(); i++) {
            if (unknownParams.get(i)) continue;
            Value p = j.params().get(i), np = new Value(p.type(), p.hint());
            pe.km.bind(p, np);
            knownParams.add(np);
        }
        for (int i = unknownParams.nextSetBit(0); i >= 0; i = unknownParams.nextSetBit(i + 1)) {
            Value p = j.params().get(i), np = new Value(p.type(), p.hint());
            unknownLin.add(np);
            pe.bindLinear(p, np, top);
        }
        pe.ops(j.body().ops(), top);
        BitSet knownResults = new BitSet();
        List<Value> linYields = new ArrayList<>(), fwdYields = new ArrayList<>();
        for (int r = 0; r < j.body().yields().size(); r++) {
            Value y = j.body().yields().get(r);
            if (pe.isActive(y)) linYields.add(pe.lm.get(y));
            else {
                knownResults.set(r);
                fwdYields.add(pe.km.get(y));
            }
        }
        fwdYields.addAll(top.residualKnown);
        List<Value> linParams = new ArrayList<>(top.residualParams);
        linParams.addAll(unknownLin);
        Function fwd = new Function(fwdName, kb.finish(knownParams, fwdYields), List.of(), j.loc());
        Function lin = new Function(linName, lb.finish(linParams, linYields), List.of(), j.loc());
        return new Split(fwd, lin, pe.linTwins, knownResults, top.residualParams.size());
    }

    boolean isActive(Value j) { return active.contains(j); }

    private boolean anyActive(List<Value> vs) {
        for (Value v : vs) if (active.contains(v)) return true;
        return false;
    }

    /** The linear-side value standing for original value j in scope s. */
    Value linearInput(Value j, PeScope s) {
        if (isActive(j)) {
            Value v = lm.get(j);
            if (v == null) throw new IllegalStateException("no linear value for " + j);
            return v;
        }
        return s.toLinear(km.get(j));
    }

    /**
     * Binds an unknown value; array values also get their twin on the linear side: the length
     * for a one-dimensional array (so no array is kept alive for its shape), the known array
     * itself for arrays of arrays (their rows may differ in length).
     */
    void bindLinear(Value j, Value lv, PeScope s) {
        lm.put(j, lv);
        if (!lv.type().isArray()) return;
        Value jt = jTwins.get(j);
        if (jt == null || isActive(jt)) return;
        Value kt = km.get(jt);
        if (lv.type().rank() == 1) {
            kt = s.kb.arrayLength(kt);
            Op len = s.kb.ops().get(s.kb.ops().size() - 1);
            kdefs.put(kt, len);
        }
        linTwins.put(lv, s.toLinear(kt));
    }

    /** A twin in canonical form: a length for one-dimensional arrays. */
    private static Value shape(Builder lb, Value t, int rank) {
        if (t == null) return null;
        return rank == 1 && t.type().isArray() ? lb.arrayLength(t) : t;
    }

    void ops(List<Op> ops, PeScope s) {
        for (Op op : ops) op(op, s);
    }

    void op(Op op, PeScope s) {
        s.kb.at(op.loc());
        s.lb.at(op.loc());
        if (!anyActive(op.inputs())) {
            known(op, s);
        } else if (op.prim() instanceof Cond) {
            PeControlFlow.cond(this, op, s);
        } else if (op.prim() instanceof ForLoop f) {
            PeControlFlow.forLoop(this, op, f, s);
        } else if (op.prim() instanceof WhileLoop w) {
            PeControlFlow.whileLoop(this, op, w, s);
        } else if (op.prim() instanceof Call c) {
            call(op, c, s);
        } else {
            linear(op, s);
        }
    }

    void known(Op op, PeScope s) {
        km.copyOp(s.kb, op);
        Op copy = s.kb.ops().get(s.kb.ops().size() - 1);
        for (Value v : copy.results()) kdefs.put(v, copy);
    }

    private void linear(Op op, PeScope s) {
        List<Value> in = new ArrayList<>();
        for (Value v : op.inputs()) in.add(linearInput(v, s));
        List<Value> out = Remapper.fresh(op.results());
        s.lb.append(new Op(op.prim(), in, out, List.of(), op.loc()));
        for (int i = 0; i < out.size(); i++) {
            bindLinear(op.results().get(i), out.get(i), s);
            if (out.get(i).type().isArray() && !linTwins.containsKey(out.get(i))) {
                Value t = shape(s.lb, inferTwin(op, in, s), out.get(i).type().rank());
                if (t != null) linTwins.put(out.get(i), t);
            }
        }
    }

    /**
     * A known value shaped like the result of a linear array op that no JVP twin covers (code
     * of custom rules): the stored-into array, the copied array, the row of the twin...
     */
    private Value inferTwin(Op op, List<Value> in, PeScope s) {
        if (op.prim() instanceof ArraySet || op.prim() instanceof ArrayCopy) {
            Value base = op.input(0);
            return isActive(base) ? linTwins.get(in.get(0)) : in.get(0);
        }
        if (op.prim() instanceof ArrayGet g) {
            Value bt = linTwins.get(in.get(0));
            if (bt == null) return null;
            return s.lb.arrayGet(bt, in.subList(1, in.size()).toArray(new Value[0]));
        }
        if (op.prim() instanceof Select) {
            int rank = op.result().type().rank();
            Value a = shape(s.lb, twinOrSelf(op.input(1), in.get(1)), rank), b = shape(s.lb, twinOrSelf(op.input(2), in.get(2)), rank);
            return a == null || b == null ? null : s.lb.select(in.get(0), a, b);
        }
        if (op.prim() instanceof ArrayLiteral lit && lit.rank() == 1) return s.lb.i32(in.size());
        return null;
    }

    private Value twinOrSelf(Value j, Value lin) { return isActive(j) ? linTwins.get(lin) : lin; }

    private void call(Op op, Call c, PeScope s) {
        BitSet mask = new BitSet();
        for (int i = 0; i < op.inputs().size(); i++) if (isActive(op.inputs().get(i))) mask.set(i);
        CalleeSplit split = CalleeSplit.of(ctx, c.callee(), mask, op.loc());
        List<Value> knownArgs = new ArrayList<>();
        for (int i = 0; i < op.inputs().size(); i++) if (!mask.get(i)) knownArgs.add(km.get(op.inputs().get(i)));
        List<Value> fwdRes = s.kb.emit(new Call(split.fwd().name(), split.fwd().resultTypes()), knownArgs, List.of());
        int k = 0;
        for (int r = 0; r < op.results().size(); r++) if (split.knownResults().get(r)) km.bind(op.results().get(r), fwdRes.get(k++));
        List<Value> linArgs = new ArrayList<>();
        for (int i = k; i < fwdRes.size(); i++) linArgs.add(s.toLinear(fwdRes.get(i)));
        for (int i = 0; i < op.inputs().size(); i++) if (mask.get(i)) linArgs.add(lm.get(op.inputs().get(i)));
        List<Value> linRes = s.lb.emit(new Call(split.lin().name(), split.lin().resultTypes()), linArgs, List.of());
        int l = 0;
        for (int r = 0; r < op.results().size(); r++) if (!split.knownResults().get(r)) bindLinear(op.results().get(r), linRes.get(l++), s);
    }
}
