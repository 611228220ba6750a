package dev.jaxc.ir.prim;

import dev.jaxc.ir.DType;
import dev.jaxc.ir.Region;
import dev.jaxc.ir.Type;
import java.util.List;

/** An array initializer {@code {a, b, c}}: one input per element, each of the element type. */
public record ArrayLiteral(DType elem, int rank) implements Primitive {
    @Override public String name() { return "array.literal"; }

    public Type type() { return Type.array(elem, rank); }

    @Override public List<Type> typeRule(List<Type> inputs, List<Region> regions) {
        Type e = type().element();
        for (Type t : inputs) TypeError.check(t.equals(e), "array.literal of %s takes %s elements, got %s", type(), e, t);
        return List.of(type());
    }

    @Override public <R> R accept(PrimitiveVisitor<R> v) { return v.visitArrayLiteral(this); }
}
