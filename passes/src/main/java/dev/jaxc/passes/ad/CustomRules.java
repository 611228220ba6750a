package dev.jaxc.passes.ad;

import dev.jaxc.ir.Builder;
import dev.jaxc.ir.Function;
import dev.jaxc.ir.Loc;
import dev.jaxc.ir.Type;
import dev.jaxc.ir.Value;
import dev.jaxc.ir.diag.CompileException;
import dev.jaxc.ir.prim.Call;
import dev.jaxc.passes.util.ArrayShapes;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;

/**
 * User-given derivative rules, read from the program's function attributes (recorded by the
 * frontend from {@code @CustomJvp} / {@code @CustomVjp}):
 * <ul>
 * <li>{@value #JVP}: the full name of a function {@code rule(params..., tangents of the float
 *   params...) → tangent of the result}. The JVP of a call is {@code y = f(x); ẏ = rule(x, ẋ)};
 *   reverse mode transposes the rule (which must be linear in the tangents).
 * <li>{@value #VJP}: comma-separated full names of one backward function per float parameter,
 *   {@code bwd_i(params..., result, ct) → cotangent of param i}. Reverse mode saves the
 *   parameters and the result and calls the backward functions; forward mode is computed from
 *   them, one call per element of the result ({@code ẏ[o] = Σ_i ⟨bwd_i(x, y, e_o), ẋ_i⟩}).
 * </ul>
 */
final class CustomRules {
    static final String JVP = "custom_jvp";
    static final String VJP = "custom_vjp";
    /** {@code @Checkpoint(every = k)}: "k", with "0" for √n. */
    static final String CHECKPOINT = "checkpoint";

    private CustomRules() {}

    /** Checkpointing of f's outermost loops in reverse mode: -1 off, 0 √n, else the segment length. */
    static int checkpointEvery(AdContext ctx, Function f) {
        String v = ctx.program().attribute(f.name(), CHECKPOINT);
        if (v == null) return -1;
        try {
            return Math.max(0, Integer.parseInt(v.trim()));
        } catch (NumberFormatException e) {
            throw new CompileException(f.loc(), "bad checkpoint attribute '" + v + "' on " + JvpPass.simpleName(f.name()), "@Checkpoint(every = 100) or @Checkpoint");
        }
    }

    static boolean has(AdContext ctx, String fn) {
        return ctx.program().attribute(fn, JVP) != null || ctx.program().attribute(fn, VJP) != null;
    }

    /** The checked JVP rule of f, or null. */
    static Function jvpRule(AdContext ctx, Function f) {
        String name = ctx.program().attribute(f.name(), JVP);
        if (name == null) return null;
        List<Type> want = new ArrayList<>(f.paramTypes());
        for (Type t : f.paramTypes()) if (t.isDifferentiable()) want.add(t);
        List<Type> result = floatResults(f);
        return checked(ctx, f, name, "custom JVP rule", want, result,
                "the rule takes the parameters, then one tangent per float/double parameter, and returns the result's tangent");
    }

    /** The checked backward functions of f (one per float parameter, in order), or null. */
    static List<Function> vjpRules(AdContext ctx, Function f) {
        String names = ctx.program().attribute(f.name(), VJP);
        if (names == null) return null;
        String[] parts = names.split(",");
        List<Integer> floats = AdSignatures.floatParams(f);
        if (f.resultTypes().size() != 1 || !f.resultTypes().get(0).isDifferentiable())
            throw new CompileException(f.loc(), "@CustomVjp needs a method returning double, float or an array of them", null);
        if (parts.length != floats.size())
            throw new CompileException(f.loc(), "@CustomVjp of " + JvpPass.simpleName(f.name()) + " names " + parts.length
                    + " backward method" + (parts.length == 1 ? "" : "s") + " but it has " + floats.size() + " float/double parameter" + (floats.size() == 1 ? "" : "s"),
                    "name one backward method per floating-point parameter, in order");
        List<Type> want = new ArrayList<>(f.paramTypes());
        want.add(f.resultTypes().get(0));
        want.add(f.resultTypes().get(0));
        List<Function> out = new ArrayList<>();
        for (int k = 0; k < parts.length; k++)
            out.add(checked(ctx, f, parts[k].trim(), "custom VJP backward method", want, List.of(f.paramTypes().get(floats.get(k))),
                    "a backward method takes the parameters, the result and its cotangent, and returns its parameter's cotangent"));
        return out;
    }

    private static List<Type> floatResults(Function f) {
        List<Type> out = new ArrayList<>();
        for (Type t : f.resultTypes()) if (t.isDifferentiable()) out.add(t);
        return out;
    }

    private static Function checked(AdContext ctx, Function f, String name, String what, List<Type> params, List<Type> results, String hint) {
        Function r = ctx.function(name);
        String fn = JvpPass.simpleName(f.name());
        if (r == null)
            throw new CompileException(f.loc(), what + " '" + JvpPass.simpleName(name) + "' of " + fn + " is not a @Jit method of the class", hint);
        if (!r.paramTypes().equals(params) || !r.resultTypes().equals(results))
            throw new CompileException(r.loc(), what + " " + JvpPass.simpleName(name) + " of " + fn + " must take " + javaList(params)
                    + " and return " + javaList(results) + "; it takes " + javaList(r.paramTypes()) + " and returns " + javaList(r.resultTypes()), hint);
        return r;
    }

    private static String javaList(List<Type> ts) {
        List<String> s = new ArrayList<>();
        for (Type t : ts) s.add(Type.javaName(t));
        return "(" + String.join(", ", s) + ")";
    }

    // ---- forward mode -------------------------------------------------------------------

    /**
     * Emits the JVP of a call of f, which has a custom rule: primal results, then a tangent (or
     * null) per result, as {@link JvpRule}s return them. {@code tin} has a tangent or null per argument.
     */
    static List<Value> jvpOfCall(JvpEmitter e, Function f, List<Value> in, List<Value> tin, Loc loc) {
        Builder b = e.b();
        int n = f.resultTypes().size();
        Function rule = jvpRule(e.ctx, f);
        if (rule != null) {
            List<Value> y = b.emit(new Call(f.name(), f.resultTypes()), in, List.of());
            List<Value> args = new ArrayList<>(in);
            for (int i = 0; i < in.size(); i++) if (in.get(i).type().isDifferentiable()) args.add(e.instantiate(tin.get(i), in.get(i)));
            List<Value> t = b.emit(new Call(rule.name(), rule.resultTypes()), args, List.of());
            List<Value> out = new ArrayList<>(y);
            int k = 0;
            for (int j = 0; j < n; j++) out.add(f.resultTypes().get(j).isDifferentiable() ? t.get(k++) : null);
            return out;
        }
        BitSet active = new BitSet();
        List<Value> args = new ArrayList<>(in);
        for (int i = 0; i < tin.size(); i++)
            if (tin.get(i) != null) {
                active.set(i);
                args.add(tin.get(i));
            }
        Function cvjp = vjpAsJvp(e.ctx, f, active);
        List<Value> res = b.emit(new Call(cvjp.name(), cvjp.resultTypes()), args, List.of());
        return ControlFlowJvpRules.spread(res, 1, new boolean[] {true});
    }

    /** {@code f$cvjp(x..., ẋ of the active params...) → (y, ẏ)}, with ẏ computed from the backward functions. */
    static Function vjpAsJvp(AdContext ctx, Function f, BitSet active) {
        String key = "cvjp|" + f.name() + "|" + AdContext.maskKey(active);
        String known = ctx.memoized(key);
        if (known != null) return ctx.function(known);
        List<Function> bwds = vjpRules(ctx, f);
        List<Type> pt = new ArrayList<>(f.paramTypes());
        for (int i = active.nextSetBit(0); i >= 0; i = active.nextSetBit(i + 1)) pt.add(f.paramTypes().get(i));
        int n = f.params().size();
        Function out = Builder.function(ctx.freshName(f.name() + "$cvjp"), pt, null, f.loc(), (b, ps) -> {
            List<Value> x = ps.subList(0, n);
            Value y = b.call(f.name(), f.resultTypes(), x).get(0);
            List<Value> t = new ArrayList<>();
            for (int i = 0; i < n; i++) t.add(null);
            int k = n;
            for (int i = active.nextSetBit(0); i >= 0; i = active.nextSetBit(i + 1)) t.set(i, ps.get(k++));
            return List.of(y, tangentFromBackward(b, f, bwds, x, y, t));
        });
        ctx.program().put(out);
        ctx.memoize(key, out);
        ctx.customVjpOrigins.put(out.name(), new AdContext.JvpOrigin(f, (BitSet) active.clone()));
        return out;
    }

    /** ẏ[o] = Σ_i ⟨bwd_i(x, y, e_o), ẋ_i⟩ over the parameters with a tangent (one backward call per i for a scalar y). */
    static Value tangentFromBackward(Builder b, Function f, List<Function> bwds, List<Value> x, Value y, List<Value> t) {
        List<Integer> floats = AdSignatures.floatParams(f);
        if (y.type().isScalar()) return contract(b, f, bwds, floats, x, y, b.one(y.type().dtype()), t);
        List<Value> consts = new ArrayList<>(x);
        consts.add(y);
        List<Integer> withT = new ArrayList<>();
        for (int i = 0; i < t.size(); i++) if (t.get(i) != null) {
            withT.add(i);
            consts.add(t.get(i));
        }
        int n = x.size();
        Value ty0 = ArrayShapes.zerosLike(b, y, null), e0 = ArrayShapes.zerosLike(b, y, null);
        return IndexLoops.forEach(b, y, consts, List.of(ty0, e0), (bb, o, cs, car) -> {
            Value e = IndexLoops.store(bb, car.get(1), o, bb.one(y.type().dtype()));
            List<Value> tt = new ArrayList<>();
            for (int i = 0; i < n; i++) tt.add(null);
            for (int q = 0; q < withT.size(); q++) tt.set(withT.get(q), cs.get(n + 1 + q));
            Value s = contract(bb, f, bwds, floats, cs.subList(0, n), cs.get(n), e, tt);
            return List.of(IndexLoops.store(bb, car.get(0), o, s), IndexLoops.store(bb, e, o, bb.zero(y.type().dtype())));
        }).get(0);
    }

    private static Value contract(Builder b, Function f, List<Function> bwds, List<Integer> floats, List<Value> x, Value y, Value ct, List<Value> t) {
        Value acc = null;
        for (int k = 0; k < floats.size(); k++) {
            Value ti = t.get(floats.get(k));
            if (ti == null) continue;
            List<Value> args = new ArrayList<>(x);
            args.add(y);
            args.add(ct);
            Value g = b.call(bwds.get(k).name(), bwds.get(k).resultTypes(), args).get(0);
            Value d = b.convert(ArrayShapes.dot(b, g, ti), y.type().dtype());
            acc = acc == null ? d : b.add(acc, d);
        }
        return acc == null ? b.zero(y.type().dtype()) : acc;
    }

    // ---- reverse mode ---------------------------------------------------------------------

    /**
     * The reverse-mode split of a call of {@code f$cvjp}: the forward half calls f and saves its
     * arguments and result; the backward half calls the backward functions of the parameters
     * whose tangents are unknown.
     */
    static CalleeSplit split(AdContext ctx, Function cvjp, AdContext.JvpOrigin o, BitSet unknownArgs) {
        Function f = o.primal();
        int n = f.params().size();
        List<Function> bwds = vjpRules(ctx, f);
        List<Integer> floats = AdSignatures.floatParams(f);
        List<Integer> tangentOf = new ArrayList<>(); // cvjp tangent position → f parameter
        for (int i = o.active().nextSetBit(0); i >= 0; i = o.active().nextSetBit(i + 1)) tangentOf.add(i);
        if (unknownArgs.nextSetBit(0) < n) throw new IllegalStateException("a primal argument of " + cvjp.name() + " depends on a tangent");
        List<Integer> knownT = new ArrayList<>(), unknownT = new ArrayList<>();
        for (int p = 0; p < tangentOf.size(); p++) (unknownArgs.get(n + p) ? unknownT : knownT).add(p);
        Type yt = f.resultTypes().get(0);
        // fwd(x..., known ẋ...) → (y, x..., y, known ẋ...)
        List<Type> fwdParams = new ArrayList<>(f.paramTypes());
        for (int p : knownT) fwdParams.add(f.paramTypes().get(tangentOf.get(p)));
        Function fwd = Builder.function(ctx.freshName(cvjp.name() + "$fwd"), fwdParams, null, f.loc(), (b, ps) -> {
            Value y = b.call(f.name(), f.resultTypes(), ps.subList(0, n)).get(0);
            List<Value> out = new ArrayList<>();
            out.add(y);
            out.addAll(ps.subList(0, n));
            out.add(y);
            out.addAll(ps.subList(n, ps.size()));
            return out;
        });
        List<Type> residualTypes = new ArrayList<>(f.paramTypes());
        residualTypes.add(yt);
        for (int p : knownT) residualTypes.add(f.paramTypes().get(tangentOf.get(p)));
        int r = residualTypes.size();
        // lin(x..., y, known ẋ..., unknown ẋ...) → ẏ
        List<Type> linParams = new ArrayList<>(residualTypes);
        for (int p : unknownT) linParams.add(f.paramTypes().get(tangentOf.get(p)));
        Function lin = Builder.function(ctx.freshName(cvjp.name() + "$lin"), linParams, null, f.loc(), (b, ps) -> {
            List<Value> t = new ArrayList<>();
            for (int i = 0; i < n; i++) t.add(null);
            for (int q = 0; q < knownT.size(); q++) t.set(tangentOf.get(knownT.get(q)), ps.get(n + 1 + q));
            for (int q = 0; q < unknownT.size(); q++) t.set(tangentOf.get(unknownT.get(q)), ps.get(r + q));
            return List.of(tangentFromBackward(b, f, bwds, ps.subList(0, n), ps.get(n), t));
        });
        // bwd(x..., y, known ẋ..., ct) → (bwd_i(x, y, ct) for each unknown ẋ_i)
        List<Type> bwdParams = new ArrayList<>(residualTypes);
        bwdParams.add(yt);
        Function bwd = Builder.function(ctx.freshName(cvjp.name() + "$bwd"), bwdParams, null, f.loc(), (b, ps) -> {
            List<Value> args = new ArrayList<>(ps.subList(0, n));
            args.add(ps.get(n));
            args.add(ps.get(ps.size() - 1));
            List<Value> out = new ArrayList<>();
            for (int p : unknownT) {
                Function g = bwds.get(floats.indexOf(tangentOf.get(p)));
                out.add(b.call(g.name(), g.resultTypes(), args).get(0));
            }
            return out;
        });
        ctx.program().put(fwd);
        ctx.program().put(lin);
        ctx.program().put(bwd);
        BitSet linMask = new BitSet();
        linMask.set(r, r + unknownT.size());
        ctx.memoize("T|" + lin.name() + "|" + AdContext.maskKey(linMask), bwd);
        BitSet knownResults = new BitSet();
        knownResults.set(0);
        return new CalleeSplit(fwd, lin, bwd, knownResults);
    }
}
