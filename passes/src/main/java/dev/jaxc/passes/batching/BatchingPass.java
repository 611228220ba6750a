package dev.jaxc.passes.batching;

import dev.jaxc.ir.Function;
import dev.jaxc.ir.Region;
import dev.jaxc.ir.Type;
import dev.jaxc.ir.Value;
import dev.jaxc.ir.prim.*;
import dev.jaxc.passes.batching.Repr.Bat;
import dev.jaxc.passes.batching.Repr.Uni;
import dev.jaxc.passes.util.DcePass;
import dev.jaxc.passes.util.RegionScope;
import java.util.ArrayList;
import java.util.List;

/**
 * vmap as a function → function pass. Signature: a parameter batched along axis a gains one
 * array dimension (lane l's argument is {@code p[l]} for a = 0, the slice {@code p[i][l]} for
 * a = 1); an unbatched one is unchanged. Every result gains a leading dimension of the batch
 * size ({@code out_axes=1}: a second one). The batch size is the length of the first parameter
 * batched along axis 0 (else the row length of the first one batched along axis 1).
 *
 * <p>Generated code: uniform work once, then lane loops over the batch. When the function has
 * loops or branches that must run around lane loops, the batch is processed in tiles of
 * {@link #TILE} lanes so that the tile arrays holding varying values stay in cache.
 */
public final class BatchingPass {
    /** Lanes per tile: tile arrays of doubles stay in the L1 cache. */
    public static final int TILE = 512;

    private BatchingPass() {}

    /**
     * @param inAxes per parameter 0, 1 or null (not batched), already validated
     * @param outAxis 0 or 1 (1 only for results of rank ≥ 1)
     */
    public static Function vmap(Function f, List<Integer> inAxes, int outAxis, String name) {
        RegionScope root = RegionScope.root(f.loc());
        List<Value> params = new ArrayList<>();
        List<Repr> args = new ArrayList<>();
        List<Boolean> batched = new ArrayList<>();
        for (int k = 0; k < f.params().size(); k++) {
            Value p = f.params().get(k);
            Integer axis = inAxes.get(k);
            Value q = root.param(axis == null ? p.type() : p.type().withExtraDim(), p.hint());
            params.add(q);
            args.add(axis == null ? new Uni(q) : new Bat(q, axis, true));
            batched.add(axis != null);
        }
        Value n = batchSize(root, params, inAxes);
        VaryingAnalysis va = VaryingAnalysis.of(f, batched);
        Liveness live = new Liveness(f);
        List<Value> outs = new ArrayList<>();
        for (Type rt : f.resultTypes()) outs.add(root.emit1(new ArrayNew(rt.dtype(), rt.rank() + 1), n));
        List<Value> rows;
        if (va.needsGangControl()) {
            Value zero = root.emit1(Const.ofInt(0));
            rows = root.forLoop(zero, n, TILE, false, outs, (s, ps) -> {
                Value lo = ps.get(0);
                Value left = s.emit1(new Binary(BinaryOp.SUB), n, lo);
                Value t = s.emit1(new Binary(BinaryOp.MIN), s.emit1(Const.ofInt(TILE)), left);
                return new GangEmitter(va, live).run(f, args, s, root, lo, t, ps.subList(1, ps.size()));
            });
        } else {
            rows = new GangEmitter(va, live).run(f, args, root, root, null, n, outs);
        }
        List<Value> results = new ArrayList<>();
        for (Value r : rows) results.add(outAxis == 0 ? r : transpose(root, r, n));
        Region body = root.close(params, List.of(), List.of(), results);
        // Masks and hoisted constants that no lane ended up needing.
        return DcePass.preservingExceptions().apply(new Function(name, body, f.resultNames(), f.loc()));
    }

    private static Value batchSize(RegionScope root, List<Value> params, List<Integer> inAxes) {
        for (int k = 0; k < params.size(); k++)
            if (Integer.valueOf(0).equals(inAxes.get(k))) return root.emit1(new ArrayLength(), params.get(k));
        for (int k = 0; k < params.size(); k++) {
            if (inAxes.get(k) == null) continue;
            Value p = params.get(k);
            Value rows = root.emit1(new ArrayLength(), p);
            Value any = root.emit1(new Compare(CmpOp.GT), rows, root.emit1(Const.ofInt(0)));
            return root.cond(any,
                    (s, ps) -> List.of(s.emit1(new ArrayLength(), s.emit1(new ArrayGet(1), p, s.emit1(Const.ofInt(0))))),
                    (s, ps) -> List.of(s.emit1(Const.ofInt(0)))).get(0);
        }
        throw new IllegalArgumentException("vmap needs at least one batched parameter");
    }

    /** {@code out[j][g] = rows[g][j]}: the batch dimension moved to position 1. */
    private static Value transpose(RegionScope root, Value rows, Value n) {
        Type rt = rows.type();
        Value zero = root.emit1(Const.ofInt(0));
        Value any = root.emit1(new Compare(CmpOp.GT), n, zero);
        Value m = root.cond(any,
                (s, ps) -> List.of(s.emit1(new ArrayLength(), s.emit1(new ArrayGet(1), rows, s.emit1(Const.ofInt(0))))),
                (s, ps) -> List.of(s.emit1(Const.ofInt(0)))).get(0);
        Value out = root.emit1(new ArrayNew(rt.dtype(), rt.rank()), m, n);
        return root.forLoop(zero, m, 1, false, List.of(out), (s, ps) -> {
            Value j = ps.get(0);
            return s.forLoop(s.emit1(Const.ofInt(0)), n, 1, false, List.of(ps.get(1)), (s2, ps2) -> {
                Value g = ps2.get(0);
                Value v = s2.emit1(new ArrayGet(2), rows, g, j);
                return List.of(s2.emit1(new ArraySet(2), ps2.get(1), j, g, v));
            });
        }).get(0);
    }
}
