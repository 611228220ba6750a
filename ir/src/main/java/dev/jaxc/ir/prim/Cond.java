package dev.jaxc.ir.prim;

import dev.jaxc.ir.Region;
import dev.jaxc.ir.Type;
import java.util.List;

/**
 * {@code results = cond(p, operands...) {then} {else}}. Both regions are closed, take
 * parameters of the operands' types, and yield the same types, which are the results. Only the
 * region selected by p runs.
 */
public record Cond() implements Primitive {
    @Override public String name() { return "cond"; }

    @Override public int regionCount() { return 2; }

    @Override public List<Type> typeRule(List<Type> inputs, List<Region> regions) {
        TypeError.check(!inputs.isEmpty() && inputs.get(0).equals(Type.BOOL), "cond predicate must be bool");
        TypeError.check(regions.size() == 2, "cond has 2 regions");
        List<Type> operands = inputs.subList(1, inputs.size());
        for (Region r : regions)
            TypeError.check(r.paramTypes().equals(operands), "cond region params %s do not match operands %s", r.paramTypes(), operands);
        TypeError.check(regions.get(0).yieldTypes().equals(regions.get(1).yieldTypes()),
                "cond branches yield %s and %s", regions.get(0).yieldTypes(), regions.get(1).yieldTypes());
        return regions.get(0).yieldTypes();
    }

    @Override public <R> R accept(PrimitiveVisitor<R> v) { return v.visitCond(this); }
}
