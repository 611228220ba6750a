package dev.jaxc.frontend;

import dev.jaxc.ir.DType;
import dev.jaxc.ir.prim.Prng;

/** What a method call in a {@code @Jit} method calls. */
sealed interface Callee {
    /** {@code Math.f(...)} / {@code StrictMath.f(...)} resolved to one overload. */
    record MathCall(MathFunctions fn, boolean strict, DType dtype) implements Callee {}

    /** Another {@code @Jit} method of the compile. */
    record JitCall(JitMethod method) implements Callee {}

    /** {@code Random.m(...)}, {@code Threefry.LEGACY.m(...)}: the runtime PRNG, resolved to one overload. */
    record PrngCall(Prng prim) implements Callee {}

    /** {@code a.clone()} on an array. */
    record ArrayClone() implements Callee {}
}
