package dev.jaxc.passes.ad;

import dev.jaxc.ir.Function;
import dev.jaxc.ir.Loc;
import dev.jaxc.ir.Op;
import dev.jaxc.ir.Region;
import dev.jaxc.ir.Value;
import dev.jaxc.ir.diag.CompileException;
import dev.jaxc.passes.util.Cleanup;
import dev.jaxc.passes.util.DcePass;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Reverse mode of a called function, built once per activity pattern: the forward half
 * {@code fwd(known args) → (known results..., residuals...)}, the linear half
 * {@code lin(residuals..., tangent args) → tangent results} and its transpose
 * {@code bwd(residuals..., cotangents) → cotangents of the tangent args}. Residuals neither
 * half reads are dropped from the interface, so the callee's forward loops tape only what its
 * backward sweep needs. For a JVP helper the split starts from the original function, whose
 * JVP is rebuilt so that array tangents keep their shape twins.
 */
record CalleeSplit(Function fwd, Function lin, Function bwd, BitSet knownResults) {
    static CalleeSplit of(AdContext ctx, String callee, BitSet active, Loc loc) {
        String key = callee + "|" + AdContext.maskKey(active);
        CalleeSplit known = ctx.splits.get(key);
        if (known != null) return known;
        if (!ctx.inProgress.add("split|" + key))
            throw new CompileException(loc, "cannot differentiate the recursive call of " + JvpPass.simpleName(callee),
                    "rewrite the recursion as a loop");
        try {
            CalleeSplit s = build(ctx, callee, active);
            ctx.splits.put(key, s);
            return s;
        } finally {
            ctx.inProgress.remove("split|" + key);
        }
    }

    private static CalleeSplit build(AdContext ctx, String callee, BitSet active) {
        AdContext.JvpOrigin custom = ctx.customVjpOrigins.get(callee);
        if (custom != null) return CustomRules.split(ctx, ctx.function(callee), custom, active);
        Function j = ctx.function(callee);
        java.util.Map<Value, Value> twins = ctx.twins.get(callee);
        AdContext.JvpOrigin o = ctx.jvpOrigins.get(callee);
        int checkpoint = CustomRules.checkpointEvery(ctx, o != null ? o.primal() : j);
        if (o != null) {
            JvpPass.Built bt = JvpPass.build(ctx, o.primal(), o.active(), callee);
            j = bt.function();
            twins = bt.emitter().twins;
        }
        String fwdName = ctx.freshName(callee + "$fwd"), linName = ctx.freshName(callee + "$lin");
        PartialEvaluator.Split sp = PartialEvaluator.split(ctx, j, twins, active, fwdName, linName, checkpoint);
        int r = sp.residuals(), u = active.cardinality();
        BitSet linMask = new BitSet();
        linMask.set(r, r + u);
        // Transpose before DCE: twins are known values only transposition reads.
        Function bwd = Cleanup.derivative(TransposePass.transpose(ctx, sp.lin(), linMask, sp.linTwins(), ctx.freshName(callee + "$bwd")));
        Function lin = DcePass.run(sp.lin());
        BitSet keep = used(lin.body(), r);
        keep.or(used(bwd.body(), r));
        // Drop residuals nobody reads from all three interfaces.
        List<Value> fwdYields = new ArrayList<>();
        int nKnown = sp.knownResults().cardinality();
        List<Value> fy = sp.fwd().body().yields();
        fwdYields.addAll(fy.subList(0, nKnown));
        for (int i = 0; i < r; i++) if (keep.get(i)) fwdYields.add(fy.get(nKnown + i));
        Function fwd = Cleanup.exact(withSignature(sp.fwd(), sp.fwd().params(), fwdYields));
        // Only DCE, which keeps value identities: the twins of lin stay valid.
        Function lin2 = withSignature(lin, dropUnkept(lin.params(), keep, r), lin.body().yields());
        Function bwd2 = withSignature(bwd, dropUnkept(bwd.params(), keep, r), bwd.body().yields());
        ctx.program().put(fwd);
        ctx.program().put(lin2);
        ctx.program().put(bwd2);
        ctx.twins.put(lin2.name(), sp.linTwins());
        BitSet linMask2 = new BitSet();
        int kept = keep.cardinality();
        linMask2.set(kept, kept + u);
        ctx.memoize("T|" + lin2.name() + "|" + AdContext.maskKey(linMask2), bwd2);
        return new CalleeSplit(fwd, lin2, bwd2, sp.knownResults());
    }

    private static Function withSignature(Function f, List<Value> params, List<Value> yields) {
        return new Function(f.name(), new Region(params, f.body().ops(), yields), List.of(), f.loc());
    }

    private static List<Value> dropUnkept(List<Value> params, BitSet keep, int r) {
        List<Value> out = new ArrayList<>();
        for (int i = 0; i < params.size(); i++) if (i >= r || keep.get(i)) out.add(params.get(i));
        return out;
    }

    /** Which of the first r parameters of a region are read (regions are closed: only its own ops and yields can). */
    static BitSet used(Region body, int r) {
        Set<Value> uses = new HashSet<>(body.yields());
        for (Op op : body.ops()) uses.addAll(op.inputs());
        BitSet b = new BitSet();
        for (int i = 0; i < r; i++) if (uses.contains(body.params().get(i))) b.set(i);
        return b;
    }
}
