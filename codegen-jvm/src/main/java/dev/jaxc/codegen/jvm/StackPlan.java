package dev.jaxc.codegen.jvm;

import dev.jaxc.ir.Op;
import dev.jaxc.ir.Value;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;

/**
 * Which values of a region stay on the operand stack between their definition and their only
 * use instead of going through a local (javac's expression trees), which comparisons are fused
 * into the branch that consumes them, and which loads go before each position. Made by {@link
 * StackPlanner}; never reorders ops.
 */
final class StackPlan {
    private final Set<Value> stacked = Collections.newSetFromMap(new IdentityHashMap<>());
    private final Set<Op> fused = Collections.newSetFromMap(new IdentityHashMap<>());
    private final List<List<Value>> loadsBefore;

    StackPlan(List<List<Value>> loadsBefore) { this.loadsBefore = loadsBefore; }

    void stack(Value v) { stacked.add(v); }

    void fuse(Op compare) { fused.add(compare); }

    /** v is left on the stack by its definition for its single consumer. */
    boolean stacked(Value v) { return stacked.contains(v); }

    /** The compare leaves its operands (or its lcmp/dcmp result) for a conditional jump. */
    boolean fused(Op compare) { return fused.contains(compare); }

    /** Values to push before the code of position q (ops.size() for the region's tail). */
    List<Value> loadsBefore(int q) { return loadsBefore.get(q); }
}
