package dev.jaxc.passes.ad;

import dev.jaxc.ir.Builder;
import dev.jaxc.ir.DType;
import dev.jaxc.ir.Region;
import dev.jaxc.ir.Type;
import dev.jaxc.ir.Value;
import dev.jaxc.ir.prim.BinaryOp;
import dev.jaxc.ir.prim.ForLoop;
import dev.jaxc.ir.prim.UnaryOp;
import dev.jaxc.passes.util.DcePass;
import dev.jaxc.passes.util.Remapper;
import java.util.ArrayList;
import java.util.List;

/**
 * Checkpointed partial evaluation of a counted loop ({@code @Checkpoint}): instead of taping
 * every iteration, the forward sweep runs the loop in segments of S iterations and keeps only
 * the known carries at the start of each segment. The linear part is a loop over segments
 * whose body first recomputes its segment from the snapshot (known ops, taping into
 * segment-sized tapes) and then runs the segment's linear iterations. Transposition turns it
 * into a backward loop over segments, each recomputing before it runs backwards: memory
 * O(n/S + S), which is O(√n) for the default S = ⌈√n⌉, for one extra forward pass.
 */
final class PeCheckpoint {
    private PeCheckpoint() {}

    record Emitted(List<Value> known, List<Value> linear) {}

    /** Segment s of S iterations: [start, start+len) in iteration numbers; lo'/hi' the index bounds. */
    private record Segment(Value len, Value lo, Value hi) {}

    private static Segment segment(Builder b, Value seg, Value s, Value n, Value lo, int step) {
        Value start = b.mul(seg, s);
        Value len = b.binary(BinaryOp.MIN, s, b.sub(n, start));
        Value lo2 = LoopIndex.index(b, lo, start, step);
        return new Segment(len, lo2, LoopIndex.index(b, lo2, len, step));
    }

    private static Value segmentLength(Builder b, Value n, int every) {
        if (every > 0) return b.i32(every);
        Value r = b.convert(b.unary(UnaryOp.CEIL, b.unary(UnaryOp.SQRT, b.convert(n, DType.F64))), DType.I32);
        return b.binary(BinaryOp.MAX, r, b.i32(1));
    }

    static Emitted forLoop(PartialEvaluator pe, PeScope s, PeControlFlow.ForParts p) {
        int step = p.loop().step();
        int nkc = p.kConstOuter().size(), nk = p.kInits().size(), nt = p.nTapes();
        Builder kb = s.kb;
        Value n = LoopIndex.tripCount(kb, p.loK(), p.hiK(), step, p.loop().inclusive());
        Value segLen = segmentLength(kb, n, pe.checkpointEvery);
        Value nseg = kb.div(kb.add(n, kb.sub(segLen, kb.i32(1))), segLen);
        // Forward: run segment by segment, keeping the known carries at each segment's start.
        Region tapeless = tapeless(p.kBody(), nkc, nk, nt);
        List<Value> kIn = new ArrayList<>(List.of(kb.i32(0), nseg));
        kIn.addAll(p.kConstOuter());
        kIn.addAll(List.of(p.loK(), segLen, n));
        kIn.addAll(p.kInits());
        for (Value init : p.kInits()) kIn.add(Tapes.allocate(kb, init.type(), nseg));
        List<Type> pt = types(kIn.subList(2, kIn.size()));
        pt.add(0, Type.I32);
        Region snapBody = kb.region(pt, (b, ps) -> {
            Value seg = ps.get(0);
            List<Value> kc = ps.subList(1, 1 + nkc);
            Value lo = ps.get(1 + nkc), sl = ps.get(2 + nkc), nn = ps.get(3 + nkc);
            List<Value> carries = ps.subList(4 + nkc, 4 + nkc + nk), snaps = ps.subList(4 + nkc + nk, ps.size());
            List<Value> out = new ArrayList<>();
            Segment sg = segment(b, seg, sl, nn, lo, step);
            List<Value> in = new ArrayList<>(List.of(sg.lo(), sg.hi()));
            in.addAll(kc);
            in.add(sg.lo());
            in.addAll(carries);
            out.addAll(b.emit(new ForLoop(step, false, nkc + 1), in, List.of(new Remapper().copyRegion(tapeless))));
            for (int j = 0; j < nk; j++) out.add(Tapes.push(b, snaps.get(j), seg, carries.get(j)));
            return out;
        });
        List<Value> kRes = kb.emit(new ForLoop(1, false, nkc + 3), kIn, List.of(snapBody));
        List<Value> known = kRes.subList(0, nk), snapshots = kRes.subList(nk, kRes.size());
        // Linear: per segment, recompute with tapes, then the segment's linear iterations.
        Builder lb = s.lb;
        PeScope.LoopBody scope = p.scope();
        List<Value> lIn = new ArrayList<>(List.of(lb.i32(0), s.toLinear(nseg), s.toLinear(segLen), s.toLinear(n), s.toLinear(p.loK())));
        for (Value snap : snapshots) lIn.add(s.toLinear(snap));
        for (Value c : p.kConstOuter()) lIn.add(s.toLinear(c));
        for (PeScope.Import im : scope.imports) lIn.add(im.outer());
        int nImports = lIn.size() - 2;
        lIn.addAll(p.lInits());
        List<Type> lt = types(lIn.subList(2, lIn.size()));
        lt.add(0, Type.I32);
        int ni = scope.imports.size();
        Region segBody = lb.region(lt, (b, ps) -> {
            Value seg = ps.get(0), sl = ps.get(1), nn = ps.get(2), lo = ps.get(3);
            List<Value> snaps = ps.subList(4, 4 + nk), kc = ps.subList(4 + nk, 4 + nk + nkc);
            List<Value> imports = ps.subList(4 + nk + nkc, 4 + nk + nkc + ni), carries = ps.subList(4 + nk + nkc + ni, ps.size());
            Segment sg = segment(b, seg, sl, nn, lo, step);
            List<Value> rec = new ArrayList<>(List.of(sg.lo(), sg.hi()));
            rec.addAll(kc);
            rec.add(sg.lo());
            for (Value snap : snaps) rec.add(b.arrayGet(snap, seg));
            for (Value t : scope.taped) rec.add(Tapes.allocate(b, t.type(), sg.len()));
            List<Value> recomputed = b.emit(new ForLoop(step, false, nkc + 1), rec, List.of(p.kBody()));
            List<Value> in = new ArrayList<>(List.of(b.i32(0), sg.len()));
            for (int q = 0; q < ni; q++) in.add(scope.imports.get(q).param() == scope.loImport ? sg.lo() : imports.get(q));
            in.addAll(recomputed.subList(nk, nk + nt));
            in.addAll(carries);
            return b.emit(new ForLoop(1, false, ni + nt), in, List.of(p.lBody()));
        });
        List<Value> lRes = lb.emit(new ForLoop(1, false, nImports), lIn, List.of(segBody));
        return new Emitted(known, lRes);
    }

    /** The known body without its tape writes: (i, consts..., lo, carries...) → carries. */
    private static Region tapeless(Region kBody, int nkc, int nk, int nt) {
        Region c = new Remapper().copyRegion(kBody);
        Region dead = DcePass.pure().apply(new Region(c.params(), c.ops(), c.yields().subList(0, nk)));
        return new Region(c.params().subList(0, c.params().size() - nt), dead.ops(), dead.yields());
    }

    private static List<Type> types(List<Value> vs) {
        List<Type> out = new ArrayList<>();
        for (Value v : vs) out.add(v.type());
        return out;
    }

    /**
     * A while loop under {@code @Checkpoint}: the forward sweep first runs the known loop to
     * count its iterations n (no tapes), then runs it again as n counted iterations in segments,
     * keeping snapshots; the linear part recomputes each segment's tapes before its linear
     * iterations, and the last evaluation of the condition (which runs n + 1 times) is
     * recomputed from the final state.
     */
    static Emitted whileLoop(PartialEvaluator pe, PeScope s, PeControlFlow.WhileParts p) {
        int nk = p.nk(), nkc = p.kConstOuter().size(), nct = p.nTaped(0), nbt = p.nTaped(1);
        Builder kb = s.kb;
        // Count: the known loop with a counter and nothing else.
        List<Value> cIn = new ArrayList<>(p.kConstOuter());
        cIn.addAll(p.kInits());
        cIn.add(kb.i32(0));
        List<Type> ct = types(cIn);
        Region cond = kb.region(ct, (b, ps) -> {
            List<Value> args = new ArrayList<>(ps.subList(0, nkc + nk));
            List<Value> ys = Remapper.inline(b, p.known()[0], args);
            List<Value> out = new ArrayList<>(ys.subList(0, 1 + nk));
            out.add(ps.get(nkc + nk));
            return out;
        });
        Region body = kb.region(ct, (b, ps) -> {
            List<Value> ys = Remapper.inline(b, p.known()[1], ps.subList(0, nkc + nk));
            List<Value> out = new ArrayList<>(ys.subList(0, nk));
            out.add(b.add(ps.get(nkc + nk), b.i32(1)));
            return out;
        });
        List<Value> counted = kb.emit(new dev.jaxc.ir.prim.WhileLoop(nkc), cIn, List.of(cond, body));
        List<Value> finalCarries = counted.subList(0, nk);
        Value n = counted.get(nk);
        Value segLen = segmentLength(kb, n, pe.checkpointEvery);
        Value nseg = kb.div(kb.add(n, kb.sub(segLen, kb.i32(1))), segLen);
        // Snapshots at segment starts.
        List<Value> sIn = new ArrayList<>(List.of(kb.i32(0), nseg));
        sIn.addAll(p.kConstOuter());
        sIn.addAll(List.of(segLen, n));
        sIn.addAll(p.kInits());
        for (Value init : p.kInits()) sIn.add(Tapes.allocate(kb, init.type(), nseg));
        List<Type> st = types(sIn.subList(2, sIn.size()));
        st.add(0, Type.I32);
        Region snapBody = kb.region(st, (b, ps) -> {
            Value seg = ps.get(0);
            List<Value> kc = ps.subList(1, 1 + nkc);
            Value sl = ps.get(1 + nkc), nn = ps.get(2 + nkc);
            List<Value> carries = ps.subList(3 + nkc, 3 + nkc + nk), snaps = ps.subList(3 + nkc + nk, ps.size());
            Value len = b.binary(BinaryOp.MIN, sl, b.sub(nn, b.mul(seg, sl)));
            List<Value> out = new ArrayList<>(b.forLoop(b.i32(0), len, 1, false, kc, carries, (ib, q) ->
                    p.iteration(ib, q.subList(1, 1 + nkc), q.subList(1 + nkc, q.size())).get(0)));
            for (int j = 0; j < nk; j++) out.add(Tapes.push(b, snaps.get(j), seg, carries.get(j)));
            return out;
        });
        List<Value> snapshots = kb.emit(new ForLoop(1, false, nkc + 2), sIn, List.of(snapBody)).subList(nk, nk + nk);
        // Linear: per segment, recompute the tapes, then the segment's linear iterations.
        Builder lb = s.lb;
        List<Value> cImp = p.importOuter().get(0), bImp = p.importOuter().get(1);
        List<Value> lIn = new ArrayList<>(List.of(lb.i32(0), s.toLinear(nseg), s.toLinear(segLen), s.toLinear(n)));
        for (Value snap : snapshots) lIn.add(s.toLinear(snap));
        for (Value c : p.kConstOuter()) lIn.add(s.toLinear(c));
        lIn.addAll(cImp);
        lIn.addAll(bImp);
        int nImports = lIn.size() - 2;
        lIn.addAll(p.lInits());
        List<Type> lt = types(lIn.subList(2, lIn.size()));
        lt.add(0, Type.I32);
        int nci = cImp.size(), nbi = bImp.size();
        Region segBody = lb.region(lt, (b, ps) -> {
            Value seg = ps.get(0), sl = ps.get(1), nn = ps.get(2);
            int o = 3;
            List<Value> snaps = ps.subList(o, o + nk);
            o += nk;
            List<Value> kc = ps.subList(o, o + nkc);
            o += nkc;
            List<Value> ci = ps.subList(o, o + nci);
            o += nci;
            List<Value> bi = ps.subList(o, o + nbi);
            o += nbi;
            List<Value> carries = ps.subList(o, ps.size());
            Value len = b.binary(BinaryOp.MIN, sl, b.sub(nn, b.mul(seg, sl)));
            List<Value> rec = new ArrayList<>();
            for (Value snap : snaps) rec.add(b.arrayGet(snap, seg));
            for (int r = 0; r < 2; r++) for (Value t : p.scopes()[r].taped) rec.add(Tapes.allocate(b, t.type(), len));
            List<Value> tapes = b.forLoop(b.i32(0), len, 1, false, kc, rec, (ib, q) -> {
                Value k = q.get(0);
                List<List<Value>> it = p.iteration(ib, q.subList(1, 1 + nkc), q.subList(1 + nkc, 1 + nkc + nk));
                List<Value> out = new ArrayList<>(it.get(0));
                List<Value> tp = q.subList(1 + nkc + nk, q.size());
                for (int t = 0; t < nct; t++) out.add(Tapes.push(ib, tp.get(t), k, it.get(1).get(t)));
                for (int t = 0; t < nbt; t++) out.add(Tapes.push(ib, tp.get(nct + t), k, it.get(2).get(t)));
                return out;
            }).subList(nk, nk + nct + nbt);
            List<Value> cArgs = new ArrayList<>(ci), bArgs = new ArrayList<>(bi);
            cArgs.addAll(tapes.subList(0, nct));
            bArgs.addAll(tapes.subList(nct, nct + nbt));
            return PeControlFlow.linearWhile(pe, b, p, b.i32(0), len, cArgs, bArgs, carries);
        });
        List<Value> lRes = lb.emit(new ForLoop(1, false, nImports), lIn, List.of(segBody));
        if (!p.condIsIdentity()) {
            // The condition's last run (at iteration n), recomputed from the final state.
            List<Value> args = new ArrayList<>();
            for (Value c : p.kConstOuter()) args.add(s.toLinear(c));
            for (Value c : finalCarries) args.add(s.toLinear(c));
            List<Value> ys = Remapper.inline(lb, p.known()[0], args);
            List<Value> cArgs = new ArrayList<>(cImp);
            for (int t = 0; t < nct; t++) {
                Value taped = ys.get(1 + nk + t);
                cArgs.add(Tapes.push(lb, Tapes.allocate(lb, taped.type(), lb.i32(1)), lb.i32(0), taped));
            }
            lRes = PeControlFlow.inlineLinear(pe, lb, p.lin()[0], lb.i32(0), cArgs, lRes);
        }
        return new Emitted(finalCarries, lRes);
    }
}
