package dev.jaxc.passes.ad;

import dev.jaxc.ir.Op;
import dev.jaxc.ir.Value;
import java.util.List;

/**
 * The reverse-mode rule of a linear primitive: given the cotangents of an op's results (null
 * for symbolic zeros, at least one nonzero), adds the cotangents of its linear inputs through
 * {@link Transposer#addCt}. Known inputs (coefficients, indices, predicates) are read through
 * {@link Transposer#known}.
 */
@FunctionalInterface
interface TransposeRule {
    void transpose(Transposer t, Op op, List<Value> cts);
}
