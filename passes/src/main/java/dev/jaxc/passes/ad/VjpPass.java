package dev.jaxc.passes.ad;

import dev.jaxc.ir.Builder;
import dev.jaxc.ir.Function;
import dev.jaxc.ir.Value;
import dev.jaxc.passes.util.DcePass;
import dev.jaxc.passes.util.Remapper;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;

/**
 * Reverse mode of a whole function by linearize-then-transpose: JVP, partial evaluation into
 * a forward sweep (primal results and residuals) and a linear function, transposition of the
 * linear function into the backward sweep. {@link #emit} inlines both sweeps into the function
 * being built, so residuals are plain SSA values (or tapes) between them.
 */
final class VjpPass {
    private VjpPass() {}

    /** The forward and backward sweeps of f for the active parameters. */
    /**
     * @param resultSlot for each result of the JVP function, its index among fwd's results (if
     *   known) or lin's results (if not)
     * @param knownJ which results of the JVP function are known
     * @param linearResult which results of lin are linear (they take a cotangent in bwd)
     */
    record Sweeps(Function fwd, Function bwd, List<Integer> resultSlot, BitSet knownJ, BitSet linearResult) {
        int nKnown() { return knownJ.cardinality(); }
    }

    static Sweeps sweeps(AdContext ctx, Function f, BitSet active) {
        JvpPass.Built bt = JvpPass.build(ctx, f, active, f.name() + "$jvp");
        Function j = bt.function();
        int n = f.params().size(), u = active.cardinality();
        BitSet unknown = new BitSet();
        unknown.set(n, n + u);
        PartialEvaluator.Split sp = PartialEvaluator.split(ctx, j, bt.emitter().twins, unknown, f.name() + "$fwd", f.name() + "$lin");
        Function lin = DcePass.run(sp.lin());
        int r = sp.residuals();
        BitSet linMask = new BitSet();
        linMask.set(r, r + u);
        Function bwd = TransposePass.transpose(ctx, lin, linMask, sp.linTwins(), f.name() + "$bwd");
        BitSet linearResult = TransposePass.linearResults(ctx, lin, linMask);
        // Where each J result ended up: index into fwd's results (known) or lin's results (unknown).
        List<Integer> slot = new ArrayList<>();
        int known = 0, unknownIdx = 0;
        for (int k = 0; k < j.body().yields().size(); k++) slot.add(sp.knownResults().get(k) ? known++ : unknownIdx++);
        return new Sweeps(sp.fwd(), bwd, slot, sp.knownResults(), linearResult);
    }

    /**
     * Emits f's primal results and the cotangents of its active parameters into b, given
     * f's arguments and a cotangent per floating-point result.
     */
    static Emitted emit(Builder b, Sweeps s, Function f, List<Value> args, List<Value> resultCts) {
        List<Value> fwdOut = Remapper.inline(b, s.fwd().body(), args);
        int nr = f.resultTypes().size();
        List<Value> primal = new ArrayList<>();
        for (int k = 0; k < nr; k++) primal.add(fwdOut.get(s.resultSlot().get(k))); // primal results are known
        List<Value> bwdArgs = new ArrayList<>(fwdOut.subList(s.nKnown(), fwdOut.size()));
        int fi = 0;
        for (int k = 0; k < nr; k++) {
            if (!f.resultTypes().get(k).isDifferentiable()) continue;
            int jr = nr + fi;
            Value ct = resultCts.get(fi++);
            if (s.knownJ().get(jr)) continue; // a tangent that does not depend on the inputs: no cotangent flows
            int li = s.resultSlot().get(jr);
            if (!s.linearResult().get(li)) continue;
            bwdArgs.add(ct);
        }
        List<Value> cts = Remapper.inline(b, s.bwd().body(), bwdArgs);
        return new Emitted(primal, cts);
    }

    record Emitted(List<Value> primal, List<Value> cts) {}
}
