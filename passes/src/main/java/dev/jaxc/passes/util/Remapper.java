package dev.jaxc.passes.util;

import dev.jaxc.ir.Builder;
import dev.jaxc.ir.Function;
import dev.jaxc.ir.Op;
import dev.jaxc.ir.Region;
import dev.jaxc.ir.Value;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A value substitution used to copy IR: {@link #copyOp} re-emits an op with its inputs mapped
 * and fresh results, {@link #copyRegion} clones a closed region with fresh parameters, and
 * {@link #inline} splices a region's ops into a builder with its parameters bound to
 * arguments. Copies never share values with the original, so a clone and its source can live
 * in one program.
 */
public final class Remapper {
    private final Map<Value, Value> map = new HashMap<>(); // Value has identity equality

    public Remapper() {}

    /** Maps {@code from} to {@code to} from now on. */
    public Remapper bind(Value from, Value to) {
        if (!from.type().equals(to.type()))
            throw new IllegalArgumentException("binding " + from + " to " + to + " changes its type");
        map.put(from, to);
        return this;
    }

    public Remapper bindAll(List<Value> from, List<Value> to) {
        if (from.size() != to.size()) throw new IllegalArgumentException(from.size() + " values bound to " + to.size());
        for (int i = 0; i < from.size(); i++) bind(from.get(i), to.get(i));
        return this;
    }

    public boolean has(Value v) { return map.containsKey(v); }

    /** The image of v; fails loudly for a value this copy never saw (an unclosed region). */
    public Value get(Value v) {
        Value r = map.get(v);
        if (r == null) throw new IllegalStateException("unmapped value " + v + " (a region that is not closed?)");
        return r;
    }

    /** The image of v, or v itself when it is not mapped. */
    public Value getOrSelf(Value v) { return map.getOrDefault(v, v); }

    public List<Value> getAll(List<Value> vs) {
        List<Value> out = new ArrayList<>(vs.size());
        for (Value v : vs) out.add(get(v));
        return out;
    }

    /** Appends a copy of op (mapped inputs, cloned regions, fresh results) and returns the new results. */
    public List<Value> copyOp(Builder b, Op op) {
        List<Region> regions = new ArrayList<>(op.regions().size());
        for (Region r : op.regions()) regions.add(copyRegion(r));
        List<Value> results = new ArrayList<>(op.results().size());
        for (Value v : op.results()) results.add(new Value(v.type(), v.hint()));
        b.append(new Op(op.prim(), getAll(op.inputs()), results, regions, op.loc()));
        bindAll(op.results(), results);
        return results;
    }

    /**
     * A clone of a closed region with fresh parameters and values. The mapping of every value
     * inside (nested regions included) stays in this remapper, so side tables keyed by values
     * can be carried over to the copy.
     */
    public Region copyRegion(Region r) {
        List<Value> params = fresh(r.params());
        Builder inner = new Builder();
        bindAll(r.params(), params);
        for (Op op : r.ops()) copyOp(inner, op);
        return inner.finish(params, getAll(r.yields()));
    }

    /** Emits a copy of r's ops into b with r's parameters bound to {@code args}; returns the copied yields. */
    public static List<Value> inline(Builder b, Region r, List<Value> args) {
        return new Remapper().inlineRegion(b, r, args);
    }

    /** {@link #inline} keeping the mapping in this remapper. */
    public List<Value> inlineRegion(Builder b, Region r, List<Value> args) {
        bindAll(r.params(), args);
        for (Op op : r.ops()) copyOp(b, op);
        return getAll(r.yields());
    }

    /** A clone of f under another name. */
    public static Function copyFunction(Function f, String name) {
        return new Function(name, new Remapper().copyRegion(f.body()), f.resultNames(), f.loc());
    }

    /** Fresh values with the same types and hints. */
    public static List<Value> fresh(List<Value> vs) {
        List<Value> out = new ArrayList<>(vs.size());
        for (Value v : vs) out.add(new Value(v.type(), v.hint()));
        return out;
    }
}
