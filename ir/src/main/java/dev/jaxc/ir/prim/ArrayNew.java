package dev.jaxc.ir.prim;

import dev.jaxc.ir.DType;
import dev.jaxc.ir.Region;
import dev.jaxc.ir.Type;
import java.util.List;

/**
 * {@code new T[d0]...[dk-1]} with k = number of i32 inputs, 1 ≤ k ≤ rank. Elements are zero /
 * false; dimensions past k are null rows, as in Java. A negative size throws
 * NegativeArraySizeException.
 */
public record ArrayNew(DType elem, int rank) implements Primitive {
    @Override public String name() { return "array.new"; }

    public Type type() { return Type.array(elem, rank); }

    @Override public List<Type> typeRule(List<Type> inputs, List<Region> regions) {
        TypeError.check(rank >= 1, "array.new rank %d", rank);
        TypeError.check(!inputs.isEmpty() && inputs.size() <= rank, "array.new of rank %d takes 1..%d sizes, got %d", rank, rank, inputs.size());
        for (Type t : inputs) TypeError.check(t.equals(Type.I32), "array size must be i32, got %s", t);
        return List.of(type());
    }

    @Override public <R> R accept(PrimitiveVisitor<R> v) { return v.visitArrayNew(this); }
}
