package dev.jaxc.passes.ad;

import dev.jaxc.ir.Builder;
import dev.jaxc.ir.DType;
import dev.jaxc.ir.Value;
import dev.jaxc.ir.prim.Binary;
import dev.jaxc.ir.prim.BinaryOp;
import dev.jaxc.ir.prim.Unary;
import dev.jaxc.ir.prim.UnaryOp;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * Transpose rules of the linear elementwise primitives — {@code neg}, {@code add}, {@code sub},
 * {@code mul} and {@code div} by a known factor, float conversions, {@code select} on a known
 * predicate — in the style of JAX's {@code deflinear}/{@code defbilinear}. Every other
 * elementwise operation is declared nonlinear: JVP rules only ever apply them to primal
 * (known) values.
 */
final class ElementwiseTransposeRules {
    private ElementwiseTransposeRules() {}

    /** Cotangent contribution to one linear operand given the output cotangent. */
    @FunctionalInterface
    interface Ct {
        Value apply(Builder b, Value ct, Value otherKnown);
    }

    record BinaryTranspose(Ct lhs, Ct rhs, boolean bilinear) {}

    static final Map<UnaryOp, Ct> UNARY = new EnumMap<>(UnaryOp.class);
    static final Map<BinaryOp, BinaryTranspose> BINARY = new EnumMap<>(BinaryOp.class);
    static final Set<UnaryOp> UNARY_NONLINEAR = EnumSet.complementOf(EnumSet.of(UnaryOp.NEG));
    static final Set<BinaryOp> BINARY_NONLINEAR = EnumSet.complementOf(EnumSet.of(BinaryOp.ADD, BinaryOp.SUB, BinaryOp.MUL, BinaryOp.DIV));

    /** Linear in both operands jointly. */
    private static void deflinear2(BinaryOp op, Ct lhs, Ct rhs) { BINARY.put(op, new BinaryTranspose(lhs, rhs, false)); }

    /** Linear in each operand when the other is known. */
    private static void defbilinear(BinaryOp op, Ct lhs, Ct rhs) { BINARY.put(op, new BinaryTranspose(lhs, rhs, true)); }

    static {
        UNARY.put(UnaryOp.NEG, (b, ct, k) -> b.neg(ct));
        deflinear2(BinaryOp.ADD, (b, ct, k) -> ct, (b, ct, k) -> ct);
        deflinear2(BinaryOp.SUB, (b, ct, k) -> ct, (b, ct, k) -> b.neg(ct));
        defbilinear(BinaryOp.MUL, (b, ct, y) -> b.mul(ct, y), (b, ct, x) -> b.mul(x, ct));
        defbilinear(BinaryOp.DIV, (b, ct, y) -> b.div(ct, y), null);
    }

    static TransposeRule unary(Unary p) {
        Ct rule = UNARY.get(p.op());
        return (t, op, cts) -> {
            if (rule == null) throw t.nonlinear(op);
            t.addCt(op.input(0), rule.apply(t.b(), cts.get(0), null));
        };
    }

    static TransposeRule binary(Binary p) {
        BinaryTranspose rule = BINARY.get(p.op());
        return (t, op, cts) -> {
            if (rule == null) throw t.nonlinear(op);
            Value x = op.input(0), y = op.input(1), c = cts.get(0);
            boolean lx = t.isLinear(x), ly = t.isLinear(y);
            if (rule.bilinear() && lx && ly) throw t.nonlinear(op);
            if (lx) {
                if (rule.lhs() == null) throw t.nonlinear(op);
                t.addCt(x, rule.lhs().apply(t.b(), c, ly ? null : t.known(y)));
            }
            if (ly) {
                if (rule.rhs() == null) throw t.nonlinear(op);
                t.addCt(y, rule.rhs().apply(t.b(), c, lx ? null : t.known(x)));
            }
        };
    }

    /** Float-to-float conversion: convert the cotangent back. */
    static final TransposeRule CONVERT = (t, op, cts) -> {
        DType from = op.input(0).type().dtype();
        if (!from.isFloat() || !op.result().type().dtype().isFloat()) throw t.nonlinear(op);
        t.addCt(op.input(0), t.b().convert(cts.get(0), from));
    };

    /** select(p, a, b) with p known: each arm receives the cotangent where it was chosen. */
    static final TransposeRule SELECT = (t, op, cts) -> {
        if (t.isLinear(op.input(0))) throw t.nonlinear(op);
        Value p = t.known(op.input(0)), c = cts.get(0);
        Builder b = t.b();
        for (int arm = 1; arm <= 2; arm++) {
            Value v = op.input(arm);
            if (!t.isLinear(v)) continue;
            Value zero = t.zerosLike(v);
            t.addCt(v, arm == 1 ? b.select(p, c, zero) : b.select(p, zero, c));
        }
    };
}
