package dev.jaxc.passes.ad;

import dev.jaxc.ir.Builder;
import dev.jaxc.ir.DType;
import dev.jaxc.ir.Op;
import dev.jaxc.ir.Value;
import dev.jaxc.ir.diag.CompileException;
import dev.jaxc.ir.prim.Prng;
import dev.jaxc.ir.prim.PrngFn;
import java.util.ArrayList;
import java.util.List;

/**
 * Forward-mode rules of the runtime PRNG. Keys are integers, so draws carry no tangent through
 * them: a draw from a key alone is a constant to AD, and {@code mu + sigma * normal(key)} gets
 * its derivative from the add and mul (the reparameterisation trick). Only float parameters of
 * float draws can carry a tangent:
 * <ul>
 * <li>{@code uniform(key, min, max)} = {@code min + u·(max - min)} with {@code u = uniform(key)},
 *   the same bits in the same mode: tangent {@code (1 - u)·ṁin + u·ṁax} (the runtime's clamp to
 *   {@code min} only undoes rounding, as JAX's {@code lax.max} does), elementwise for the
 *   {@code n} overloads. It is linear in the tangents, so reverse mode transposes it.
 * <li>{@code truncatedNormal} w.r.t. its bounds is rejected with a rewrite hint.
 * </ul>
 * Bernoulli, categorical and choice have no float results; every other draw has no float input
 * besides the key, so the emitter never asks for their rule.
 */
final class PrngJvpRules {
    private PrngJvpRules() {}

    static JvpRule of(Prng p) {
        return switch (p.fn()) {
            case UNIFORM_RANGE -> (e, op, in, tin, out) -> uniformRange(e, p, PrngFn.UNIFORM, in, tin);
            case UNIFORM_F32_RANGE -> (e, op, in, tin, out) -> uniformRange(e, p, PrngFn.UNIFORM_F32, in, tin);
            case UNIFORM_N_RANGE -> (e, op, in, tin, out) -> uniformRangeN(e, p, PrngFn.UNIFORM_N, in, tin);
            case UNIFORM_F32_N_RANGE -> (e, op, in, tin, out) -> uniformRangeN(e, p, PrngFn.UNIFORM_F32_N, in, tin);
            case TRUNCATED_NORMAL, TRUNCATED_NORMAL_N, TRUNCATED_NORMAL_F32, TRUNCATED_NORMAL_F32_N -> PrngJvpRules::boundsNotDifferentiable;
            default -> JvpRules.NO_TANGENT;
        };
    }

    /** Inputs (key, min, max): the tangent is (1 - u)·ṁin + u·ṁax. */
    private static List<Value> uniformRange(JvpEmitter e, Prng p, PrngFn unit, List<Value> in, List<Value> tin) {
        Builder b = e.b();
        Value u = b.emit1(new Prng(unit, p.legacy()), in.get(0));
        return List.of(blend(b, u, tin.get(1), tin.get(2)));
    }

    /** Inputs (key, n, min, max): the tangent array t[i] = (1 - u[i])·ṁin + u[i]·ṁax. */
    private static List<Value> uniformRangeN(JvpEmitter e, Prng p, PrngFn unit, List<Value> in, List<Value> tin) {
        Builder b = e.b();
        Value n = in.get(1);
        Value u = b.emit1(new Prng(unit, p.legacy()), in.get(0), n);
        DType d = u.type().dtype();
        Value tmin = tin.get(2), tmax = tin.get(3);
        List<Value> consts = new ArrayList<>(List.of(u));
        if (tmin != null) consts.add(tmin);
        if (tmax != null) consts.add(tmax);
        Value zeros = b.arrayNew(d, 1, n);
        Value t = b.forLoop(b.i32(0), n, 1, false, consts, List.of(zeros), (lb, ps) -> {
            Value i = ps.get(0);
            Value ui = lb.arrayGet(ps.get(1), i);
            int k = 2;
            Value dmin = tmin != null ? ps.get(k++) : null;
            Value dmax = tmax != null ? ps.get(k++) : null;
            Value acc = ps.get(k);
            return List.of(lb.arraySet(acc, i, blend(lb, ui, dmin, dmax)));
        }).get(0);
        return List.of(t);
    }

    /** (1 - u)·a + u·b with symbolic zeros (at least one of a, b is nonzero). */
    private static Value blend(Builder b, Value u, Value a, Value c) {
        Value fromMin = a == null ? null : b.mul(a, b.sub(b.one(u.type().dtype()), u));
        Value fromMax = c == null ? null : b.mul(c, u);
        if (fromMin == null) return fromMax;
        if (fromMax == null) return fromMin;
        return b.add(fromMin, fromMax);
    }

    private static List<Value> boundsNotDifferentiable(JvpEmitter e, Op op, List<Value> in, List<Value> tin, List<Value> out) {
        String m = ((Prng) op.prim()).fn().javaName();
        throw new CompileException(op.loc(), "cannot differentiate Random." + m + " with respect to its bounds",
                "only the key of a truncated normal may vary; keep the bounds constant, or transform a standard draw yourself");
    }
}
