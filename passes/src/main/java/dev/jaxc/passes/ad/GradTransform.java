package dev.jaxc.passes.ad;

import dev.jaxc.ir.Builder;
import dev.jaxc.ir.Function;
import dev.jaxc.ir.Value;
import dev.jaxc.passes.transform.Transform;
import dev.jaxc.passes.transform.TransformCall;
import dev.jaxc.passes.transform.TransformContext;
import dev.jaxc.passes.util.Cleanup;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * {@code grad(f, argnums=i)}: same parameters as f, returns ∂f/∂(param i) with that
 * parameter's type (double → double, double[] → double[], double[][] → double[][]). With a
 * tuple of argnums it returns a record {@code (dX, dY, ...)}. {@code value_and_grad} returns
 * {@code (value, grad)}, or {@code (value, dX, dY, ...)} for a tuple. f must return one float
 * or double; reverse mode.
 */
final class GradTransform implements Transform {
    private final boolean withValue;

    GradTransform(boolean withValue) { this.withValue = withValue; }

    @Override public Set<String> keywords() { return Set.of("argnums"); }

    @Override public Function apply(TransformContext tc, Function f, TransformCall call, String resultName) {
        TransformCall.Argnums a = AdSignatures.argnums(f, call);
        AdSignatures.requireScalarOutput(f, call);
        AdContext ctx = AdContext.of(tc);
        List<Integer> sorted = new ArrayList<>(a.indices());
        sorted.sort(null);
        VjpPass.Sweeps s = VjpPass.sweeps(ctx, f, AdSignatures.mask(a.indices()));
        Function g = Builder.function(resultName, f.paramTypes(), AdSignatures.paramNames(f), f.loc(), (b, ps) -> {
            Value one = b.one(f.resultTypes().get(0).dtype());
            VjpPass.Emitted e = VjpPass.emit(b, s, f, ps, List.of(one));
            List<Value> out = new ArrayList<>();
            if (withValue) out.add(e.primal().get(0));
            for (int i : a.indices()) out.add(e.cts().get(sorted.indexOf(i)));
            return out;
        });
        List<String> names = new ArrayList<>();
        if (withValue) names.add("value");
        if (a.single()) {
            if (withValue) names.add("grad");
        } else {
            for (int i : a.indices()) names.add(AdSignatures.dName(f, i));
        }
        g = Cleanup.exact(g);
        return new Function(resultName, g.body(), names, f.loc());
    }
}
