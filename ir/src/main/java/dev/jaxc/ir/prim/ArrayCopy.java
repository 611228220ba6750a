package dev.jaxc.ir.prim;

import dev.jaxc.ir.Region;
import dev.jaxc.ir.Type;
import java.util.List;

/** {@code a.clone()}: a fresh array with a's elements (rows shared for rank ≥ 2, as in Java). */
public record ArrayCopy() implements Primitive {
    @Override public String name() { return "array.copy"; }

    @Override public List<Type> typeRule(List<Type> inputs, List<Region> regions) {
        TypeError.check(inputs.size() == 1 && inputs.get(0).isArray(), "array.copy takes one array");
        return List.of(inputs.get(0));
    }

    @Override public <R> R accept(PrimitiveVisitor<R> v) { return v.visitArrayCopy(this); }
}
