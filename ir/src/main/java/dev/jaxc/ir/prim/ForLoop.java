package dev.jaxc.ir.prim;

import dev.jaxc.ir.Region;
import dev.jaxc.ir.Type;
import java.util.List;

/**
 * A counted loop, exactly Java's {@code for (int i = lo; i < hi; i += step)} ({@code <=} when
 * {@code inclusive}; {@code >} / {@code >=} when step is negative), with int wrap-around as in
 * Java. Inputs: {@code (lo, hi, consts[nConsts]..., inits...)}. One region, the body, with
 * parameters {@code (i, consts..., carries...)} yielding the next carries. Results: the final
 * carries. hi is evaluated once: the frontend only forms a ForLoop when the bound is invariant.
 *
 * <p>{@code parallel} (pmap's loop over chunks of a batch) promises that the iterations are
 * independent: every carry is an array, each iteration changes only elements (along the first
 * axis) that no other iteration reads or changes, and reads nothing else of the carries. Then
 * running the iterations in sequence, as the interpreter does, and running them concurrently on
 * one shared copy of each carried array, as the JVM backend does, give the same results.
 * Printed {@code for[step=S, parallel]}. A backend runs iterations concurrently when the body is
 * one call of a chunk function whose {@link #OWNED_PARAMS} attribute names the carried arrays'
 * parameters (so it fills its part of them in place); other parallel loops may run in sequence.
 */
public record ForLoop(int step, boolean inclusive, int nConsts, boolean parallel) implements Primitive {
    public ForLoop {
        if (step == 0) throw new IllegalArgumentException("for step 0");
    }

    /**
     * {@link dev.jaxc.ir.Program} attribute of a parallel loop's chunk function: comma-separated
     * indices of the array parameters its callers hand over (no one else uses them while it runs),
     * which it may therefore update in place.
     */
    public static final String OWNED_PARAMS = "owned_params";

    /** A sequential loop. */
    public ForLoop(int step, boolean inclusive, int nConsts) { this(step, inclusive, nConsts, false); }

    /** The same loop with another number of consts (passes that drop or add consts keep the rest). */
    public ForLoop withConsts(int n) { return new ForLoop(step, inclusive, n, parallel); }

    @Override public String name() { return "for"; }

    @Override public int regionCount() { return 1; }

    public List<Type> carryTypes(List<Type> inputs) { return inputs.subList(2 + nConsts, inputs.size()); }

    @Override public List<Type> typeRule(List<Type> inputs, List<Region> regions) {
        TypeError.check(inputs.size() >= 2 + nConsts, "for takes lo, hi, %d consts and inits", nConsts);
        TypeError.check(inputs.get(0).equals(Type.I32) && inputs.get(1).equals(Type.I32), "for bounds must be i32");
        TypeError.check(regions.size() == 1, "for has 1 region");
        Region body = regions.get(0);
        List<Type> carries = carryTypes(inputs);
        List<Type> params = new java.util.ArrayList<>();
        params.add(Type.I32);
        params.addAll(inputs.subList(2, inputs.size()));
        TypeError.check(body.paramTypes().equals(params), "for body params %s, expected %s", body.paramTypes(), params);
        TypeError.check(body.yieldTypes().equals(carries), "for body yields %s, carries are %s", body.yieldTypes(), carries);
        if (parallel) for (Type c : carries) TypeError.check(c.isArray(), "a parallel for carries only arrays, not %s", c);
        return List.copyOf(carries);
    }

    @Override public <R> R accept(PrimitiveVisitor<R> v) { return v.visitForLoop(this); }
}
