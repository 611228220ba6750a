package dev.jaxc;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Asks reverse mode to differentiate the outermost loops of a {@link Jit} method by
 * recomputation instead of taping every iteration (like {@code jax.checkpoint} or Clad's
 * {@code #pragma clad checkpoint loop}): the forward sweep keeps the loop state only every
 * {@code every} iterations, and the backward sweep recomputes each segment from its snapshot
 * before running it backwards. Memory falls from O(n) to O(n / every + every); the default
 * {@code every = 0} picks √n, so a loop of 10⁶ steps keeps about 2·10³ states. The cost is one
 * more forward pass. Put a long loop in its own method to checkpoint just that loop.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.METHOD)
public @interface Checkpoint {
    /** Iterations per segment; 0 means √(trip count). */
    int every() default 0;
}
