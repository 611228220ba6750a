package dev.jaxc.passes.ad;

import dev.jaxc.ir.Builder;
import dev.jaxc.ir.DType;
import dev.jaxc.ir.Value;
import dev.jaxc.ir.prim.Binary;
import dev.jaxc.ir.prim.BinaryOp;
import dev.jaxc.ir.prim.CmpOp;
import dev.jaxc.ir.prim.Unary;
import dev.jaxc.ir.prim.UnaryOp;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Forward-mode rules of the elementwise primitives, in JAX's combinator style: one line per
 * operation. Non-smooth points follow JAX:
 * <ul>
 * <li>{@code abs}: derivative {@code signum(x)}, so 0 at x = 0;
 * <li>{@code max}/{@code min}: on a tie each operand gets half the tangent ({@code lax.max}'s
 *   balanced rule), so {@code max(x, x)} has derivative 1;
 * <li>{@code floor}, {@code ceil}, {@code rint}, {@code signum}: derivative 0 everywhere;
 * <li>{@code pow(x, y)}: {@code ∂x = y·x^(y-1)}, taken as 0 where y = 0; {@code ∂y = log(x)·x^y},
 *   taken as 0 where x = 0;
 * <li>{@code rem(x, y)} = {@code x - y·trunc(x/y)}: {@code ∂x = 1}, {@code ∂y = -trunc(x/y)};
 * <li>{@code copysign(a, b)}: {@code ∂a = signum(a)·copysign(1, b)}, nothing flows to b;
 * <li>{@code sqrt}, {@code cbrt}, {@code log}, {@code asin}, {@code acos}, {@code hypot} at their
 *   singular points give what the formula gives (±∞ or NaN), as in JAX.
 * </ul>
 */
final class ElementwiseJvpRules {
    private ElementwiseJvpRules() {}

    /** Tangent of {@code y = op(x)} for input tangent t. */
    @FunctionalInterface
    interface UnaryJvp {
        Value apply(M m, Value x, Value y, Value t);
    }

    /** Contribution of one operand's tangent t to the tangent of {@code out = op(x, y)}. */
    @FunctionalInterface
    interface Partial {
        Value apply(M m, Value x, Value y, Value out, Value t);
    }

    record BinaryJvp(Partial lhs, Partial rhs) {}

    static final Map<UnaryOp, UnaryJvp> UNARY = new EnumMap<>(UnaryOp.class);
    static final Map<BinaryOp, BinaryJvp> BINARY = new EnumMap<>(BinaryOp.class);
    /** Operations defined only on integers or booleans, which carry no tangent. */
    static final Set<UnaryOp> UNARY_NON_FLOAT = EnumSet.of(UnaryOp.NOT, UnaryOp.BIT_NOT);
    static final Set<BinaryOp> BINARY_NON_FLOAT = EnumSet.of(BinaryOp.AND, BinaryOp.OR, BinaryOp.XOR,
            BinaryOp.SHL, BinaryOp.SHR, BinaryOp.USHR);

    private static void deflinear(UnaryOp op) { UNARY.put(op, (m, x, y, t) -> m.b.unary(op, t)); }

    private static void defjvp(UnaryOp op, UnaryJvp rule) { UNARY.put(op, rule); }

    private static void defzero(UnaryOp... ops) {
        for (UnaryOp op : ops) UNARY.put(op, (m, x, y, t) -> null);
    }

    private static void defjvp(BinaryOp op, Partial lhs, Partial rhs) { BINARY.put(op, new BinaryJvp(lhs, rhs)); }

    static {
        deflinear(UnaryOp.NEG);
        defjvp(UnaryOp.SIN, (m, x, y, t) -> m.mul(t, m.fn(UnaryOp.COS, x)));
        defjvp(UnaryOp.COS, (m, x, y, t) -> m.neg(m.mul(t, m.fn(UnaryOp.SIN, x))));
        defjvp(UnaryOp.TAN, (m, x, y, t) -> m.mul(t, m.add(m.k(x, 1), m.mul(y, y))));
        defjvp(UnaryOp.ASIN, (m, x, y, t) -> m.div(t, m.fn(UnaryOp.SQRT, m.sub(m.k(x, 1), m.mul(x, x)))));
        defjvp(UnaryOp.ACOS, (m, x, y, t) -> m.neg(m.div(t, m.fn(UnaryOp.SQRT, m.sub(m.k(x, 1), m.mul(x, x))))));
        defjvp(UnaryOp.ATAN, (m, x, y, t) -> m.div(t, m.add(m.k(x, 1), m.mul(x, x))));
        defjvp(UnaryOp.SINH, (m, x, y, t) -> m.mul(t, m.fn(UnaryOp.COSH, x)));
        defjvp(UnaryOp.COSH, (m, x, y, t) -> m.mul(t, m.fn(UnaryOp.SINH, x)));
        defjvp(UnaryOp.TANH, (m, x, y, t) -> m.mul(t, m.sub(m.k(x, 1), m.mul(y, y))));
        defjvp(UnaryOp.EXP, (m, x, y, t) -> m.mul(t, y));
        defjvp(UnaryOp.EXPM1, (m, x, y, t) -> m.mul(t, m.add(y, m.k(x, 1))));
        defjvp(UnaryOp.LOG, (m, x, y, t) -> m.div(t, x));
        defjvp(UnaryOp.LOG1P, (m, x, y, t) -> m.div(t, m.add(x, m.k(x, 1))));
        defjvp(UnaryOp.LOG10, (m, x, y, t) -> m.div(t, m.mul(x, m.k(x, Math.log(10)))));
        defjvp(UnaryOp.SQRT, (m, x, y, t) -> m.div(t, m.mul(m.k(x, 2), y)));
        defjvp(UnaryOp.CBRT, (m, x, y, t) -> m.div(t, m.mul(m.k(x, 3), m.mul(y, y))));
        defjvp(UnaryOp.ABS, (m, x, y, t) -> m.mul(t, m.b.unary(UnaryOp.SIGNUM, x)));
        defzero(UnaryOp.FLOOR, UnaryOp.CEIL, UnaryOp.RINT, UnaryOp.SIGNUM);

        defjvp(BinaryOp.ADD, (m, x, y, o, t) -> t, (m, x, y, o, t) -> t);
        defjvp(BinaryOp.SUB, (m, x, y, o, t) -> t, (m, x, y, o, t) -> m.neg(t));
        defjvp(BinaryOp.MUL, (m, x, y, o, t) -> m.mul(t, y), (m, x, y, o, t) -> m.mul(x, t));
        defjvp(BinaryOp.DIV, (m, x, y, o, t) -> m.div(t, y), (m, x, y, o, t) -> m.neg(m.div(m.mul(t, o), y)));
        defjvp(BinaryOp.REM, (m, x, y, o, t) -> t, (m, x, y, o, t) -> m.neg(m.mul(t, m.trunc(m.div(x, y)))));
        defjvp(BinaryOp.MAX, (m, x, y, o, t) -> m.mul(t, m.tieWeight(CmpOp.GT, x, y)),
                (m, x, y, o, t) -> m.mul(t, m.tieWeight(CmpOp.GT, y, x)));
        defjvp(BinaryOp.MIN, (m, x, y, o, t) -> m.mul(t, m.tieWeight(CmpOp.LT, x, y)),
                (m, x, y, o, t) -> m.mul(t, m.tieWeight(CmpOp.LT, y, x)));
        defjvp(BinaryOp.POW,
                (m, x, y, o, t) -> m.mul(t, m.zeroWhere(y, m.mul(y, m.fn2(BinaryOp.POW, x, m.sub(y, m.k(y, 1)))))),
                (m, x, y, o, t) -> m.mul(t, m.zeroWhere(x, m.mul(m.fn(UnaryOp.LOG, x), o))));
        defjvp(BinaryOp.ATAN2,
                (m, x, y, o, t) -> m.div(m.mul(t, y), m.add(m.mul(x, x), m.mul(y, y))),
                (m, x, y, o, t) -> m.neg(m.div(m.mul(t, x), m.add(m.mul(x, x), m.mul(y, y)))));
        defjvp(BinaryOp.HYPOT, (m, x, y, o, t) -> m.div(m.mul(t, x), o), (m, x, y, o, t) -> m.div(m.mul(t, y), o));
        defjvp(BinaryOp.COPYSIGN,
                (m, x, y, o, t) -> m.mul(t, m.mul(m.b.unary(UnaryOp.SIGNUM, x), m.fn2(BinaryOp.COPYSIGN, m.k(x, 1), y))),
                (m, x, y, o, t) -> null);
    }

    static JvpRule unary(Unary p) {
        if (UNARY_NON_FLOAT.contains(p.op())) return JvpRules.NO_TANGENT;
        UnaryJvp rule = UNARY.get(p.op());
        if (rule == null) throw new IllegalStateException("no JVP rule for " + p.name());
        return (e, op, in, tin, out) -> {
            Value t = rule.apply(new M(e.b(), p.strict()), in.get(0), out.get(0), tin.get(0));
            return Arrays.asList(t);
        };
    }

    static JvpRule binary(Binary p) {
        if (BINARY_NON_FLOAT.contains(p.op())) return JvpRules.NO_TANGENT;
        BinaryJvp rule = BINARY.get(p.op());
        if (rule == null) throw new IllegalStateException("no JVP rule for " + p.name());
        return (e, op, in, tin, out) -> {
            M m = new M(e.b(), p.strict());
            Value x = in.get(0), y = in.get(1), o = out.get(0);
            Value t = null;
            if (tin.get(0) != null) t = e.addTangents(t, rule.lhs().apply(m, x, y, o, tin.get(0)));
            if (tin.get(1) != null) t = e.addTangents(t, rule.rhs().apply(m, x, y, o, tin.get(1)));
            return Arrays.asList(t);
        };
    }

    /** select(p, a, b): the tangent takes the same arm; a zero arm is materialized only if the other is not. */
    static final JvpRule SELECT = (e, op, in, tin, out) -> {
        Value ta = e.instantiate(tin.get(1), in.get(1)), tb = e.instantiate(tin.get(2), in.get(2));
        return Arrays.asList(e.b().select(in.get(0), ta, tb));
    };

    /** Float-to-float conversion converts the tangent; conversions from integers have a zero tangent. */
    static final JvpRule CONVERT = (e, op, in, tin, out) -> {
        DType to = out.get(0).type().dtype();
        return Arrays.asList(e.b().convert(tin.get(0), to));
    };

    /** Small arithmetic vocabulary for rules, emitting Math or StrictMath as the primal did. */
    static final class M {
        final Builder b;
        final boolean strict;

        M(Builder b, boolean strict) {
            this.b = b;
            this.strict = strict;
        }

        Value k(Value like, double v) { return b.constant(like.type().dtype(), v); }
        Value add(Value x, Value y) { return b.add(x, y); }
        Value sub(Value x, Value y) { return b.sub(x, y); }
        Value mul(Value x, Value y) { return b.mul(x, y); }
        Value div(Value x, Value y) { return b.div(x, y); }
        Value neg(Value x) { return b.neg(x); }
        Value fn(UnaryOp op, Value x) { return b.emit1(new Unary(op, strict), x); }
        Value fn2(BinaryOp op, Value x, Value y) { return b.emit1(new Binary(op, strict), x, y); }

        /** trunc(v) = signum(v)·floor(|v|). */
        Value trunc(Value v) {
            return mul(b.unary(UnaryOp.SIGNUM, v), fn(UnaryOp.FLOOR, b.unary(UnaryOp.ABS, v)));
        }

        /** 1 where {@code x cmp y}, ½ where x == y, else 0. */
        Value tieWeight(CmpOp cmp, Value x, Value y) {
            Value strictly = b.compare(cmp, x, y), tie = b.compare(CmpOp.EQ, x, y);
            return b.select(strictly, k(x, 1), b.select(tie, k(x, 0.5), k(x, 0)));
        }

        /** v, or 0 where {@code z == 0}. */
        Value zeroWhere(Value z, Value v) { return b.select(b.compare(CmpOp.EQ, z, k(z, 0)), k(v, 0), v); }
    }

    /** For the coverage test. */
    static List<Object> missing() {
        List<Object> out = new ArrayList<>();
        for (UnaryOp op : UnaryOp.values()) if (!UNARY.containsKey(op) && !UNARY_NON_FLOAT.contains(op)) out.add(op);
        for (BinaryOp op : BinaryOp.values()) if (!BINARY.containsKey(op) && !BINARY_NON_FLOAT.contains(op)) out.add(op);
        return out;
    }

}
