package dev.jaxc.ir.prim;

import dev.jaxc.ir.Region;
import dev.jaxc.ir.Type;
import java.util.List;

/**
 * A call of another function of the same {@link dev.jaxc.ir.Program} by name. The result types
 * are part of the primitive; the verifier checks them and the argument types against the callee.
 */
public record Call(String callee, List<Type> resultTypes) implements Primitive {
    public Call {
        resultTypes = List.copyOf(resultTypes);
    }

    @Override public String name() { return "call"; }

    @Override public List<Type> typeRule(List<Type> inputs, List<Region> regions) { return resultTypes; }

    @Override public <R> R accept(PrimitiveVisitor<R> v) { return v.visitCall(this); }
}
