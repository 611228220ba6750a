package dev.jaxc.ir.prim;

import dev.jaxc.ir.DType;
import dev.jaxc.ir.Region;
import dev.jaxc.ir.Type;
import java.util.List;

/** {@code a OP b} on two scalars of one dtype, giving bool. Printed {@code cmp.lt}. */
public record Compare(CmpOp op) implements Primitive {
    @Override public String name() { return "cmp." + op.irName(); }

    @Override public List<Type> typeRule(List<Type> inputs, List<Region> regions) {
        TypeError.check(inputs.size() == 2, "%s takes 2 inputs", name());
        Type a = inputs.get(0), b = inputs.get(1);
        TypeError.check(a.isScalar() && a.equals(b), "%s takes two scalars of one type, got %s, %s", name(), a, b);
        TypeError.check(a.dtype() != DType.BOOL || op == CmpOp.EQ || op == CmpOp.NE, "%s is not defined on bool", name());
        return List.of(Type.BOOL);
    }

    @Override public <R> R accept(PrimitiveVisitor<R> v) { return v.visitCompare(this); }
}
