package dev.jaxc.passes.ad;

import dev.jaxc.ir.Builder;
import dev.jaxc.ir.Function;
import dev.jaxc.ir.Type;
import dev.jaxc.ir.Value;
import dev.jaxc.passes.transform.Transform;
import dev.jaxc.passes.transform.TransformCall;
import dev.jaxc.passes.transform.TransformContext;
import dev.jaxc.passes.util.Cleanup;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * {@code vjp(f, argnums=...)}: {@code f(x, y)} becomes {@code f_vjp(x, y, ct)} returning the
 * record {@code (value, dX, dY)}: f's value and the cotangent ct pulled back to each
 * differentiated parameter (all float/double parameters unless argnums says otherwise). There
 * is one cotangent parameter per floating-point result of f ({@code ct}, or
 * {@code <result>Ct} for a function with several results).
 */
final class VjpTransform implements Transform {
    @Override public Set<String> keywords() { return Set.of("argnums"); }

    @Override public Function apply(TransformContext tc, Function f, TransformCall call, String resultName) {
        List<Integer> argnums = call.has("argnums") ? AdSignatures.argnums(f, call).indices() : AdSignatures.floatParams(f);
        if (argnums.isEmpty())
            throw call.error("vjp of " + JvpPass.simpleName(f.name()) + ", which has no float or double parameter", "there is nothing to differentiate");
        List<Type> ctTypes = new ArrayList<>();
        List<String> ctNames = new ArrayList<>();
        for (int r = 0; r < f.resultTypes().size(); r++) {
            if (!f.resultTypes().get(r).isDifferentiable()) continue;
            ctTypes.add(f.resultTypes().get(r));
            ctNames.add(f.resultTypes().size() == 1 ? "ct" : AdSignatures.resultName(f, r) + "Ct");
        }
        if (ctTypes.isEmpty())
            throw call.error("vjp of " + JvpPass.simpleName(f.name()) + ", which has no float or double result", "there is nothing to pull back");
        List<Integer> sorted = new ArrayList<>(argnums);
        sorted.sort(null);
        AdContext ctx = AdContext.of(tc);
        VjpPass.Sweeps s = VjpPass.sweeps(ctx, f, AdSignatures.mask(argnums));
        List<Type> pt = new ArrayList<>(f.paramTypes());
        pt.addAll(ctTypes);
        List<String> pn = new ArrayList<>(AdSignatures.paramNames(f));
        pn.addAll(ctNames);
        int n = f.params().size();
        Function g = Builder.function(resultName, pt, pn, f.loc(), (b, ps) -> {
            VjpPass.Emitted e = VjpPass.emit(b, s, f, ps.subList(0, n), ps.subList(n, ps.size()));
            List<Value> out = new ArrayList<>(e.primal());
            for (int i : argnums) out.add(e.cts().get(sorted.indexOf(i)));
            return out;
        });
        List<String> names = new ArrayList<>();
        for (int r = 0; r < f.resultTypes().size(); r++) names.add(AdSignatures.resultName(f, r));
        for (int i : argnums) names.add(AdSignatures.dName(f, i));
        g = Cleanup.exact(g);
        return new Function(resultName, g.body(), names, f.loc());
    }
}
