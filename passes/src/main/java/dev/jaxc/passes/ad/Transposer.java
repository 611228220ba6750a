package dev.jaxc.passes.ad;

import dev.jaxc.ir.Builder;
import dev.jaxc.ir.Op;
import dev.jaxc.ir.Region;
import dev.jaxc.ir.Value;
import dev.jaxc.ir.diag.CompileException;
import dev.jaxc.passes.util.ArrayShapes;
import dev.jaxc.passes.util.Remapper;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Transposes linear code (the linear half of a partial evaluation). A region is emitted as a
 * forward copy of its known ops (residual arithmetic, tape reads) followed by a backward sweep
 * over its linear ops in reverse order, each applying its {@link TransposeRule}. Cotangents
 * are kept per linear value, absent meaning a symbolic zero; ops whose results all have zero
 * cotangents are skipped. Array cotangents accumulate in place ({@code ct[i] += c}).
 */
final class Transposer {
    final AdContext ctx;
    final Set<Value> linear;
    private final Map<Value, Value> twins;
    private final Remapper km = new Remapper();
    private final Map<Value, Value> ct = new HashMap<>();
    private final Map<Value, Op> defs = new HashMap<>();
    private final String where;
    private Builder b;

    Transposer(AdContext ctx, Set<Value> linear, Map<Value, Value> twins, Builder b, String where) {
        this.ctx = ctx;
        this.linear = linear;
        this.twins = twins == null ? Map.of() : twins;
        this.b = b;
        this.where = where;
    }

    Builder b() { return b; }

    boolean isLinear(Value v) { return linear.contains(v); }

    /** The transposed-code value of a known value. */
    Value known(Value v) { return km.get(v); }

    void bindKnown(Value l, Value t) { km.bind(l, t); }

    List<Value> known(List<Value> vs) {
        List<Value> out = new ArrayList<>();
        for (Value v : vs) out.add(known(v));
        return out;
    }

    /** The current cotangent of a linear value, or null for zero. */
    Value ct(Value v) { return ct.get(v); }

    /** Replaces the cotangent of v (used to seed accumulators). */
    void setCt(Value v, Value c) {
        if (c == null) ct.remove(v);
        else ct.put(v, c);
    }

    /** {@code ct(v) += c}. */
    void addCt(Value v, Value c) {
        if (c == null) return;
        if (!isLinear(v)) return; // a known input: its cotangent is not wanted
        Value old = ct.get(v);
        ct.put(v, old == null ? c : ArrayShapes.add(b, old, c));
    }

    /** Zeros shaped like the linear value v (its twin gives the shape). */
    Value zerosLike(Value v) {
        if (v.type().isScalar()) return b.zero(v.type().dtype());
        Value tw = twins.get(v);
        if (tw == null)
            throw new IllegalStateException("no shape known for the cotangent of " + v + " in " + where);
        if (tw.type().equals(dev.jaxc.ir.Type.I32)) return b.arrayNew(v.type().dtype(), 1, known(tw)); // a length
        int before = b.ops().size();
        Value z = ArrayShapes.zerosLike(b, known(tw), defs::get);
        recordDefs(before);
        return z;
    }

    /** ct(v), materialized. */
    Value ctOrZeros(Value v) {
        Value c = ct.get(v);
        return c != null ? c : zerosLike(v);
    }

    private void recordDefs(int from) {
        for (int i = from; i < b.ops().size(); i++) {
            Op op = b.ops().get(i);
            for (Value r : op.results()) defs.put(r, op);
        }
    }

    CompileException nonlinear(Op op) {
        return new CompileException(op.loc(), "cannot transpose '" + op.prim().name() + "' applied to a tangent in " + where
                + ": it is not linear in its tangent inputs", "a custom JVP rule must be linear in the tangents");
    }

    // ---- regions --------------------------------------------------------------------------

    /** Emits the known ops of r (forward) and then the backward sweep of its linear ops. */
    void region(Region r) {
        for (Op op : r.ops()) if (!anyLinear(op)) copyKnown(op);
        for (int k = r.ops().size() - 1; k >= 0; k--) {
            Op op = r.ops().get(k);
            if (!anyLinear(op)) continue;
            List<Value> cts = new ArrayList<>();
            boolean any = false;
            for (Value res : op.results()) {
                Value c = isLinear(res) ? ct.get(res) : null;
                cts.add(c);
                any |= c != null;
            }
            if (!any) continue;
            b.at(op.loc());
            TransposeRules.of(op.prim()).transpose(this, op, cts);
        }
    }

    boolean anyLinear(Op op) {
        for (Value v : op.inputs()) if (isLinear(v)) return true;
        for (Value v : op.results()) if (isLinear(v)) return true;
        return false;
    }

    private void copyKnown(Op op) {
        int before = b.ops().size();
        km.copyOp(b, op);
        recordDefs(before);
    }

    /** Runs body with ops going to inner (for code that must sit inside a region). */
    <T> T with(Builder inner, java.util.function.Supplier<T> body) {
        Builder saved = b;
        b = inner;
        try {
            return body.get();
        } finally {
            b = saved;
        }
    }

    /** Forgets the cotangents of r's values (before transposing r again). */
    void clearCts(Region r) {
        for (Value p : r.params()) ct.remove(p);
        for (Op op : r.ops()) {
            for (Value v : op.results()) ct.remove(v);
            for (Region inner : op.regions()) clearCts(inner);
        }
    }

    /** Seeds the yields' cotangents of a region before transposing it. */
    void seedYields(Region r, List<Value> yieldCts) {
        for (int j = 0; j < r.yields().size(); j++) {
            Value y = r.yields().get(j), c = yieldCts.get(j);
            if (c != null && isLinear(y)) addCt(y, c);
        }
    }
}
