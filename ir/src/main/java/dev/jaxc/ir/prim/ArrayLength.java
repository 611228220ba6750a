package dev.jaxc.ir.prim;

import dev.jaxc.ir.Region;
import dev.jaxc.ir.Type;
import java.util.List;

/** {@code a.length} (null throws NullPointerException). */
public record ArrayLength() implements Primitive {
    @Override public String name() { return "array.length"; }

    @Override public List<Type> typeRule(List<Type> inputs, List<Region> regions) {
        TypeError.check(inputs.size() == 1 && inputs.get(0).isArray(), "array.length takes one array");
        return List.of(Type.I32);
    }

    @Override public <R> R accept(PrimitiveVisitor<R> v) { return v.visitArrayLength(this); }
}
