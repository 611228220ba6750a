package dev.jaxc.passes.ad;

import dev.jaxc.ir.Op;
import dev.jaxc.ir.Value;
import java.util.List;

/**
 * The forward-mode rule of a primitive. For a region-free primitive the emitter has already
 * copied the primal op ({@code out} are the copied results) and calls the rule only when some
 * input tangent is nonzero and some result can carry a tangent. Region and call primitives get
 * {@code out == null}: their rule emits the primal and tangent computation together.
 */
@FunctionalInterface
interface JvpRule {
    /**
     * @param in the op's inputs in the new function
     * @param tin their tangents, null where the tangent is a symbolic zero
     * @return the tangents of the results, null entries for symbolic zeros; for region and call
     *   rules, the primal results come first (then {@code 2 * results} values)
     */
    List<Value> jvp(JvpEmitter e, Op op, List<Value> in, List<Value> tin, List<Value> out);
}
