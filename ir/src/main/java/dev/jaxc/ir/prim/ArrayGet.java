package dev.jaxc.ir.prim;

import dev.jaxc.ir.Region;
import dev.jaxc.ir.Type;
import java.util.List;

/**
 * {@code a[i0]...[ik-1]}: inputs (a, i0..ik-1), k = {@code indices} ≥ 1. Reading fewer indices
 * than the rank gives a row (in Java an alias; the frontend forbids writing through it).
 * Out-of-range indices throw ArrayIndexOutOfBoundsException.
 */
public record ArrayGet(int indices) implements Primitive {
    @Override public String name() { return "array.get"; }

    @Override public List<Type> typeRule(List<Type> inputs, List<Region> regions) {
        TypeError.check(indices >= 1 && inputs.size() == indices + 1, "array.get takes an array and %d indices", indices);
        Type a = inputs.get(0);
        TypeError.check(a.rank() >= indices, "array.get with %d indices on %s", indices, a);
        for (int i = 1; i <= indices; i++) TypeError.check(inputs.get(i).equals(Type.I32), "index must be i32, got %s", inputs.get(i));
        return List.of(Type.of(a.dtype(), a.rank() - indices));
    }

    @Override public <R> R accept(PrimitiveVisitor<R> v) { return v.visitArrayGet(this); }
}
