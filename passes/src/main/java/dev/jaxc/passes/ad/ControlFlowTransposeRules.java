package dev.jaxc.passes.ad;

import dev.jaxc.ir.Builder;
import dev.jaxc.ir.Region;
import dev.jaxc.ir.Type;
import dev.jaxc.ir.Value;
import dev.jaxc.ir.prim.Cond;
import dev.jaxc.ir.prim.ForLoop;
import java.util.ArrayList;
import java.util.List;

/**
 * Transpose rules of linear cond and for. A cond is transposed into a cond on the same known
 * predicate whose branches are the transposed branches, yielding cotangents of the linear
 * operands. A for loop runs backwards over the same indices; its carries are the cotangents
 * of the linear carries (which ones is a fixed point, as in forward mode) and accumulators for
 * the cotangents of linear loop constants, accumulated in place across iterations.
 */
final class ControlFlowTransposeRules {
    private ControlFlowTransposeRules() {}

    static final TransposeRule COND = (t, op, cts) -> {
        if (t.isLinear(op.input(0))) throw t.nonlinear(op);
        List<Value> operands = op.inputs().subList(1, op.inputs().size());
        int k = operands.size(), n = op.results().size();
        List<Value> in = new ArrayList<>();
        in.add(t.known(op.input(0)));
        for (Value o : operands) if (!t.isLinear(o)) in.add(t.known(o));
        for (Value c : cts) if (c != null) in.add(c);
        Builder[] inner = new Builder[2];
        List<List<Value>> params = new ArrayList<>();
        List<List<Value>> contrib = new ArrayList<>();
        for (int b = 0; b < 2; b++) {
            Region r = op.region(b);
            Builder ib = new Builder().at(op.loc());
            inner[b] = ib;
            List<Value> ps = new ArrayList<>(), ctParams = new ArrayList<>();
            for (int i = 0; i < k; i++) {
                if (t.isLinear(operands.get(i))) continue;
                Value p = new Value(r.params().get(i).type(), r.params().get(i).hint());
                t.bindKnown(r.params().get(i), p);
                ps.add(p);
            }
            List<Value> yieldCts = new ArrayList<>();
            for (int j = 0; j < n; j++) {
                Value c = cts.get(j);
                if (c == null) {
                    yieldCts.add(null);
                    continue;
                }
                Value p = new Value(c.type(), "ct");
                ctParams.add(p);
                yieldCts.add(p);
            }
            ps.addAll(ctParams);
            params.add(ps);
            List<Value> out = new ArrayList<>();
            t.with(ib, () -> {
                t.clearCts(r);
                t.seedYields(r, yieldCts);
                t.region(r);
                for (int i = 0; i < k; i++) out.add(t.isLinear(operands.get(i)) ? t.ct(r.params().get(i)) : null);
                return null;
            });
            contrib.add(out);
        }
        boolean[] outMask = new boolean[k];
        List<Region> regions = new ArrayList<>();
        for (int i = 0; i < k; i++) outMask[i] = contrib.get(0).get(i) != null || contrib.get(1).get(i) != null;
        for (int b = 0; b < 2; b++) {
            Region r = op.region(b);
            List<Value> ys = new ArrayList<>();
            for (int i = 0; i < k; i++) {
                if (!outMask[i]) continue;
                Value c = contrib.get(b).get(i);
                final int ii = i;
                ys.add(c != null ? c : t.with(inner[b], () -> t.zerosLike(r.params().get(ii))));
            }
            regions.add(inner[b].finish(params.get(b), ys));
        }
        List<Value> res = t.b().emit(new Cond(), in, regions);
        int q = 0;
        for (int i = 0; i < k; i++) if (outMask[i]) t.addCt(operands.get(i), res.get(q++));
    };

    static TransposeRule forLoop(ForLoop f) {
        return (t, op, cts) -> {
            int nc = f.nConsts(), m = op.results().size();
            Region body = op.region(0);
            List<Value> consts = op.inputs().subList(2, 2 + nc), inits = op.inputs().subList(2 + nc, op.inputs().size());
            List<Value> cParams = body.params().subList(1, 1 + nc), carryParams = body.params().subList(1 + nc, body.params().size());
            if (t.isLinear(op.input(0)) || t.isLinear(op.input(1))) throw t.nonlinear(op);
            for (Value p : carryParams)
                if (!t.isLinear(p)) throw new IllegalStateException("a linear loop carries a known value " + p + "; partial evaluation should have split it");
            boolean[] mask = new boolean[m];
            for (int j = 0; j < m; j++) mask[j] = cts.get(j) != null;
            List<Integer> linConsts = new ArrayList<>();
            for (int i = 0; i < nc; i++) if (t.isLinear(consts.get(i))) linConsts.add(i);
            Builder ib;
            List<Value> ps, ys;
            while (true) {
                ib = new Builder().at(op.loc());
                ps = new ArrayList<>();
                Value iT = new Value(Type.I32, body.params().get(0).hint());
                ps.add(iT);
                t.clearCts(body);
                t.bindKnown(body.params().get(0), iT);
                for (int i = 0; i < nc; i++) {
                    if (linConsts.contains(i)) continue;
                    Value p = new Value(cParams.get(i).type(), cParams.get(i).hint());
                    t.bindKnown(cParams.get(i), p);
                    ps.add(p);
                }
                List<Value> accs = new ArrayList<>();
                for (int i : linConsts) {
                    Value p = new Value(cParams.get(i).type(), "acc");
                    accs.add(p);
                    t.setCt(cParams.get(i), p);
                }
                ps.addAll(accs);
                List<Value> yieldCts = new ArrayList<>();
                for (int j = 0; j < m; j++) {
                    if (!mask[j]) {
                        yieldCts.add(null);
                        continue;
                    }
                    Value p = new Value(carryParams.get(j).type(), "ct");
                    ps.add(p);
                    yieldCts.add(p);
                }
                boolean[] m2 = mask.clone();
                List<Value> out = new ArrayList<>();
                t.with(ib, () -> {
                    t.seedYields(body, yieldCts);
                    t.region(body);
                    for (int i : linConsts) out.add(t.ct(cParams.get(i)));
                    for (int j = 0; j < m; j++) {
                        Value c = t.ct(carryParams.get(j));
                        if (c != null) m2[j] = true;
                    }
                    return null;
                });
                if (java.util.Arrays.equals(m2, mask)) {
                    ys = new ArrayList<>(out);
                    final Builder fb = ib;
                    for (int j = 0; j < m; j++) {
                        if (!mask[j]) continue;
                        final int jj = j;
                        ys.add(t.with(fb, () -> t.ctOrZeros(carryParams.get(jj))));
                    }
                    break;
                }
                mask = m2;
            }
            // Reversed loop over the same indices.
            Builder b = t.b();
            Value lo = t.known(op.input(0)), hi = t.known(op.input(1));
            int step = f.step();
            Value start;
            if (Math.abs(step) == 1 && !f.inclusive()) start = step > 0 ? b.sub(hi, b.i32(1)) : b.add(hi, b.i32(1));
            else if (Math.abs(step) == 1) start = hi;
            else {
                Value n = LoopIndex.tripCount(b, lo, hi, step, f.inclusive());
                start = LoopIndex.index(b, lo, b.sub(n, b.i32(1)), step);
            }
            List<Value> in = new ArrayList<>(List.of(start, lo));
            for (int i = 0; i < nc; i++) if (!linConsts.contains(i)) in.add(t.known(consts.get(i)));
            // An accumulator starts from the constant's cotangent so far (in place); a value passed
            // as several constants starts that only once, the other accumulators from zero.
            List<Boolean> first = new ArrayList<>();
            for (int i : linConsts) {
                boolean f1 = consts.subList(0, i).stream().noneMatch(c -> c == consts.get(i) && t.isLinear(c));
                first.add(f1);
                in.add(f1 ? t.ctOrZeros(consts.get(i)) : t.zerosLike(consts.get(i)));
            }
            for (int j = 0; j < m; j++) if (mask[j]) in.add(cts.get(j) != null ? cts.get(j) : t.zerosLike(op.results().get(j)));
            int nKnownConsts = nc - linConsts.size();
            List<Value> res = b.emit(new ForLoop(-step, true, nKnownConsts), in, List.of(ib.finish(ps, ys)));
            int q = 0;
            for (int a = 0; a < linConsts.size(); a++) {
                Value c = consts.get(linConsts.get(a));
                if (first.get(a)) t.setCt(c, res.get(q++));
                else t.addCt(c, res.get(q++));
            }
            for (int j = 0; j < m; j++) if (mask[j]) t.addCt(inits.get(j), res.get(q++));
        };
    }
}
