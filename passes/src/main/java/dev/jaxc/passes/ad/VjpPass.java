package dev.jaxc.passes.ad;

import dev.jaxc.ir.Builder;
import dev.jaxc.ir.Function;
import dev.jaxc.ir.Value;
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
        PartialEvaluator.Split sp = PartialEvaluator.split(ctx, j, bt.emitter().twins, unknown, f.name() + "$fwd", f.name() + "$lin",
                CustomRules.checkpointEvery(ctx, f));
        // Not DCE'd first: the twins of nested linear values are imported known values that only
        // transposition reads, and DCE would drop them from the regions.
        Function lin = sp.lin();
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

    /** The forward sweep inlined into b: f's primal results and the residuals for {@link #backward}. */
    record Forward(List<Value> primal, List<Value> residuals) {}

    static Forward forward(Builder b, Sweeps s, Function f, List<Value> args) {
        List<Value> fwdOut = Remapper.inline(b, s.fwd().body(), args);
        List<Value> primal = new ArrayList<>();
        for (int k = 0; k < f.resultTypes().size(); k++) primal.add(fwdOut.get(s.resultSlot().get(k))); // primal results are known
        return new Forward(primal, fwdOut.subList(s.nKnown(), fwdOut.size()));
    }

    /** The backward sweep inlined into b: cotangents of the active parameters (ascending) from one per float result. */
    static List<Value> backward(Builder b, Sweeps s, Function f, List<Value> residuals, List<Value> resultCts) {
        int nr = f.resultTypes().size();
        List<Value> bwdArgs = new ArrayList<>(residuals);
        int fi = 0;
        for (int k = 0; k < nr; k++) {
            if (!f.resultTypes().get(k).isDifferentiable()) continue;
            int jr = nr + fi;
            Value ct = resultCts.get(fi++);
            if (s.knownJ().get(jr)) continue; // a tangent that does not depend on the inputs: no cotangent flows
            if (!s.linearResult().get(s.resultSlot().get(jr))) continue;
            bwdArgs.add(ct);
        }
        return Remapper.inline(b, s.bwd().body(), bwdArgs);
    }

    /** Both sweeps: f's primal results and the cotangents of its active parameters. */
    static Emitted emit(Builder b, Sweeps s, Function f, List<Value> args, List<Value> resultCts) {
        Forward fw = forward(b, s, f, args);
        return new Emitted(fw.primal(), backward(b, s, f, fw.residuals(), resultCts));
    }

    record Emitted(List<Value> primal, List<Value> cts) {}
}
