package dev.jaxc.passes.transform;

import dev.jaxc.ir.Function;
import java.util.Set;

/**
 * One function transformation of the expression language ({@code grad}, {@code vmap}, ...).
 * An implementation builds the transformed function under the requested name, adding any
 * helper functions it needs to the context's program, and reports misuse (wrong arity, a
 * non-scalar output for grad, ...) as a CompileException at {@link TransformCall#loc()}.
 */
public interface Transform {
    /** The keyword arguments this transform accepts, e.g. {@code argnums}. */
    Set<String> keywords();

    Function apply(TransformContext ctx, Function f, TransformCall call, String resultName);
}
