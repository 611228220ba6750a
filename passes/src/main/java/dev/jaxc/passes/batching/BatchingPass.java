package dev.jaxc.passes.batching;

import dev.jaxc.ir.Builder;
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
import java.util.StringJoiner;

/**
 * vmap and pmap as function → function passes. Signature: a parameter batched along axis a
 * gains one array dimension (lane l's argument is {@code p[l]} for a = 0, the slice
 * {@code p[i][l]} for a = 1); an unbatched one is unchanged. Every result gains a leading
 * dimension of the batch size ({@code out_axes=1}: a second one). The batch size is the length
 * of the first parameter batched along axis 0 (else the row length of the first one batched along
 * axis 1).
 *
 * <p>Generated code: uniform work once, then lane loops over the batch. When the function has
 * loops or branches that must run around lane loops, the batch is processed in tiles of
 * {@link #TILE} lanes so that the tile arrays holding varying values stay in cache. pmap splits
 * the batch into chunks of {@link #CHUNK} lanes, each computed by a chunk function that a
 * parallel loop calls ({@link ForLoop#parallel()}); a lane's result does not depend on how the
 * batch is split, so pmap and vmap agree bit for bit.
 */
public final class BatchingPass {
    /** Lanes per tile: tile arrays of doubles stay in the L1 cache. */
    public static final int TILE = 512;
    /** Lanes per pmap chunk (a multiple of the tile). */
    public static final int CHUNK = 8 * TILE;

    /**
     * Program attribute of functions that vmap or pmap made. Batching one again (nested vmap)
     * batches a caller of it instead: one call of the already batched code per outer lane, so the
     * inner lane loops stay counted loops over primitive arrays rather than becoming lock-step
     * loops over lanes of different lengths.
     */
    public static final String BATCHED = "batched";

    private BatchingPass() {}

    /** {@code g(args) = f(args)}: batching it calls f once per lane. */
    public static Function callerOf(Function f) {
        List<String> names = new ArrayList<>();
        for (Value p : f.params()) names.add(p.hint() == null ? "p" + names.size() : p.hint());
        Region body = Builder.function(f.name(), f.paramTypes(), names, f.loc(), (b, ps) -> b.call(f.name(), f.resultTypes(), ps)).body();
        return new Function(f.name(), body, f.resultNames(), f.loc());
    }

    /** pmap's result: the batched function, and the chunk function it calls in parallel (add both). */
    public record Pmap(Function function, Function chunk) {}

    /** The batched function's parameters and their per-lane reprs. */
    private record Params(List<Value> values, List<Repr> reprs, List<Boolean> batched) {}

    private record Analysis(VaryingAnalysis varying, Liveness live) {}

    /**
     * @param inAxes per parameter 0, 1 or null (not batched), already validated
     * @param outAxis 0 or 1 (1 only for results of rank ≥ 1)
     */
    public static Function vmap(Function f, List<Integer> inAxes, int outAxis, String name) {
        RegionScope root = RegionScope.root(f.loc());
        Params ps = params(root, f, inAxes);
        Analysis a = analyse(f, ps);
        Value n = batchSize(root, ps.values(), inAxes);
        List<Value> outs = allocateOuts(root, f, n);
        // An empty batch runs nothing, not even f's uniform part (which may throw).
        Value any = root.emit1(new Compare(CmpOp.GT), n, root.emit1(Const.ofInt(0)));
        List<Value> rows = root.cond(any, (s, q) -> lanes(s, f, a, ps, null, n, outs), (s, q) -> outs);
        return finish(root, f, ps.values(), rows, n, outAxis, name);
    }

    /**
     * pmap: the batch split into chunks of {@link #CHUNK} lanes that run in parallel. The chunk
     * function {@code chunk(lo, params..., n, outs...)} fills lanes {@code [lo, lo + CHUNK)} of
     * its result arrays, which its {@link ForLoop#OWNED_PARAMS} attribute (to be set by the caller,
     * see {@link #ownedOuts}) lets it update in place.
     */
    public static Pmap pmap(Function f, List<Integer> inAxes, int outAxis, String name, String chunkName) {
        RegionScope croot = RegionScope.root(f.loc());
        Value lo = croot.param(Type.I32, "lo");
        Params cps = params(croot, f, inAxes);
        Analysis a = analyse(f, cps);
        Value cn = croot.param(Type.I32, "n");
        List<Value> outParams = new ArrayList<>();
        for (Type rt : f.resultTypes()) outParams.add(croot.param(rt.withExtraDim(), "out"));
        Value width = croot.emit1(new Binary(BinaryOp.MIN), croot.emit1(Const.ofInt(CHUNK)), croot.emit1(new Binary(BinaryOp.SUB), cn, lo));
        Value hi = croot.emit1(new Binary(BinaryOp.ADD), lo, width);
        List<Value> filled = lanes(croot, f, a, cps, lo, hi, outParams);
        List<Value> chunkParams = new ArrayList<>();
        chunkParams.add(lo);
        chunkParams.addAll(cps.values());
        chunkParams.add(cn);
        chunkParams.addAll(outParams);
        Region chunkBody = croot.close(chunkParams, List.of(), List.of(), filled);
        Function chunk = DcePass.preservingExceptions().apply(new Function(chunkName, chunkBody, f.resultNames(), f.loc()));

        RegionScope root = RegionScope.root(f.loc());
        Params ps = params(root, f, inAxes);
        Value n = batchSize(root, ps.values(), inAxes);
        List<Value> outs = allocateOuts(root, f, n);
        List<Type> outTypes = outs.stream().map(Value::type).toList();
        List<Value> rows = root.forLoop(new ForLoop(CHUNK, false, 0, true), root.emit1(Const.ofInt(0)), n, outs, (s, q) -> {
            List<Value> args = new ArrayList<>();
            args.add(q.get(0));
            args.addAll(ps.values());
            args.add(n);
            args.addAll(q.subList(1, q.size()));
            return s.emit(new Call(chunkName, outTypes), args, List.of());
        });
        return new Pmap(finish(root, f, ps.values(), rows, n, outAxis, name), chunk);
    }

    /** The {@link ForLoop#OWNED_PARAMS} attribute value for a chunk function of f. */
    public static String ownedOuts(Function f) {
        StringJoiner j = new StringJoiner(",");
        int first = 1 + f.params().size() + 1;
        for (int k = 0; k < f.resultTypes().size(); k++) j.add(Integer.toString(first + k));
        return j.toString();
    }

    private static Params params(RegionScope root, Function f, List<Integer> inAxes) {
        List<Value> values = new ArrayList<>();
        List<Repr> reprs = new ArrayList<>();
        List<Boolean> batched = new ArrayList<>();
        for (int k = 0; k < f.params().size(); k++) {
            Value p = f.params().get(k);
            Integer axis = inAxes.get(k);
            Value q = root.param(axis == null ? p.type() : p.type().withExtraDim(), p.hint());
            values.add(q);
            reprs.add(axis == null ? new Uni(q) : new Bat(q, axis, true));
            batched.add(axis != null);
        }
        return new Params(values, reprs, batched);
    }

    private static Analysis analyse(Function f, Params ps) {
        return new Analysis(VaryingAnalysis.of(f, ps.batched()), new Liveness(f));
    }

    private static List<Value> allocateOuts(RegionScope root, Function f, Value n) {
        List<Value> outs = new ArrayList<>();
        for (Type rt : f.resultTypes()) outs.add(root.emit1(new ArrayNew(rt.dtype(), rt.rank() + 1), n));
        return outs;
    }

    /**
     * Fills lanes {@code [from, to)} ({@code from} null: 0) of {@code outs}: one lane loop when f
     * needs no loop or branch around lane loops, else tile by tile.
     */
    private static List<Value> lanes(RegionScope s, Function f, Analysis a, Params ps, Value from, Value to, List<Value> outs) {
        if (!a.varying().needsGangControl()) {
            Value t = from == null ? to : s.emit1(new Binary(BinaryOp.SUB), to, from);
            return new GangEmitter(a.varying(), a.live()).run(f, ps.reprs(), s, s, from, t, outs);
        }
        Value start = from == null ? s.emit1(Const.ofInt(0)) : from;
        return s.forLoop(start, to, TILE, false, outs, (ts, q) -> {
            Value lo = q.get(0);
            Value left = ts.emit1(new Binary(BinaryOp.SUB), to, lo);
            Value t = ts.emit1(new Binary(BinaryOp.MIN), ts.emit1(Const.ofInt(TILE)), left);
            return new GangEmitter(a.varying(), a.live()).run(f, ps.reprs(), ts, s, lo, t, q.subList(1, q.size()));
        });
    }

    private static Function finish(RegionScope root, Function f, List<Value> params, List<Value> rows, Value n, int outAxis, String name) {
        List<Value> results = new ArrayList<>();
        for (Value r : rows) results.add(outAxis == 0 ? r : transpose(root, r, n));
        Region body = root.close(params, List.of(), List.of(), results);
        // Masks and hoisted constants that no lane ended up needing.
        return DcePass.preservingExceptions().apply(new Function(name, body, f.resultNames(), f.loc()));
    }

    /**
     * The batch size: the length of the first parameter batched along axis 0, else the row length
     * of the first one batched along axis 1. Every other batched parameter must have as many
     * lanes; one with fewer throws ArrayIndexOutOfBoundsException here, before any lane runs.
     */
    private static Value batchSize(RegionScope root, List<Value> params, List<Integer> inAxes) {
        int first = -1;
        for (int k = 0; k < params.size() && first < 0; k++) if (Integer.valueOf(0).equals(inAxes.get(k))) first = k;
        for (int k = 0; k < params.size() && first < 0; k++) if (inAxes.get(k) != null) first = k;
        if (first < 0) throw new IllegalArgumentException("vmap needs at least one batched parameter");
        Value n = lanes(root, params.get(first), inAxes.get(first));
        Value zero = root.emit1(Const.ofInt(0));
        Value last = root.emit1(new Binary(BinaryOp.SUB), n, root.emit1(Const.ofInt(1)));
        for (int k = 0; k < params.size(); k++) {
            if (k == first || inAxes.get(k) == null) continue;
            Value p = params.get(k);
            boolean axis0 = inAxes.get(k) == 0;
            // p's last lane exists: p[n - 1] along axis 0, p[0][n - 1] along axis 1 (when p has rows)
            Value check = axis0 ? root.emit1(new Compare(CmpOp.GT), n, zero)
                    : root.emit1(new Binary(BinaryOp.AND), root.emit1(new Compare(CmpOp.GT), n, zero),
                            root.emit1(new Compare(CmpOp.GT), root.emit1(new ArrayLength(), p), zero));
            root.cond(check, (s, q) -> {
                if (axis0) s.emit1(new ArrayGet(1), p, last);
                else s.emit1(new ArrayGet(2), p, s.emit1(Const.ofInt(0)), last);
                return List.of();
            }, (s, q) -> List.of());
        }
        return n;
    }

    /** Number of lanes of a parameter batched along axis 0 or 1. */
    private static Value lanes(RegionScope root, Value p, int axis) {
        if (axis == 0) return root.emit1(new ArrayLength(), p);
        Value rows = root.emit1(new ArrayLength(), p);
        Value any = root.emit1(new Compare(CmpOp.GT), rows, root.emit1(Const.ofInt(0)));
        return root.cond(any,
                (s, q) -> List.of(s.emit1(new ArrayLength(), s.emit1(new ArrayGet(1), p, s.emit1(Const.ofInt(0))))),
                (s, q) -> List.of(s.emit1(Const.ofInt(0)))).get(0);
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
