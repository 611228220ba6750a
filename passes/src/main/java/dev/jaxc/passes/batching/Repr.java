package dev.jaxc.passes.batching;

import dev.jaxc.ir.Type;
import dev.jaxc.ir.Value;

/**
 * How one value of the function being batched exists in the batched code: the batch dimension
 * tracking of JAX's {@code BatchTracer}, plus a third state for values that live only inside the
 * open lane loop. Uniform/varying are ISPC's words for not-mapped/mapped.
 */
sealed interface Repr permits Repr.Uni, Repr.Lane, Repr.Bat {
    /** The value's type in the function being batched (one lane's view). */
    Type laneType();

    /** The same for every lane (JAX's not_mapped): a value of a gang-level scope. */
    record Uni(Value v) implements Repr {
        @Override public Type laneType() { return v.type(); }
    }

    /** One lane's value, defined inside the open lane loop (a scalar in a register, or a row). */
    record Lane(Value v) implements Repr {
        @Override public Type laneType() { return v.type(); }
    }

    /**
     * A batched array: lane {@code l}'s value is {@code arr} indexed with the lane index inserted
     * at position {@code axis} among the indices ({@code arr[l]} for axis 0,
     * {@code arr[i][l]} for axis 1). The lane index is the tile-local lane number, or for
     * {@code global} arrays (the function's parameters and results) the lane number in the whole
     * batch.
     */
    record Bat(Value arr, int axis, boolean global) implements Repr {
        @Override public Type laneType() { return Type.of(arr.type().dtype(), arr.type().rank() - 1); }

        Bat withArr(Value a) { return new Bat(a, axis, global); }
    }
}
