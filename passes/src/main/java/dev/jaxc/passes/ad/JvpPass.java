package dev.jaxc.passes.ad;

import dev.jaxc.ir.Builder;
import dev.jaxc.ir.Function;
import dev.jaxc.ir.Loc;
import dev.jaxc.ir.Value;
import dev.jaxc.ir.diag.CompileException;
import dev.jaxc.passes.util.Cleanup;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;

/**
 * Forward mode: f(x...) becomes f_jvp(x..., ẋ for each active x) returning (f's results...,
 * a tangent for each floating-point result). Inactive and integer parameters have no tangent.
 */
public final class JvpPass {
    private JvpPass() {}

    /** The raw JVP (not cleaned up, so {@link JvpEmitter#twins} stay valid for reverse mode). */
    static Built build(AdContext ctx, Function f, BitSet active, String name) {
        if (CustomRules.has(ctx, f.name())) f = callOf(f); // its rule, not its body, defines the derivative
        else f = prepare(ctx, f);
        Builder b = new Builder().at(f.loc());
        JvpEmitter e = new JvpEmitter(ctx, b);
        List<Value> primals = new ArrayList<>(), tangents = new ArrayList<>();
        for (int i = 0; i < f.params().size(); i++) {
            Value p = f.params().get(i);
            Value np = new Value(p.type(), p.hint());
            primals.add(np);
            e.bindPrimal(p, np);
        }
        for (int i = active.nextSetBit(0); i >= 0; i = active.nextSetBit(i + 1)) {
            Value p = f.params().get(i);
            if (!p.type().isDifferentiable()) throw new IllegalArgumentException("parameter " + i + " of " + f.name() + " is " + p.type());
            Value t = new Value(p.type(), JvpEmitter.tangentHint(p.hint()));
            tangents.add(t);
            e.bindTangent(p, t);
        }
        e.ops(f.body().ops());
        List<Value> yields = new ArrayList<>();
        List<Value> tangentYields = new ArrayList<>();
        for (Value y : f.body().yields()) {
            yields.add(e.primal(y));
            if (y.type().isDifferentiable()) tangentYields.add(e.instantiate(e.tangent(y), e.primal(y)));
        }
        yields.addAll(tangentYields);
        List<Value> params = new ArrayList<>(primals);
        params.addAll(tangents);
        Function out = new Function(name, b.finish(params, yields), List.of(), f.loc());
        return new Built(out, e);
    }

    record Built(Function function, JvpEmitter emitter) {}

    /** Largest loop-free callee inlined before differentiation (a sigmoid, a squared norm of a pair). */
    static final int INLINE_OPS = 24;

    /**
     * Before differentiating: inline small loop-free callees without custom rules (a call would
     * cost a result record of residuals per call) and remove common subexpressions (each
     * duplicate would otherwise get its own tape).
     */
    private static Function prepare(AdContext ctx, Function f) {
        Function g = dev.jaxc.passes.util.InlinePass.run(f, ctx.program(),
                callee -> !CustomRules.has(ctx, callee.name()) && !callee.name().equals(f.name())
                        && dev.jaxc.passes.util.InlinePass.small(INLINE_OPS).test(callee));
        return Cleanup.exact(g);
    }

    /** A function with f's signature whose body just calls f. */
    private static Function callOf(Function f) {
        return Builder.function(f.name(), f.paramTypes(), AdSignatures.paramNames(f), f.loc(),
                (b, ps) -> b.call(f.name(), f.resultTypes(), ps));
    }

    /** The (cleaned-up) JVP of a callee for an activity pattern, built once and memoized. */
    static Function jvpOf(AdContext ctx, Function f, BitSet active, Loc callLoc) {
        String key = "jvp|" + f.name() + "|" + AdContext.maskKey(active);
        String known = ctx.memoized(key);
        if (known != null) return ctx.function(known);
        if (!ctx.inProgress.add(key))
            throw new CompileException(callLoc, "cannot differentiate the recursive call of " + simpleName(f.name()),
                    "rewrite the recursion as a loop");
        try {
            Function out = Cleanup.derivative(build(ctx, f, active, ctx.freshName(f.name() + "$jvp")).function());
            ctx.program().put(out);
            ctx.memoize(key, out);
            ctx.jvpOrigins.put(out.name(), new AdContext.JvpOrigin(f, (BitSet) active.clone()));
            return out;
        } finally {
            ctx.inProgress.remove(key);
        }
    }

    static String simpleName(String qualified) { return qualified.substring(qualified.lastIndexOf('.') + 1); }
}
