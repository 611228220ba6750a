package dev.jaxc.passes.batching;

import dev.jaxc.ir.Function;
import dev.jaxc.ir.Op;
import dev.jaxc.ir.Region;
import dev.jaxc.ir.Value;
import java.util.IdentityHashMap;
import java.util.Map;

/**
 * Where each value of a function is defined and the index of its last use in that region
 * (regions are closed, so every use is in the defining region; a yield counts as a use after
 * the last op). The batching emitter asks it which lane values must survive the end of a lane
 * loop, and whether an array update may reuse the old batched array.
 */
final class Liveness {
    static final int YIELDED = Integer.MAX_VALUE;

    private final Map<Value, Region> region = new IdentityHashMap<>();
    private final Map<Value, Integer> lastUse = new IdentityHashMap<>();

    Liveness(Function f) { visit(f.body()); }

    private void visit(Region r) {
        for (Value p : r.params()) define(p, r);
        for (int i = 0; i < r.ops().size(); i++) {
            Op op = r.ops().get(i);
            for (Value in : op.inputs()) lastUse.merge(in, i, Math::max);
            for (Region inner : op.regions()) visit(inner);
            for (Value res : op.results()) define(res, r);
        }
        for (Value y : r.yields()) lastUse.put(y, YIELDED);
    }

    private void define(Value v, Region r) {
        region.put(v, r);
        lastUse.putIfAbsent(v, -1);
    }

    Region regionOf(Value v) { return region.get(v); }

    int lastUse(Value v) { return lastUse.getOrDefault(v, -1); }
}
