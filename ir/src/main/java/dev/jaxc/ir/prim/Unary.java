package dev.jaxc.ir.prim;

import dev.jaxc.ir.Region;
import dev.jaxc.ir.Type;
import java.util.List;

/**
 * An elementwise unary operation on a scalar. {@code strict} selects {@code StrictMath} over
 * {@code Math} for the transcendental functions: the two may differ in the last bit, and
 * generated code must call the one the source called. Printed {@code sin} / {@code strict.sin}.
 */
public record Unary(UnaryOp op, boolean strict) implements Primitive {
    public Unary(UnaryOp op) { this(op, false); }

    @Override public String name() { return (strict ? "strict." : "") + op.irName(); }

    @Override public List<Type> typeRule(List<Type> inputs, List<Region> regions) {
        TypeError.check(inputs.size() == 1, "%s takes 1 input, got %d", name(), inputs.size());
        Type t = inputs.get(0);
        TypeError.check(t.isScalar() && op.accepts(t.dtype()), "%s does not accept %s", name(), t);
        return List.of(t);
    }

    @Override public <R> R accept(PrimitiveVisitor<R> v) { return v.visitUnary(this); }
}
