package dev.jaxc.ir.prim;

import dev.jaxc.ir.DType;
import dev.jaxc.ir.Region;
import dev.jaxc.ir.Type;
import java.util.List;

/** A Java primitive cast between numeric types ({@code (int) 2.7}: saturating, NaN → 0). */
public record Convert(DType to) implements Primitive {
    @Override public String name() { return "convert." + to.irName(); }

    @Override public List<Type> typeRule(List<Type> inputs, List<Region> regions) {
        TypeError.check(inputs.size() == 1, "%s takes 1 input", name());
        Type a = inputs.get(0);
        TypeError.check(a.isScalar() && a.dtype().isNumeric() && to.isNumeric(), "%s cannot convert %s", name(), a);
        return List.of(Type.scalar(to));
    }

    @Override public <R> R accept(PrimitiveVisitor<R> v) { return v.visitConvert(this); }
}
