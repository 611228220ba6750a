package dev.jaxc.passes.ad;

import dev.jaxc.ir.Function;
import dev.jaxc.ir.Value;
import dev.jaxc.ir.prim.Call;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;

/**
 * A call of a linear function is transposed into a call of its transpose, built once per
 * function and linear-argument pattern (for the linear halves made by {@link CalleeSplit} it
 * was built with the split). Zero cotangents of results are materialized at the call.
 */
final class CallTransposeRule {
    private CallTransposeRule() {}

    static final TransposeRule RULE = (t, op, cts) -> {
        Call c = (Call) op.prim();
        BitSet linArgs = new BitSet();
        for (int i = 0; i < op.inputs().size(); i++) if (t.isLinear(op.inputs().get(i))) linArgs.set(i);
        Function bwd = transposeOf(t.ctx, c.callee(), linArgs);
        BitSet linRes = TransposePass.linearResults(t.ctx, t.ctx.function(c.callee()), linArgs);
        List<Value> args = new ArrayList<>();
        for (int i = 0; i < op.inputs().size(); i++) if (!linArgs.get(i)) args.add(t.known(op.inputs().get(i)));
        for (int j = 0; j < op.results().size(); j++) {
            if (!linRes.get(j)) continue;
            Value ct = cts.get(j);
            args.add(ct != null ? ct : t.zerosLike(op.results().get(j)));
        }
        List<Value> res = t.b().emit(new Call(bwd.name(), bwd.resultTypes()), args, List.of());
        int q = 0;
        for (int i = 0; i < op.inputs().size(); i++) if (linArgs.get(i)) t.addCt(op.inputs().get(i), res.get(q++));
    };

    static Function transposeOf(AdContext ctx, String callee, BitSet linArgs) {
        String key = "T|" + callee + "|" + AdContext.maskKey(linArgs);
        String known = ctx.memoized(key);
        if (known != null) return ctx.function(known);
        Function lin = ctx.function(callee);
        Function bwd = dev.jaxc.passes.util.Cleanup.derivative(
                TransposePass.transpose(ctx, lin, linArgs, ctx.twins.get(callee), ctx.freshName(callee + "$T")));
        ctx.program().put(bwd);
        ctx.memoize(key, bwd);
        return bwd;
    }
}
