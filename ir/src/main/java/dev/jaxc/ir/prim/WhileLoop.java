package dev.jaxc.ir.prim;

import dev.jaxc.ir.Region;
import dev.jaxc.ir.Type;
import java.util.ArrayList;
import java.util.List;

/**
 * A while loop in MLIR scf.while form. Inputs: {@code (consts[nConsts]..., inits...)}. Region 0,
 * the condition, has parameters {@code (consts..., carries...)} and yields {@code (bool, carries'...)};
 * region 1, the body, has the same parameters and yields the next carries. Semantics:
 * {@code c = inits; loop { (p, c) = cond(c); if (!p) return c; c = body(c); }}. Work done in
 * the condition region runs once more than the body: that is how {@code do/while} and
 * conditions with effects on carries are expressed.
 */
public record WhileLoop(int nConsts) implements Primitive {
    @Override public String name() { return "while"; }

    @Override public int regionCount() { return 2; }

    public List<Type> carryTypes(List<Type> inputs) { return inputs.subList(nConsts, inputs.size()); }

    @Override public List<Type> typeRule(List<Type> inputs, List<Region> regions) {
        TypeError.check(inputs.size() >= nConsts, "while takes %d consts and inits", nConsts);
        TypeError.check(regions.size() == 2, "while has 2 regions");
        List<Type> carries = carryTypes(inputs);
        for (Region r : regions)
            TypeError.check(r.paramTypes().equals(inputs), "while region params %s, expected %s", r.paramTypes(), inputs);
        List<Type> condYield = new ArrayList<>();
        condYield.add(Type.BOOL);
        condYield.addAll(carries);
        TypeError.check(regions.get(0).yieldTypes().equals(condYield), "while cond yields %s, expected %s", regions.get(0).yieldTypes(), condYield);
        TypeError.check(regions.get(1).yieldTypes().equals(carries), "while body yields %s, carries are %s", regions.get(1).yieldTypes(), carries);
        return List.copyOf(carries);
    }

    @Override public <R> R accept(PrimitiveVisitor<R> v) { return v.visitWhileLoop(this); }
}
