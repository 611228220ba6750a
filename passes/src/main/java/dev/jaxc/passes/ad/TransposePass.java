package dev.jaxc.passes.ad;

import dev.jaxc.ir.Builder;
import dev.jaxc.ir.Function;
import dev.jaxc.ir.Value;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Transposes a linear function: {@code lin(known..., linear...) → (results...)} becomes
 * {@code lin_T(known..., ct of each linear result...) → (ct of each linear parameter...)}.
 * Parameters flagged in {@code linearParams} are the linear inputs; every other parameter is a
 * residual. Zero cotangents of array parameters are materialized from their twins.
 */
final class TransposePass {
    private TransposePass() {}

    static Function transpose(AdContext ctx, Function lin, BitSet linearParams, Map<Value, Value> twins, String name) {
        Set<Value> seeds = new HashSet<>();
        for (int i = linearParams.nextSetBit(0); i >= 0; i = linearParams.nextSetBit(i + 1)) seeds.add(lin.params().get(i));
        Set<Value> linear = ActivityAnalysis.of(ctx.program(), lin.body(), seeds);
        Builder b = new Builder().at(lin.loc());
        Transposer t = new Transposer(ctx, linear, twins, b, JvpPass.simpleName(lin.name()));
        List<Value> params = new ArrayList<>();
        for (int i = 0; i < lin.params().size(); i++) {
            if (linearParams.get(i)) continue;
            Value p = lin.params().get(i), np = new Value(p.type(), p.hint());
            t.bindKnown(p, np);
            params.add(np);
        }
        List<Value> yieldCts = new ArrayList<>();
        for (Value y : lin.body().yields()) {
            if (!linear.contains(y)) {
                yieldCts.add(null);
                continue;
            }
            Value c = new Value(y.type(), y.hint() == null ? "ct" : y.hint() + "_bar");
            params.add(c);
            yieldCts.add(c);
        }
        t.seedYields(lin.body(), yieldCts);
        t.region(lin.body());
        List<Value> out = new ArrayList<>();
        for (int i = linearParams.nextSetBit(0); i >= 0; i = linearParams.nextSetBit(i + 1)) out.add(t.ctOrZeros(lin.params().get(i)));
        return new Function(name, b.finish(params, out), List.of(), lin.loc());
    }

    /** Which results of a linear function are linear (those get a cotangent parameter in the transpose). */
    static BitSet linearResults(AdContext ctx, Function lin, BitSet linearParams) {
        return ActivityAnalysis.activeResults(ctx.program(), lin, linearParams);
    }
}
