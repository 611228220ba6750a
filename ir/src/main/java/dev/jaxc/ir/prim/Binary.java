package dev.jaxc.ir.prim;

import dev.jaxc.ir.DType;
import dev.jaxc.ir.Region;
import dev.jaxc.ir.Type;
import java.util.List;

/**
 * An elementwise binary operation on two scalars of one dtype (shifts: an integer and an i32
 * count). The frontend has already applied Java's binary numeric promotion.
 */
public record Binary(BinaryOp op, boolean strict) implements Primitive {
    public Binary(BinaryOp op) { this(op, false); }

    @Override public String name() { return (strict ? "strict." : "") + op.irName(); }

    @Override public List<Type> typeRule(List<Type> inputs, List<Region> regions) {
        TypeError.check(inputs.size() == 2, "%s takes 2 inputs, got %d", name(), inputs.size());
        Type a = inputs.get(0), b = inputs.get(1);
        TypeError.check(a.isScalar() && b.isScalar(), "%s takes scalars, got %s, %s", name(), a, b);
        TypeError.check(op.accepts(a.dtype()), "%s does not accept %s", name(), a);
        if (op.domain() == BinaryOp.Domain.SHIFT) {
            TypeError.check(b.dtype() == DType.I32, "%s takes an i32 shift count, got %s", name(), b);
        } else {
            TypeError.check(a.equals(b), "%s takes operands of one type, got %s, %s", name(), a, b);
        }
        return List.of(a);
    }

    @Override public <R> R accept(PrimitiveVisitor<R> v) { return v.visitBinary(this); }
}
