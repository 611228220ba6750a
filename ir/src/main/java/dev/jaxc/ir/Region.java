package dev.jaxc.ir;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * A closed region: parameters, a straight-line list of ops (which may own regions of their own)
 * and the values it yields. Closed means an op inside reads only the region's parameters and
 * values defined earlier in the same region (or in regions nested within it); everything else
 * must be passed in as a parameter. Values leave only through {@link #yields()}.
 */
public final class Region {
    private final List<Value> params;
    private final List<Op> ops;
    private final List<Value> yields;

    public Region(List<Value> params, List<Op> ops, List<Value> yields) {
        this.params = List.copyOf(params);
        this.ops = Collections.unmodifiableList(new ArrayList<>(ops));
        this.yields = List.copyOf(yields);
    }

    public List<Value> params() { return params; }
    public List<Op> ops() { return ops; }
    public List<Value> yields() { return yields; }

    public List<Type> paramTypes() { return params.stream().map(Value::type).toList(); }
    public List<Type> yieldTypes() { return yields.stream().map(Value::type).toList(); }
}
