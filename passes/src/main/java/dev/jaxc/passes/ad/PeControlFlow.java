package dev.jaxc.passes.ad;

import dev.jaxc.ir.Builder;
import dev.jaxc.ir.Op;
import dev.jaxc.ir.Region;
import dev.jaxc.ir.Type;
import dev.jaxc.ir.Value;
import dev.jaxc.ir.prim.Cond;
import dev.jaxc.ir.prim.ForLoop;
import dev.jaxc.ir.prim.WhileLoop;
import dev.jaxc.passes.util.Remapper;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * Partial evaluation of structured control flow (Enzyme's recipe in SSA form):
 * <ul>
 * <li>cond: a known cond that also yields the residuals its branch produced (branches share
 *   residual slots by type), and a linear cond on the same (known) predicate — the branch taken
 *   is recorded by the predicate itself;
 * <li>for: a known loop that writes residuals to tapes of trip-count length, and a linear loop
 *   over iterations 0..n-1 that reads them;
 * <li>while: a known loop that counts its iterations and pushes residuals to growing tapes;
 *   the linear part is a counted loop over the recorded count — so a data-dependent trip count
 *   poses no problem in reverse mode. The condition region runs once more than the body; its
 *   linear part (if any) runs once more after the loop.
 * </ul>
 */
final class PeControlFlow {
    private PeControlFlow() {}

    // ---- cond -----------------------------------------------------------------------------

    static void cond(PartialEvaluator pe, Op op, PeScope s) {
        List<Value> operands = op.inputs().subList(1, op.inputs().size());
        int n = op.results().size();
        PeScope.Branch[] br = new PeScope.Branch[2];
        List<List<Value>> knownParams = new ArrayList<>(), unknownParams = new ArrayList<>();
        List<List<Value>> knownYields = new ArrayList<>(), linYields = new ArrayList<>();
        for (int b = 0; b < 2; b++) {
            Region r = op.region(b);
            PeScope.Branch x = new PeScope.Branch(new Builder().at(op.loc()), new Builder().at(op.loc()), pe.kdefs);
            br[b] = x;
            List<Value> kp = new ArrayList<>(), up = new ArrayList<>();
            for (int i = 0; i < operands.size(); i++) {
                Value p = r.params().get(i);
                if (pe.isActive(operands.get(i))) continue;
                Value np = new Value(p.type(), p.hint());
                pe.km.bind(p, np);
                x.knownParamOperand.put(np, i);
                kp.add(np);
            }
            for (int i = 0; i < operands.size(); i++) {
                if (!pe.isActive(operands.get(i))) continue;
                Value p = r.params().get(i), np = new Value(p.type(), p.hint());
                up.add(np);
                pe.bindLinear(p, np, x);
            }
            pe.ops(r.ops(), x);
            List<Value> ky = new ArrayList<>(), ly = new ArrayList<>();
            for (int j = 0; j < n; j++) {
                Value y = r.yields().get(j);
                if (pe.isActive(op.results().get(j))) ly.add(pe.linearInput(y, x));
                else ky.add(pe.km.get(y));
            }
            knownParams.add(kp);
            unknownParams.add(up);
            knownYields.add(ky);
            linYields.add(ly);
        }
        // Residual slots shared by type between the branches.
        List<Type> slotTypes = new ArrayList<>();
        int[][] slotOf = new int[2][];
        for (int b = 0; b < 2; b++) {
            List<Value> res = br[b].residualKnown;
            slotOf[b] = new int[res.size()];
            boolean[] taken = new boolean[slotTypes.size() + res.size()];
            for (int q = 0; q < res.size(); q++) {
                int slot = -1;
                for (int t = 0; t < slotTypes.size() && b == 1; t++)
                    if (!taken[t] && slotTypes.get(t).equals(res.get(q).type())) {
                        slot = t;
                        break;
                    }
                if (slot < 0) {
                    slot = slotTypes.size();
                    slotTypes.add(res.get(q).type());
                }
                taken[slot] = true;
                slotOf[b][q] = slot;
            }
        }
        // Known cond: known results, then the slots.
        List<Region> kRegions = new ArrayList<>();
        for (int b = 0; b < 2; b++) {
            Builder kb = br[b].kb;
            Value[] slots = new Value[slotTypes.size()];
            for (int q = 0; q < slotOf[b].length; q++) slots[slotOf[b][q]] = br[b].residualKnown.get(q);
            for (int t = 0; t < slots.length; t++) if (slots[t] == null) slots[t] = dummy(kb, slotTypes.get(t));
            List<Value> ys = new ArrayList<>(knownYields.get(b));
            ys.addAll(List.of(slots));
            kRegions.add(kb.finish(knownParams.get(b), ys));
        }
        List<Value> kIn = new ArrayList<>();
        kIn.add(pe.km.get(op.input(0)));
        for (Value o : operands) if (!pe.isActive(o)) kIn.add(pe.km.get(o));
        List<Value> kRes = s.kb.emit(new Cond(), kIn, kRegions);
        int q = 0;
        for (int j = 0; j < n; j++) if (!pe.isActive(op.results().get(j))) pe.km.bind(op.results().get(j), kRes.get(q++));
        List<Value> slotResults = kRes.subList(q, kRes.size());
        // Linear cond: (predicate, pass-throughs, slots, unknown operands).
        TreeSet<Integer> through = new TreeSet<>(br[0].passThrough.keySet());
        through.addAll(br[1].passThrough.keySet());
        List<Value> lIn = new ArrayList<>();
        lIn.add(s.toLinear(pe.km.get(op.input(0))));
        for (int i : through) lIn.add(s.toLinear(pe.km.get(operands.get(i))));
        for (Value sr : slotResults) lIn.add(s.toLinear(sr));
        for (Value o : operands) if (pe.isActive(o)) lIn.add(pe.lm.get(o));
        List<Region> lRegions = new ArrayList<>();
        for (int b = 0; b < 2; b++) {
            List<Value> ps = new ArrayList<>();
            for (int i : through) {
                Value p = br[b].passThrough.get(i);
                ps.add(p != null ? p : fresh(lIn.get(ps.size() + 1)));
            }
            Value[] slotParams = new Value[slotTypes.size()];
            for (int r = 0; r < slotOf[b].length; r++) slotParams[slotOf[b][r]] = br[b].residualParams.get(r);
            for (int t = 0; t < slotParams.length; t++) if (slotParams[t] == null) slotParams[t] = new Value(slotTypes.get(t), "unused");
            ps.addAll(List.of(slotParams));
            ps.addAll(unknownParams.get(b));
            lRegions.add(br[b].lb.finish(ps, linYields.get(b)));
        }
        List<Value> lRes = s.lb.emit(new Cond(), lIn, lRegions);
        int l = 0;
        for (int j = 0; j < n; j++) if (pe.isActive(op.results().get(j))) pe.bindLinear(op.results().get(j), lRes.get(l++), s);
    }

    private static Value fresh(Value like) { return new Value(like.type(), like.hint()); }

    /** A placeholder for a residual slot the other branch fills. */
    private static Value dummy(Builder b, Type t) {
        return t.isScalar() ? b.zero(t.dtype()) : b.arrayNew(t.dtype(), t.rank(), b.i32(0));
    }

    // ---- for ------------------------------------------------------------------------------

    static void forLoop(PartialEvaluator pe, Op op, ForLoop f, PeScope s) {
        int nc = f.nConsts(), m = op.results().size();
        Region body = op.region(0);
        List<Value> consts = op.inputs().subList(2, 2 + nc), inits = op.inputs().subList(2 + nc, op.inputs().size());
        List<Value> cParams = body.params().subList(1, 1 + nc), carryParams = body.params().subList(1 + nc, body.params().size());
        PeScope.LoopBody lp = new PeScope.LoopBody(pe, s, new Builder().at(op.loc()), new Builder().at(op.loc()));
        Value loK = pe.km.get(op.input(0)), hiK = pe.km.get(op.input(1));
        Value iK = fresh(body.params().get(0));
        pe.km.bind(body.params().get(0), iK);
        lp.indexKnown = iK;
        lp.loOuter = loK;
        lp.step = f.step();
        List<Value> kConstParams = new ArrayList<>(), kConstOuter = new ArrayList<>();
        for (int i = 0; i < nc; i++) {
            if (pe.isActive(consts.get(i))) continue;
            Value p = fresh(cParams.get(i));
            pe.km.bind(cParams.get(i), p);
            lp.constOuter.put(p, pe.km.get(consts.get(i)));
            kConstParams.add(p);
            kConstOuter.add(pe.km.get(consts.get(i)));
        }
        List<Value> kCarryParams = new ArrayList<>(), kInits = new ArrayList<>();
        for (int j = 0; j < m; j++) {
            if (pe.isActive(carryParams.get(j))) continue;
            Value p = fresh(carryParams.get(j));
            pe.km.bind(carryParams.get(j), p);
            kCarryParams.add(p);
            kInits.add(pe.km.get(inits.get(j)));
        }
        for (int i = 0; i < nc; i++)
            if (pe.isActive(consts.get(i))) pe.bindLinear(cParams.get(i), lp.importOuter(pe.lm.get(consts.get(i))), lp);
        List<Value> lCarryParams = new ArrayList<>();
        for (int j = 0; j < m; j++) {
            if (!pe.isActive(carryParams.get(j))) continue;
            Value p = fresh(carryParams.get(j));
            lCarryParams.add(p);
            pe.bindLinear(carryParams.get(j), p, lp);
        }
        pe.ops(body.ops(), lp);
        List<Value> kYields = new ArrayList<>(), lYields = new ArrayList<>();
        for (int j = 0; j < m; j++) {
            Value y = body.yields().get(j);
            if (pe.isActive(carryParams.get(j))) lYields.add(pe.linearInput(y, lp));
            else kYields.add(pe.km.get(y));
        }
        // Known body: (i, known consts..., lo, known carries..., tapes...) → (known carries..., tapes...).
        Value loParam = new Value(dev.jaxc.ir.Type.I32, "lo");
        List<Value> kTapeParams = new ArrayList<>();
        for (Value t : lp.taped) kTapeParams.add(new Value(Tapes.tapeType(t.type()), "tape"));
        Value kk = LoopIndex.iteration(lp.kb, iK, loParam, f.step());
        for (int t = 0; t < lp.taped.size(); t++) kYields.add(Tapes.push(lp.kb, kTapeParams.get(t), kk, lp.taped.get(t)));
        List<Value> kParams = new ArrayList<>();
        kParams.add(iK);
        kParams.addAll(kConstParams);
        kParams.add(loParam);
        kParams.addAll(kCarryParams);
        kParams.addAll(kTapeParams);
        Region kBody = lp.kb.finish(kParams, kYields);
        // Linear body: (k, imports..., tapes..., linear carries...) → linear carries.
        List<Value> lParams = new ArrayList<>();
        lParams.add(lp.k);
        for (PeScope.Import im : lp.imports) lParams.add(im.param());
        lParams.addAll(lp.tapeParams);
        lParams.addAll(lCarryParams);
        Region lBody = lp.lb.finish(lParams, lYields);
        List<Value> lInits = new ArrayList<>();
        for (int j = 0; j < m; j++) if (pe.isActive(carryParams.get(j))) lInits.add(pe.linearInput(inits.get(j), s));
        ForParts parts = new ForParts(f, loK, hiK, kConstOuter, kInits, kBody, lp, lBody, lInits);
        List<Value> kRes, lRes;
        if (pe.checkpointEvery >= 0 && s instanceof PeScope.Top) {
            PeCheckpoint.Emitted em = PeCheckpoint.forLoop(pe, s, parts);
            kRes = em.known();
            lRes = em.linear();
        } else {
            kRes = tapedKnown(s, parts);
            lRes = tapedLinear(s, parts, kRes.subList(kInits.size(), kRes.size()));
        }
        int q = 0;
        for (int j = 0; j < m; j++) if (!pe.isActive(carryParams.get(j))) pe.km.bind(op.results().get(j), kRes.get(q++));
        int l = 0;
        for (int j = 0; j < m; j++) if (pe.isActive(carryParams.get(j))) pe.bindLinear(op.results().get(j), lRes.get(l++), s);
    }

    /** The halves of a split counted loop, before they are emitted. */
    record ForParts(ForLoop loop, Value loK, Value hiK, List<Value> kConstOuter, List<Value> kInits, Region kBody,
                    PeScope.LoopBody scope, Region lBody, List<Value> lInits) {
        int nTapes() { return scope.taped.size(); }
    }

    /** The forward loop taping every iteration: known results, then the tapes. */
    private static List<Value> tapedKnown(PeScope s, ForParts p) {
        int before = s.kb.ops().size();
        Value nK = LoopIndex.tripCount(s.kb, p.loK(), p.hiK(), p.loop().step(), p.loop().inclusive());
        recordDefs(s, before); // an enclosing loop may recompute the count rather than tape it
        p.scope().tripCount = nK;
        List<Value> kIn = new ArrayList<>(List.of(p.loK(), p.hiK()));
        kIn.addAll(p.kConstOuter());
        kIn.add(p.loK());
        kIn.addAll(p.kInits());
        for (Value t : p.scope().taped) kIn.add(Tapes.allocate(s.kb, t.type(), nK));
        return s.kb.emit(new ForLoop(p.loop().step(), p.loop().inclusive(), p.kConstOuter().size() + 1), kIn, List.of(p.kBody()));
    }

    private static void recordDefs(PeScope s, int from) {
        for (int i = from; i < s.kb.ops().size(); i++) {
            Op op = s.kb.ops().get(i);
            for (Value v : op.results()) s.kdefs.put(v, op);
        }
    }

    /** The linear loop over iterations 0..n-1 reading the tapes. */
    private static List<Value> tapedLinear(PeScope s, ForParts p, List<Value> tapes) {
        List<Value> lIn = new ArrayList<>();
        lIn.add(s.lb.i32(0));
        lIn.add(s.toLinear(p.scope().tripCount));
        for (PeScope.Import im : p.scope().imports) lIn.add(im.outer());
        for (Value t : tapes) lIn.add(s.toLinear(t));
        int nImports = lIn.size() - 2;
        lIn.addAll(p.lInits());
        return s.lb.emit(new ForLoop(1, false, nImports), lIn, List.of(p.lBody()));
    }

    // ---- while ----------------------------------------------------------------------------

    static void whileLoop(PartialEvaluator pe, Op op, WhileLoop w, PeScope s) {
        int nc = w.nConsts(), m = op.results().size();
        List<Value> consts = op.inputs().subList(0, nc), inits = op.inputs().subList(nc, op.inputs().size());
        Region[] regions = {op.region(0), op.region(1)};
        PeScope.LoopBody[] sc = new PeScope.LoopBody[2];
        List<List<Value>> kParams = new ArrayList<>(), lCarryParams = new ArrayList<>();
        List<List<Value>> kYields = new ArrayList<>(), lYields = new ArrayList<>();
        List<Value> kConstOuter = new ArrayList<>(), kInits = new ArrayList<>();
        for (int i = 0; i < nc; i++) if (!pe.isActive(consts.get(i))) kConstOuter.add(pe.km.get(consts.get(i)));
        for (int j = 0; j < m; j++) if (!pe.isActive(regions[1].params().get(nc + j))) kInits.add(pe.km.get(inits.get(j)));
        for (int r = 0; r < 2; r++) {
            Region reg = regions[r];
            PeScope.LoopBody lp = new PeScope.LoopBody(pe, s, new Builder().at(op.loc()), new Builder().at(op.loc()));
            sc[r] = lp;
            List<Value> kp = new ArrayList<>();
            for (int i = 0; i < nc; i++) {
                if (pe.isActive(consts.get(i))) continue;
                Value p = fresh(reg.params().get(i));
                pe.km.bind(reg.params().get(i), p);
                lp.constOuter.put(p, pe.km.get(consts.get(i)));
                kp.add(p);
            }
            for (int j = 0; j < m; j++) {
                Value cp = reg.params().get(nc + j);
                if (pe.isActive(cp)) continue;
                Value p = fresh(cp);
                pe.km.bind(cp, p);
                kp.add(p);
            }
            for (int i = 0; i < nc; i++)
                if (pe.isActive(consts.get(i))) pe.bindLinear(reg.params().get(i), lp.importOuter(pe.lm.get(consts.get(i))), lp);
            List<Value> lc = new ArrayList<>();
            for (int j = 0; j < m; j++) {
                Value cp = reg.params().get(nc + j);
                if (!pe.isActive(cp)) continue;
                Value p = fresh(cp);
                lc.add(p);
                pe.bindLinear(cp, p, lp);
            }
            pe.ops(reg.ops(), lp);
            int off = r == 0 ? 1 : 0;
            List<Value> ky = new ArrayList<>(), ly = new ArrayList<>();
            if (r == 0) ky.add(pe.km.get(reg.yields().get(0)));
            for (int j = 0; j < m; j++) {
                Value y = reg.yields().get(off + j);
                if (pe.isActive(reg.params().get(nc + j))) ly.add(pe.linearInput(y, lp));
                else ky.add(pe.km.get(y));
            }
            kParams.add(kp);
            lCarryParams.add(lc);
            kYields.add(ky);
            lYields.add(ly);
        }
        // Known regions (known consts..., known carries...) → ([pred,] known carries'..., taped values...);
        // linear regions (k, imports..., tapes..., linear carries...) → linear carries'.
        Region[] known = new Region[2], lin = new Region[2];
        List<List<Value>> importOuter = new ArrayList<>();
        for (int r = 0; r < 2; r++) {
            PeScope.LoopBody lp = sc[r];
            List<Value> ky = new ArrayList<>(kYields.get(r));
            ky.addAll(lp.taped);
            known[r] = lp.kb.finish(kParams.get(r), ky);
            List<Value> ps = new ArrayList<>(), outer = new ArrayList<>();
            ps.add(lp.k);
            for (PeScope.Import im : lp.imports) {
                ps.add(im.param());
                outer.add(im.outer());
            }
            ps.addAll(lp.tapeParams);
            ps.addAll(lCarryParams.get(r));
            lin[r] = lp.lb.finish(ps, lYields.get(r));
            importOuter.add(outer);
        }
        List<Value> lInits = new ArrayList<>();
        for (int j = 0; j < m; j++) if (pe.isActive(regions[1].params().get(nc + j))) lInits.add(pe.linearInput(inits.get(j), s));
        WhileParts parts = new WhileParts(kConstOuter, kInits, known, lin, sc, importOuter, lInits,
                lin[0].ops().isEmpty() && lin[0].yields().equals(lCarryParams.get(0)));
        PeCheckpoint.Emitted em = pe.checkpointEvery >= 0 && s instanceof PeScope.Top
                ? PeCheckpoint.whileLoop(pe, s, parts) : tapedWhile(pe, s, parts);
        int q = 0, l = 0;
        for (int j = 0; j < m; j++) {
            if (pe.isActive(regions[1].params().get(nc + j))) pe.bindLinear(op.results().get(j), em.linear().get(l++), s);
            else pe.km.bind(op.results().get(j), em.known().get(q++));
        }
    }

    /** The halves of a split while loop before they are emitted (index 0: the condition, 1: the body). */
    record WhileParts(List<Value> kConstOuter, List<Value> kInits, Region[] known, Region[] lin, PeScope.LoopBody[] scopes,
                      List<List<Value>> importOuter, List<Value> lInits, boolean condIsIdentity) {
        int nk() { return kInits.size(); }
        int nTaped(int r) { return scopes[r].taped.size(); }

        /** Runs the known condition region then the known body region: (carries', cond taped, body taped). */
        List<List<Value>> iteration(Builder b, List<Value> kc, List<Value> carries) {
            List<Value> args = new ArrayList<>(kc);
            args.addAll(carries);
            List<Value> cy = Remapper.inline(b, known[0], args);
            List<Value> c1 = cy.subList(1, 1 + nk());
            List<Value> args2 = new ArrayList<>(kc);
            args2.addAll(c1);
            List<Value> by = Remapper.inline(b, known[1], args2);
            return List.of(by.subList(0, nk()), cy.subList(1 + nk(), cy.size()), by.subList(nk(), by.size()), List.of(cy.get(0)));
        }
    }

    /** The forward while loop counting iterations and pushing residuals to growing tapes, and its linear loop. */
    private static PeCheckpoint.Emitted tapedWhile(PartialEvaluator pe, PeScope s, WhileParts p) {
        int nk = p.nk(), nct = p.nTaped(0), nbt = p.nTaped(1), nkc = p.kConstOuter().size();
        List<Value> allTaped = new ArrayList<>(p.scopes()[0].taped);
        allTaped.addAll(p.scopes()[1].taped);
        List<Value> kIn = new ArrayList<>(p.kConstOuter());
        kIn.addAll(p.kInits());
        kIn.add(s.kb.i32(0));
        for (Value t : allTaped) kIn.add(Tapes.allocate(s.kb, t.type(), s.kb.i32(Tapes.INITIAL_CAPACITY)));
        List<dev.jaxc.ir.Type> pt = new ArrayList<>();
        for (Value v : kIn) pt.add(v.type());
        Region cond = s.kb.region(pt, (b, ps) -> {
            List<Value> kc = ps.subList(0, nkc), car = ps.subList(nkc, nkc + nk);
            Value k = ps.get(nkc + nk);
            List<Value> args = new ArrayList<>(kc);
            args.addAll(car);
            List<Value> ys = Remapper.inline(b, p.known()[0], args);
            List<Value> tapes = new ArrayList<>(Tapes.ensureCapacity(b, k, ps.subList(nkc + nk + 1, ps.size())));
            for (int t = 0; t < nct; t++) tapes.set(t, Tapes.push(b, tapes.get(t), k, ys.get(1 + nk + t)));
            List<Value> out = new ArrayList<>(ys.subList(0, 1 + nk));
            out.add(k);
            out.addAll(tapes);
            return out;
        });
        Region body = s.kb.region(pt, (b, ps) -> {
            List<Value> kc = ps.subList(0, nkc), car = ps.subList(nkc, nkc + nk);
            Value k = ps.get(nkc + nk);
            List<Value> args = new ArrayList<>(kc);
            args.addAll(car);
            List<Value> ys = Remapper.inline(b, p.known()[1], args);
            List<Value> tapes = new ArrayList<>(ps.subList(nkc + nk + 1, ps.size()));
            for (int t = 0; t < nbt; t++) tapes.set(nct + t, Tapes.push(b, tapes.get(nct + t), k, ys.get(nk + t)));
            List<Value> out = new ArrayList<>(ys.subList(0, nk));
            out.add(b.add(k, b.i32(1)));
            out.addAll(tapes);
            return out;
        });
        List<Value> kRes = s.kb.emit(new WhileLoop(nkc), kIn, List.of(cond, body));
        Value nK = kRes.get(nk);
        List<Value> tapeRes = kRes.subList(nk + 1, kRes.size());
        List<Value> cArgs = new ArrayList<>(p.importOuter().get(0)), bArgs = new ArrayList<>(p.importOuter().get(1));
        for (int t = 0; t < nct; t++) cArgs.add(s.toLinear(tapeRes.get(t)));
        for (int t = 0; t < nbt; t++) bArgs.add(s.toLinear(tapeRes.get(nct + t)));
        Value nL = s.toLinear(nK);
        List<Value> lin = linearWhile(pe, s.lb, p, s.lb.i32(0), nL, cArgs, bArgs, p.lInits());
        List<Value> fin = p.condIsIdentity() ? lin : inline(pe, s.lb, p.lin()[0], nL, cArgs, lin);
        return new PeCheckpoint.Emitted(kRes.subList(0, nk), fin);
    }

    /**
     * The linear iterations lo..hi-1 of a split while loop: a counted loop whose body runs the
     * condition's linear part (unless it is the identity) and then the body's, reading the
     * tapes in cArgs/bArgs at the iteration number.
     */
    static List<Value> linearWhile(PartialEvaluator pe, Builder lb, WhileParts p, Value lo, Value hi,
                                   List<Value> cArgs, List<Value> bArgs, List<Value> inits) {
        List<Value> lIn = new ArrayList<>(List.of(lo, hi));
        int nConstsC = p.condIsIdentity() ? 0 : cArgs.size();
        if (!p.condIsIdentity()) lIn.addAll(cArgs);
        lIn.addAll(bArgs);
        int nImports = lIn.size() - 2;
        lIn.addAll(inits);
        List<dev.jaxc.ir.Type> pt = new ArrayList<>();
        pt.add(dev.jaxc.ir.Type.I32);
        for (Value v : lIn.subList(2, lIn.size())) pt.add(v.type());
        Region loopBody = lb.region(pt, (bb, ps) -> {
            Value k = ps.get(0);
            List<Value> cI = ps.subList(1, 1 + nConstsC), bI = ps.subList(1 + nConstsC, 1 + nImports);
            List<Value> carries = ps.subList(1 + nImports, ps.size());
            List<Value> c1 = p.condIsIdentity() ? carries : inline(pe, bb, p.lin()[0], k, cI, carries);
            return inline(pe, bb, p.lin()[1], k, bI, c1);
        });
        return lb.emit(new ForLoop(1, false, nImports), lIn, List.of(loopBody));
    }

    static List<Value> inlineLinear(PartialEvaluator pe, Builder b, Region r, Value k, List<Value> imports, List<Value> carries) {
        return inline(pe, b, r, k, imports, carries);
    }

    /** Inlines a linear region and carries the twins of its values over to the copies. */
    private static List<Value> inline(PartialEvaluator pe, Builder b, Region r, Value k, List<Value> imports, List<Value> carries) {
        List<Value> args = new ArrayList<>();
        args.add(k);
        args.addAll(imports);
        args.addAll(carries);
        Remapper m = new Remapper();
        List<Value> ys = m.inlineRegion(b, r, args);
        Map<Value, Value> copies = new HashMap<>();
        for (var e : pe.linTwins.entrySet())
            if (m.has(e.getKey())) copies.put(m.get(e.getKey()), m.getOrSelf(e.getValue()));
        pe.linTwins.putAll(copies);
        return ys;
    }
}
