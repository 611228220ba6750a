package dev.jaxc.passes.ad;

import dev.jaxc.ir.Builder;
import dev.jaxc.ir.Function;
import dev.jaxc.ir.Type;
import dev.jaxc.ir.Value;
import dev.jaxc.passes.transform.Transform;
import dev.jaxc.passes.transform.TransformCall;
import dev.jaxc.passes.transform.TransformContext;
import dev.jaxc.passes.util.Cleanup;
import dev.jaxc.passes.util.DcePass;
import dev.jaxc.passes.util.Remapper;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Set;

/**
 * {@code jacfwd(f, argnums=...)} and {@code jacrev(f, argnums=...)}: the Jacobian of each
 * result with respect to each differentiated parameter, indexed {@code [out...][in...]} as in
 * JAX: for {@code double[] → double[]} a {@code double[][]} whose row o is the gradient of
 * output o; for {@code double[] → double} the gradient; for {@code double → double[]} the
 * derivative vector. jacfwd linearizes once (primal and residuals computed once) and applies
 * the linear map to each basis vector in a loop; jacrev runs the forward sweep once and the
 * backward sweep once per output element.
 */
final class JacobianTransform implements Transform {
    private final boolean reverse;

    JacobianTransform(boolean reverse) { this.reverse = reverse; }

    @Override public Set<String> keywords() { return Set.of("argnums"); }

    @Override public Function apply(TransformContext tc, Function f, TransformCall call, String resultName) {
        TransformCall.Argnums a = AdSignatures.argnums(f, call);
        for (Type t : f.resultTypes())
            if (!t.isDifferentiable())
                throw call.error(call.name() + " needs floating-point results; " + JvpPass.simpleName(f.name()) + " returns " + Type.javaName(t),
                        "differentiate a function returning double, float or arrays of them");
        return build(AdContext.of(tc), f, a.indices(), resultName, reverse);
    }

    static Function build(AdContext ctx, Function f, List<Integer> argnums, String resultName, boolean reverse) {
        Function g = reverse ? jacrev(ctx, f, argnums, resultName) : jacfwd(ctx, f, argnums, resultName);
        g = Cleanup.exact(g);
        return new Function(resultName, g.body(), names(f, argnums), f.loc());
    }

    /** Component names: none for one Jacobian; dX... by parameter; by result name; or both ("dXdY"). */
    static List<String> names(Function f, List<Integer> argnums) {
        int nr = f.resultTypes().size();
        if (nr == 1 && argnums.size() == 1) return List.of();
        List<String> out = new ArrayList<>();
        for (int r = 0; r < nr; r++)
            for (int i : argnums) {
                if (nr == 1) out.add(AdSignatures.dName(f, i));
                else if (argnums.size() == 1) out.add(AdSignatures.resultName(f, r));
                else out.add(AdSignatures.resultName(f, r) + AdSignatures.dName(f, i));
            }
        return out;
    }

    private static Function jacfwd(AdContext ctx, Function f, List<Integer> argnums, String name) {
        BitSet active = AdSignatures.mask(argnums);
        List<Integer> sorted = new ArrayList<>(argnums);
        sorted.sort(null);
        JvpPass.Built bt = JvpPass.build(ctx, f, active, f.name() + "$jvp");
        int n = f.params().size(), u = sorted.size(), nr = f.resultTypes().size();
        BitSet unknown = new BitSet();
        unknown.set(n, n + u);
        PartialEvaluator.Split sp = PartialEvaluator.split(ctx, bt.function(), bt.emitter().twins, unknown, f.name() + "$fwd", f.name() + "$lin");
        Function lin = DcePass.run(sp.lin());
        int nKnown = sp.knownResults().cardinality();
        return Builder.function(name, f.paramTypes(), AdSignatures.paramNames(f), f.loc(), (b, ps) -> {
            List<Value> fwdOut = Remapper.inline(b, sp.fwd().body(), ps);
            List<Value> ys = fwdOut.subList(0, nr); // primal results come first and are known
            List<Value> residuals = fwdOut.subList(nKnown, fwdOut.size());
            List<Value> out = new ArrayList<>();
            List<List<Value>> jac = new ArrayList<>(); // [r][argnum position]
            for (int r = 0; r < nr; r++) {
                List<Value> row = new ArrayList<>();
                for (int i : argnums) row.add(IndexLoops.outerZeros(b, ys.get(r), ps.get(i), true));
                jac.add(row);
            }
            for (int ai = 0; ai < argnums.size(); ai++) {
                int p = argnums.get(ai);
                Value x = ps.get(p);
                // Basis vectors: one tangent array per active parameter, all zero but one element of x's.
                List<Value> tangents = new ArrayList<>();
                for (int q : sorted) tangents.add(IndexLoops.zerosLike(b, ps.get(q)));
                int slot = sorted.indexOf(p);
                List<Value> consts = new ArrayList<>(residuals);
                consts.addAll(ys);
                int nRes = residuals.size();
                List<Value> carries = new ArrayList<>(tangents);
                for (int r = 0; r < nr; r++) carries.add(jac.get(r).get(ai));
                List<Value> done = IndexLoops.forEach(b, x, consts, carries, (bb, idx, cs, car) -> {
                    List<Value> t = new ArrayList<>(car.subList(0, u));
                    Value one = bb.one(x.type().dtype());
                    Value basis = IndexLoops.store(bb, t.get(slot), idx, one);
                    t.set(slot, basis);
                    List<Value> linArgs = new ArrayList<>(cs.subList(0, nRes));
                    linArgs.addAll(t);
                    List<Value> ty = Remapper.inline(bb, lin.body(), linArgs);
                    List<Value> next = new ArrayList<>(car.subList(0, u));
                    next.set(slot, IndexLoops.store(bb, basis, idx, bb.zero(x.type().dtype())));
                    for (int r = 0; r < nr; r++) {
                        Value jr = car.get(u + r);
                        int jy = nr + r; // JVP result index of tangent r
                        if (!sp.knownResults().get(jy)) {
                            Value tyr = ty.get(unknownIndex(sp.knownResults(), jy));
                            jr = scatter(bb, jr, cs.get(nRes + r), tyr, idx);
                        }
                        next.add(jr);
                    }
                    return next;
                });
                for (int r = 0; r < nr; r++) jac.get(r).set(ai, done.get(u + r));
            }
            for (int r = 0; r < nr; r++) out.addAll(jac.get(r));
            return out;
        });
    }

    /** Position of J result jr among the unknown (linear) results. */
    private static int unknownIndex(BitSet knownResults, int jr) {
        int k = 0;
        for (int i = 0; i < jr; i++) if (!knownResults.get(i)) k++;
        return k;
    }

    /** J[o...][idx...] = ty[o...] for every output index o. */
    private static Value scatter(Builder b, Value jac, Value yShape, Value ty, List<Value> idx) {
        List<Value> consts = new ArrayList<>(idx);
        consts.add(ty);
        int ni = idx.size();
        return IndexLoops.forEach(b, yShape, consts, List.of(jac), (bb, o, cs, car) -> {
            List<Value> full = new ArrayList<>(o);
            full.addAll(cs.subList(0, ni));
            Value v = IndexLoops.load(bb, cs.get(ni), o);
            return List.of(IndexLoops.store(bb, car.get(0), full, v));
        }).get(0);
    }

    private static Function jacrev(AdContext ctx, Function f, List<Integer> argnums, String name) {
        BitSet active = AdSignatures.mask(argnums);
        List<Integer> sorted = new ArrayList<>(argnums);
        sorted.sort(null);
        VjpPass.Sweeps s = VjpPass.sweeps(ctx, f, active);
        int nr = f.resultTypes().size();
        return Builder.function(name, f.paramTypes(), AdSignatures.paramNames(f), f.loc(), (b, ps) -> {
            VjpPass.Forward fw = VjpPass.forward(b, s, f, ps);
            List<Value> ys = fw.primal();
            List<Value> out = new ArrayList<>();
            for (int r = 0; r < nr; r++) {
                Value y = ys.get(r);
                List<Value> cts = new ArrayList<>();
                for (Value yy : ys) cts.add(IndexLoops.zerosLike(b, yy));
                List<Value> jacs = new ArrayList<>();
                for (int i : argnums) {
                    Value j = IndexLoops.outerZeros(b, y, ps.get(i), false);
                    jacs.add(j == null ? IndexLoops.zerosLike(b, ps.get(i)) : j);
                }
                List<Value> consts = new ArrayList<>(fw.residuals());
                for (int q = 0; q < nr; q++) if (q != r) consts.add(cts.get(q));
                int nRes = fw.residuals().size();
                List<Value> carries = new ArrayList<>();
                carries.add(cts.get(r));
                carries.addAll(jacs);
                final int rr = r;
                List<Value> done = IndexLoops.forEach(b, y, consts, carries, (bb, o, cs, car) -> {
                    Value one = bb.one(y.type().dtype());
                    Value seeded = IndexLoops.store(bb, car.get(0), o, one);
                    List<Value> resultCts = new ArrayList<>();
                    int k = nRes;
                    for (int q = 0; q < nr; q++) resultCts.add(q == rr ? seeded : cs.get(k++));
                    List<Value> g = VjpPass.backward(bb, s, f, cs.subList(0, nRes), resultCts);
                    List<Value> next = new ArrayList<>();
                    next.add(IndexLoops.store(bb, seeded, o, bb.zero(y.type().dtype())));
                    for (int ai = 0; ai < argnums.size(); ai++)
                        next.add(IndexLoops.store(bb, car.get(1 + ai), o, g.get(sorted.indexOf(argnums.get(ai)))));
                    return next;
                });
                out.addAll(done.subList(1, done.size()));
            }
            return out;
        });
    }
}
