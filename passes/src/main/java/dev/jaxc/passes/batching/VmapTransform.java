package dev.jaxc.passes.batching;

import dev.jaxc.ir.Function;
import dev.jaxc.ir.Type;
import dev.jaxc.ir.Value;
import dev.jaxc.passes.transform.Transform;
import dev.jaxc.passes.transform.TransformCall;
import dev.jaxc.passes.transform.TransformContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * {@code vmap(f, in_axes=..., out_axes=...)}: checks the axes against f's signature (JAX's
 * rules: an axis may be negative, counting from the batched value's last dimension; at least one
 * parameter is batched) and runs {@link BatchingPass}.
 */
public final class VmapTransform implements Transform {
    @Override public Set<String> keywords() { return Set.of("in_axes", "out_axes"); }

    @Override public Function apply(TransformContext ctx, Function f, TransformCall call, String resultName) {
        Function v = BatchingPass.vmap(source(ctx, f), inAxes(f, call), outAxis(f, call), resultName);
        ctx.program().setAttribute(resultName, BatchingPass.BATCHED, call.name());
        return v;
    }

    /** What to batch for f: f itself, or for an already batched f a per-lane caller of it. */
    static Function source(TransformContext ctx, Function f) {
        return ctx.program().attribute(f.name(), BatchingPass.BATCHED) != null ? BatchingPass.callerOf(f) : f;
    }

    /** Validated per-parameter axes (null: not batched), negative ones resolved. */
    static List<Integer> inAxes(Function f, TransformCall call) {
        List<Integer> raw = call.inAxes(f.params().size());
        List<Integer> out = new ArrayList<>();
        boolean any = false;
        for (int k = 0; k < raw.size(); k++) {
            Integer a = raw.get(k);
            if (a == null) {
                out.add(null);
                continue;
            }
            Value p = f.params().get(k);
            out.add(axis(a, p.type(), call, "in_axes", "parameter " + k + (p.hint() == null ? "" : " '" + p.hint() + "'")));
            any = true;
        }
        if (!any)
            throw call.error("in_axes", call.name() + " needs at least one batched parameter, but in_axes maps none",
                    "give a parameter axis 0, e.g. in_axes=(0, None)");
        return out;
    }

    static int outAxis(Function f, TransformCall call) {
        int a = call.outAxis();
        if (a == 0) return 0;
        int resolved = -1;
        for (int k = 0; k < f.resultTypes().size(); k++) {
            int r = axis(a, f.resultTypes().get(k), call, "out_axes", "result " + k);
            if (resolved >= 0 && r != resolved)
                throw call.error("out_axes", "out_axes=" + a + " means different axes for results of different ranks",
                        "use out_axes=0 or out_axes=1");
            resolved = r;
        }
        return Math.max(resolved, 0);
    }

    /** An axis for a value of type t, whose batched form has rank t.rank() + 1. */
    private static int axis(int a, Type t, TransformCall call, String key, String what) {
        int batchedRank = t.rank() + 1;
        int r = a < 0 ? a + batchedRank : a;
        if (r < 0 || r >= batchedRank)
            throw call.error(key, key + " " + a + " is out of range for " + what + " of type " + Type.javaName(t),
                    "its batched form has " + batchedRank + " dimension" + (batchedRank == 1 ? "" : "s") + ": use an axis in 0.." + (batchedRank - 1));
        if (r > 1)
            throw call.error(key, key + " " + a + " batches " + what + " along axis " + r + "; only axes 0 and 1 are supported",
                    "transpose the array so that the batch runs along axis 0 or 1");
        return r;
    }
}
