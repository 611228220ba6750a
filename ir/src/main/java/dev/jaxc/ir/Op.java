package dev.jaxc.ir;

import dev.jaxc.ir.prim.Primitive;
import java.util.List;

/**
 * One equation: {@code results = prim(inputs) {regions}}. Structured control flow (cond, for,
 * while) is an op whose regions are closed; all other primitives have no regions.
 */
public record Op(Primitive prim, List<Value> inputs, List<Value> results, List<Region> regions, Loc loc) {
    public Op {
        inputs = List.copyOf(inputs);
        results = List.copyOf(results);
        regions = List.copyOf(regions);
        if (loc == null) loc = Loc.UNKNOWN;
    }

    public Value input(int i) { return inputs.get(i); }
    public Value result() {
        if (results.size() != 1) throw new IllegalStateException(prim + " has " + results.size() + " results");
        return results.get(0);
    }
    public Region region(int i) { return regions.get(i); }

    // Ops compare by identity: two equal-looking equations are still two definitions.
    @Override public boolean equals(Object o) { return this == o; }
    @Override public int hashCode() { return System.identityHashCode(this); }
}
