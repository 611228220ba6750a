package dev.jaxc.passes.ad;

import dev.jaxc.ir.Builder;
import dev.jaxc.ir.Op;
import dev.jaxc.ir.Region;
import dev.jaxc.ir.Value;
import dev.jaxc.ir.prim.Call;
import dev.jaxc.passes.util.ArrayShapes;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Emits the JVP of one function: every primal op is copied and followed by its tangent ops
 * (Enzyme's "shadow right after the primal"). Tangents are kept per original value; an absent
 * tangent is a symbolic zero, so rules skip work on zeros and nothing is computed for values
 * that do not depend on an active input.
 */
final class JvpEmitter {
    final AdContext ctx;
    private Builder b;
    private final Map<Value, Value> primal = new HashMap<>();
    private final Map<Value, Value> tangent = new HashMap<>();
    /** Defining op of each new primal value (zeros are built by replaying constructions). */
    private final Map<Value, Op> defs = new HashMap<>();
    /** New tangent array → new primal value of the same shape. */
    final Map<Value, Value> twins = new HashMap<>();

    JvpEmitter(AdContext ctx, Builder b) {
        this.ctx = ctx;
        this.b = b;
    }

    Builder b() { return b; }

    // ---- bindings -------------------------------------------------------------------------

    void bindPrimal(Value old, Value now) { primal.put(old, now); }

    /** Binds a tangent (null = zero); records its twin. */
    void bindTangent(Value old, Value t) {
        if (t == null) return;
        tangent.put(old, t);
        twin(t, primal(old));
    }

    Value primal(Value old) {
        Value v = primal.get(old);
        if (v == null) throw new IllegalStateException("no primal for " + old);
        return v;
    }

    /** The tangent of an original value, or null for a symbolic zero. */
    Value tangent(Value old) { return tangent.get(old); }

    void twin(Value t, Value p) {
        if (t != null && t.type().isArray()) twins.put(t, p);
    }

    void recordDefs(Op op) {
        for (Value v : op.results()) defs.put(v, op);
    }

    // ---- zeros ----------------------------------------------------------------------------

    /** A materialized zero tangent for the new primal value p. */
    Value zerosLike(Value p) {
        int before = b.ops().size();
        Value z = ArrayShapes.zerosLike(b, p, defs::get);
        for (int i = before; i < b.ops().size(); i++) recordDefs(b.ops().get(i));
        twin(z, p);
        return z;
    }

    /** t itself, or zeros like p when t is a symbolic zero. */
    Value instantiate(Value t, Value p) { return t != null ? t : zerosLike(p); }

    /** t1 + t2 with symbolic zeros (scalars only). */
    Value addTangents(Value t1, Value t2) {
        if (t1 == null) return t2;
        if (t2 == null) return t1;
        return b.add(t1, t2);
    }

    // ---- ops and regions ------------------------------------------------------------------

    void ops(List<Op> ops) {
        for (Op op : ops) op(op);
    }

    void op(Op op) {
        b.at(op.loc());
        List<Value> in = new ArrayList<>(op.inputs().size());
        List<Value> tin = new ArrayList<>(op.inputs().size());
        boolean anyTangent = false;
        for (Value v : op.inputs()) {
            in.add(primal(v));
            Value t = tangent(v);
            tin.add(t);
            anyTangent |= t != null;
        }
        int n = op.results().size();
        if (op.regions().isEmpty() && !(op.prim() instanceof Call)) {
            List<Value> out = new ArrayList<>(n);
            for (Value r : op.results()) out.add(new Value(r.type(), r.hint()));
            Op copy = new Op(op.prim(), in, out, List.of(), op.loc());
            b.append(copy);
            recordDefs(copy);
            for (int i = 0; i < n; i++) bindPrimal(op.results().get(i), out.get(i));
            boolean differentiable = false;
            for (Value r : op.results()) differentiable |= r.type().isDifferentiable();
            if (!anyTangent || !differentiable) return;
            List<Value> tout = JvpRules.of(op.prim()).jvp(this, op, in, tin, out);
            for (int i = 0; i < n; i++) bindTangent(op.results().get(i), tout.get(i));
        } else {
            List<Value> res = JvpRules.of(op.prim()).jvp(this, op, in, tin, null);
            for (int i = 0; i < n; i++) bindPrimal(op.results().get(i), res.get(i));
            for (int i = 0; i < n; i++) bindTangent(op.results().get(i), res.get(n + i));
        }
    }

    /** The JVP of a region built into its own builder; the caller may add ops before finishing it. */
    final class RegionJvp {
        final Builder builder;
        final List<Value> params;
        final List<Value> primalYields = new ArrayList<>();
        final List<Value> tangentYields = new ArrayList<>();

        RegionJvp(Builder builder, List<Value> params) {
            this.builder = builder;
            this.params = params;
        }

        /** Materializes tangent yield j (a zero if symbolic) inside this region. */
        Value tangentYield(int j) {
            Value t = tangentYields.get(j);
            if (t != null) return t;
            Builder saved = b;
            b = builder;
            try {
                Value z = zerosLike(primalYields.get(j));
                tangentYields.set(j, z);
                return z;
            } finally {
                b = saved;
            }
        }

        Region finish(List<Value> yields) { return builder.finish(params, yields); }
    }

    /**
     * Builds the JVP of region r. Each original parameter gets a fresh primal parameter; those
     * flagged in {@code withTangent} also get a fresh tangent parameter (others are zero).
     * The new parameters are laid out by {@code layout}, which receives (primal params,
     * tangent params in flag order) and returns the full parameter list.
     */
    RegionJvp region(Region r, boolean[] withTangent, Layout layout) {
        List<Value> ps = new ArrayList<>();
        List<Value> ts = new ArrayList<>();
        for (int i = 0; i < r.params().size(); i++) {
            Value p = r.params().get(i);
            Value np = new Value(p.type(), p.hint());
            ps.add(np);
            bindPrimal(p, np);
            if (withTangent[i]) {
                Value t = new Value(p.type(), tangentHint(p.hint()));
                ts.add(t);
                bindTangent(p, t);
            }
        }
        RegionJvp rj = new RegionJvp(new Builder().at(b.loc()), layout.params(ps, ts));
        Builder saved = b;
        b = rj.builder;
        try {
            ops(r.ops());
            for (Value y : r.yields()) {
                rj.primalYields.add(primal(y));
                rj.tangentYields.add(tangent(y));
            }
        } finally {
            b = saved;
        }
        return rj;
    }

    @FunctionalInterface
    interface Layout {
        List<Value> params(List<Value> primals, List<Value> tangents);
    }

    static String tangentHint(String hint) { return hint == null ? null : hint + "_dot"; }
}
