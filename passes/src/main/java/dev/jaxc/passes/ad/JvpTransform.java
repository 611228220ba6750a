package dev.jaxc.passes.ad;

import dev.jaxc.ir.Function;
import dev.jaxc.passes.transform.Transform;
import dev.jaxc.passes.transform.TransformCall;
import dev.jaxc.passes.transform.TransformContext;
import dev.jaxc.passes.util.Cleanup;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * {@code jvp(f)}: {@code f(x, y, n)} becomes {@code f_jvp(x, y, n, xDot, yDot)} returning the
 * record {@code (primal, tangent)} — a tangent parameter for every float/double parameter (in
 * order; int and boolean parameters get none), a tangent result for every floating-point result.
 * For a function with several results the components are its result names, then each name
 * with {@code Dot}.
 */
final class JvpTransform implements Transform {
    @Override public Set<String> keywords() { return Set.of(); }

    @Override public Function apply(TransformContext tc, Function f, TransformCall call, String resultName) {
        List<Integer> act = AdSignatures.floatParams(f);
        if (act.isEmpty())
            throw call.error("jvp of " + JvpPass.simpleName(f.name()) + ", which has no float or double parameter", "there is nothing to differentiate");
        AdContext ctx = AdContext.of(tc);
        Function j = JvpPass.build(ctx, f, AdSignatures.mask(act), resultName).function();
        List<String> names = new ArrayList<>();
        if (f.resultTypes().size() == 1) {
            names.add("primal");
            if (f.resultTypes().get(0).isDifferentiable()) names.add("tangent");
        } else {
            for (int r = 0; r < f.resultTypes().size(); r++) names.add(AdSignatures.resultName(f, r));
            for (int r = 0; r < f.resultTypes().size(); r++)
                if (f.resultTypes().get(r).isDifferentiable()) names.add(AdSignatures.resultName(f, r) + "Dot");
        }
        j = Cleanup.exact(j);
        return new Function(resultName, j.body(), names.size() == j.resultTypes().size() && names.size() > 1 ? names : List.of(), f.loc());
    }
}
