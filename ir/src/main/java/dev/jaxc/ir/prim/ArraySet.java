package dev.jaxc.ir.prim;

import dev.jaxc.ir.Region;
import dev.jaxc.ir.Type;
import java.util.List;

/**
 * The functional update {@code a' = a with [i0]...[ik-1] := v}: inputs (a, i0..ik-1, v). The
 * old value a is unchanged in the IR's semantics; backends update in place when a is dead.
 */
public record ArraySet(int indices) implements Primitive {
    @Override public String name() { return "array.set"; }

    @Override public List<Type> typeRule(List<Type> inputs, List<Region> regions) {
        TypeError.check(indices >= 1 && inputs.size() == indices + 2, "array.set takes an array, %d indices and a value", indices);
        Type a = inputs.get(0);
        TypeError.check(a.rank() >= indices, "array.set with %d indices on %s", indices, a);
        for (int i = 1; i <= indices; i++) TypeError.check(inputs.get(i).equals(Type.I32), "index must be i32, got %s", inputs.get(i));
        Type v = inputs.get(indices + 1);
        TypeError.check(v.equals(Type.of(a.dtype(), a.rank() - indices)), "array.set of %s stores %s", a, v);
        return List.of(a);
    }

    @Override public <R> R accept(PrimitiveVisitor<R> v) { return v.visitArraySet(this); }
}
