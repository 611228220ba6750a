package dev.jaxc.passes.batching;

/** What the batching emitter does with one op; {@link VaryingAnalysis} decides, the emitter obeys. */
enum Plan {
    /** Every input is uniform (and the op cannot throw, or no lane is masked): copied once, not per lane. */
    UNIFORM,
    /** A leaf primitive evaluated per lane inside the lane loop, masked-safe where lanes are masked. */
    LANE,
    /** cond whose branches both run under complementary masks, then select (JAX's batched cond). */
    IF_CONVERT,
    /** cond with a uniform predicate kept as a real branch around batched regions. */
    GANG_COND,
    /** for with uniform bounds around a batched body (the lane loop inside: loop interchange). */
    GANG_FOR,
    /** while with a uniform condition around a batched body. */
    GANG_WHILE,
    /** Loop with a varying condition or trip count: runs until every lane is done, finished lanes masked. */
    LOCKSTEP
}
