package dev.jaxc.passes.ad;

import dev.jaxc.ir.Function;
import dev.jaxc.ir.Type;
import dev.jaxc.ir.Value;
import dev.jaxc.ir.prim.Call;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;

/**
 * A call of another function: the callee's JVP is built once per pattern of nonzero argument
 * tangents (memoized in the {@link AdContext}) and called, so the derivative keeps the
 * program's call structure. A call with only zero tangents stays a plain call.
 */
final class CallJvpRule {
    private CallJvpRule() {}

    static JvpRule of(Call p) {
        return (e, op, in, tin, out) -> {
            Function callee = e.ctx.function(p.callee());
            if (callee == null) throw new IllegalStateException("call of unknown function " + p.callee());
            int n = op.results().size();
            boolean anyTangent = tin.stream().anyMatch(t -> t != null);
            if (anyTangent && CustomRules.has(e.ctx, callee.name())) return CustomRules.jvpOfCall(e, callee, in, tin, op.loc());
            BitSet active = new BitSet();
            List<Value> args = new ArrayList<>(in);
            for (int i = 0; i < tin.size(); i++)
                if (tin.get(i) != null) {
                    active.set(i);
                    args.add(tin.get(i));
                }
            if (active.isEmpty()) {
                List<Value> res = new ArrayList<>(e.b().emit(p, in, List.of()));
                for (int j = 0; j < n; j++) res.add(null);
                return res;
            }
            Function jvp = JvpPass.jvpOf(e.ctx, callee, active, op.loc());
            List<Value> res = e.b().emit(new Call(jvp.name(), jvp.resultTypes()), args, List.of());
            boolean[] hasTangent = new boolean[n];
            for (int j = 0; j < n; j++) hasTangent[j] = callee.resultTypes().get(j).isDifferentiable();
            return ControlFlowJvpRules.spread(res, n, hasTangent);
        };
    }

    /** Result types of a JVP function: the primal results, then a tangent per float result. */
    static List<Type> jvpResultTypes(List<Type> primal) {
        List<Type> out = new ArrayList<>(primal);
        for (Type t : primal) if (t.isDifferentiable()) out.add(t);
        return out;
    }
}
