package dev.jaxc.passes.ad;

import dev.jaxc.ir.Function;
import dev.jaxc.passes.transform.Transform;
import dev.jaxc.passes.transform.TransformCall;
import dev.jaxc.passes.transform.TransformContext;
import java.util.List;
import java.util.Set;

/**
 * {@code hessian(f, argnums=...)} = {@code jacfwd(jacrev(f))}, forward over reverse: for
 * {@code double[] → double} a symmetric {@code double[][]}. The gradient is built once as a
 * helper function, whose JVP the forward Jacobian then applies to each basis vector.
 */
final class HessianTransform implements Transform {
    @Override public Set<String> keywords() { return Set.of("argnums"); }

    @Override public Function apply(TransformContext tc, Function f, TransformCall call, String resultName) {
        TransformCall.Argnums a = AdSignatures.argnums(f, call);
        AdSignatures.requireScalarOutput(f, call);
        AdContext ctx = AdContext.of(tc);
        List<Integer> idx = a.indices();
        Function grad = JacobianTransform.build(ctx, f, idx, ctx.freshName(f.name() + "$jacrev"), true);
        ctx.program().put(grad);
        Function h = JacobianTransform.build(ctx, grad, idx, resultName, false);
        return h;
    }

}
