package dev.jaxc.ir.prim;

import dev.jaxc.ir.DType;
import dev.jaxc.ir.Region;
import dev.jaxc.ir.Type;
import java.util.List;

/**
 * {@code select(p, a, b)}: a if p else b, both already evaluated. Used where evaluating both
 * sides is safe (the frontend keeps Java's lazy {@code ?:} as a cond), by AD rules and by vmap.
 */
public record Select() implements Primitive {
    @Override public String name() { return "select"; }

    @Override public List<Type> typeRule(List<Type> inputs, List<Region> regions) {
        TypeError.check(inputs.size() == 3, "select takes 3 inputs");
        TypeError.check(inputs.get(0).equals(Type.BOOL), "select predicate must be bool, got %s", inputs.get(0));
        TypeError.check(inputs.get(1).equals(inputs.get(2)), "select branches differ: %s, %s", inputs.get(1), inputs.get(2));
        return List.of(inputs.get(1));
    }

    @Override public <R> R accept(PrimitiveVisitor<R> v) { return v.visitSelect(this); }
}
