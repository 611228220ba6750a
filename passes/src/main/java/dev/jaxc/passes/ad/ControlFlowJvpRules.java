package dev.jaxc.passes.ad;

import dev.jaxc.ir.Region;
import dev.jaxc.ir.Value;
import dev.jaxc.ir.prim.Cond;
import dev.jaxc.ir.prim.ForLoop;
import dev.jaxc.ir.prim.WhileLoop;
import java.util.ArrayList;
import java.util.List;

/**
 * Forward-mode rules of cond, for and while: the regions are differentiated recursively and
 * the tangents travel as extra operands, constants and carries. Which carries get a tangent is
 * a fixed point (a carry whose initial tangent is zero may pick one up in the body). The
 * branch a cond takes and the number of iterations are the primal's: forward mode simply
 * follows them.
 */
final class ControlFlowJvpRules {
    private ControlFlowJvpRules() {}

    static final JvpRule COND = (e, op, in, tin, out) -> {
        List<Value> operands = in.subList(1, in.size());
        int k = operands.size(), n = op.results().size();
        boolean[] wt = new boolean[k];
        List<Value> operandTangents = new ArrayList<>();
        for (int i = 0; i < k; i++) {
            wt[i] = tin.get(1 + i) != null;
            if (wt[i]) operandTangents.add(tin.get(1 + i));
        }
        JvpEmitter.Layout layout = (ps, ts) -> concat(ps, ts);
        JvpEmitter.RegionJvp t = e.region(op.region(0), wt, layout);
        JvpEmitter.RegionJvp f = e.region(op.region(1), wt, layout);
        boolean[] outT = new boolean[n];
        for (int j = 0; j < n; j++) outT[j] = t.tangentYields.get(j) != null || f.tangentYields.get(j) != null;
        List<Region> regions = new ArrayList<>();
        for (JvpEmitter.RegionJvp r : List.of(t, f)) {
            List<Value> ys = new ArrayList<>(r.primalYields);
            for (int j = 0; j < n; j++) if (outT[j]) ys.add(r.tangentYield(j));
            regions.add(r.finish(ys));
        }
        List<Value> inputs = new ArrayList<>(in);
        inputs.addAll(operandTangents);
        List<Value> res = e.b().emit(new Cond(), inputs, regions);
        return spread(res, n, outT);
    };

    static JvpRule forLoop(ForLoop p) {
        return (e, op, in, tin, out) -> {
            int nc = p.nConsts(), m = op.results().size();
            Region body = op.region(0);
            boolean[] constT = new boolean[nc];
            for (int i = 0; i < nc; i++) constT[i] = tin.get(2 + i) != null;
            boolean[] carryT = new boolean[m];
            for (int j = 0; j < m; j++) carryT[j] = tin.get(2 + nc + j) != null;
            int nct = count(constT);
            JvpEmitter.RegionJvp r;
            while (true) {
                boolean[] wt = new boolean[1 + nc + m];
                System.arraycopy(constT, 0, wt, 1, nc);
                System.arraycopy(carryT, 0, wt, 1 + nc, m);
                JvpEmitter.Layout layout = (ps, ts) -> {
                    List<Value> l = new ArrayList<>(ps.subList(0, 1 + nc));
                    l.addAll(ts.subList(0, nct));
                    l.addAll(ps.subList(1 + nc, ps.size()));
                    l.addAll(ts.subList(nct, ts.size()));
                    return l;
                };
                r = e.region(body, wt, layout);
                if (!grow(carryT, r.tangentYields, 0)) break;
            }
            List<Value> ys = new ArrayList<>(r.primalYields);
            for (int j = 0; j < m; j++) if (carryT[j]) ys.add(r.tangentYield(j));
            Region nb = r.finish(ys);
            List<Value> inputs = new ArrayList<>(in.subList(0, 2 + nc));
            for (int i = 0; i < nc; i++) if (constT[i]) inputs.add(tin.get(2 + i));
            inputs.addAll(in.subList(2 + nc, in.size()));
            for (int j = 0; j < m; j++) if (carryT[j]) inputs.add(e.instantiate(tin.get(2 + nc + j), in.get(2 + nc + j)));
            // Tangent carries of array carries are arrays: a parallel loop stays parallel.
            List<Value> res = e.b().emit(p.withConsts(nc + nct), inputs, List.of(nb));
            return spread(res, m, carryT);
        };
    }

    static JvpRule whileLoop(WhileLoop p) {
        return (e, op, in, tin, out) -> {
            int nc = p.nConsts(), m = op.results().size();
            boolean[] constT = new boolean[nc];
            for (int i = 0; i < nc; i++) constT[i] = tin.get(i) != null;
            boolean[] carryT = new boolean[m];
            for (int j = 0; j < m; j++) carryT[j] = tin.get(nc + j) != null;
            int nct = count(constT);
            JvpEmitter.RegionJvp c, b;
            while (true) {
                boolean[] wt = new boolean[nc + m];
                System.arraycopy(constT, 0, wt, 0, nc);
                System.arraycopy(carryT, 0, wt, nc, m);
                JvpEmitter.Layout layout = (ps, ts) -> {
                    List<Value> l = new ArrayList<>(ps.subList(0, nc));
                    l.addAll(ts.subList(0, nct));
                    l.addAll(ps.subList(nc, ps.size()));
                    l.addAll(ts.subList(nct, ts.size()));
                    return l;
                };
                c = e.region(op.region(0), wt, layout);
                b = e.region(op.region(1), wt, layout);
                boolean grew = grow(carryT, c.tangentYields, 1);
                grew |= grow(carryT, b.tangentYields, 0);
                if (!grew) break;
            }
            List<Value> cy = new ArrayList<>(c.primalYields);
            for (int j = 0; j < m; j++) if (carryT[j]) cy.add(c.tangentYield(1 + j));
            List<Value> by = new ArrayList<>(b.primalYields);
            for (int j = 0; j < m; j++) if (carryT[j]) by.add(b.tangentYield(j));
            List<Value> inputs = new ArrayList<>(in.subList(0, nc));
            for (int i = 0; i < nc; i++) if (constT[i]) inputs.add(tin.get(i));
            inputs.addAll(in.subList(nc, in.size()));
            for (int j = 0; j < m; j++) if (carryT[j]) inputs.add(e.instantiate(tin.get(nc + j), in.get(nc + j)));
            List<Value> res = e.b().emit(new WhileLoop(nc + nct), inputs, List.of(c.finish(cy), b.finish(by)));
            return spread(res, m, carryT);
        };
    }

    /** Adds to {@code mask} the carries whose yielded tangent (from {@code offset}) is nonzero. */
    private static boolean grow(boolean[] mask, List<Value> tangentYields, int offset) {
        boolean grew = false;
        for (int j = 0; j < mask.length; j++)
            if (!mask[j] && tangentYields.get(offset + j) != null) {
                mask[j] = true;
                grew = true;
            }
        return grew;
    }

    private static int count(boolean[] b) {
        int n = 0;
        for (boolean x : b) if (x) n++;
        return n;
    }

    /** n primal results then tangents for the flagged ones → primal results, then a tangent or null per result. */
    static List<Value> spread(List<Value> res, int n, boolean[] flagged) {
        List<Value> out = new ArrayList<>(res.subList(0, n));
        int k = n;
        for (int j = 0; j < n; j++) out.add(flagged[j] ? res.get(k++) : null);
        return out;
    }

    static <T> List<T> concat(List<T> a, List<T> b) {
        List<T> l = new ArrayList<>(a);
        l.addAll(b);
        return l;
    }
}
