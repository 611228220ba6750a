package dev.jaxc.passes.ad;

import dev.jaxc.ir.prim.*;

/**
 * Dispatch from a primitive to its forward-mode rule, exhaustive over {@link Primitive}. The
 * rules live by family: {@link ElementwiseJvpRules}, {@link ArrayJvpRules},
 * {@link ControlFlowJvpRules}, {@link CallJvpRule}, {@link PrngJvpRules}. Primitives whose results never carry a
 * tangent (constants, comparisons, allocations, lengths) map to {@link #NO_TANGENT}, which the
 * emitter never calls because such ops have no differentiable result or no nonzero input.
 */
final class JvpRules implements PrimitiveVisitor<JvpRule> {
    private static final JvpRules INSTANCE = new JvpRules();

    static final JvpRule NO_TANGENT = (e, op, in, tin, out) -> {
        throw new IllegalStateException(op.prim().name() + " has no tangent, yet its JVP rule ran");
    };

    private JvpRules() {}

    static JvpRule of(Primitive p) { return p.accept(INSTANCE); }

    @Override public JvpRule visitConst(Const p) { return NO_TANGENT; }
    @Override public JvpRule visitUnary(Unary p) { return ElementwiseJvpRules.unary(p); }
    @Override public JvpRule visitBinary(Binary p) { return ElementwiseJvpRules.binary(p); }
    @Override public JvpRule visitCompare(Compare p) { return NO_TANGENT; }
    @Override public JvpRule visitConvert(Convert p) { return ElementwiseJvpRules.CONVERT; }
    @Override public JvpRule visitSelect(Select p) { return ElementwiseJvpRules.SELECT; }
    @Override public JvpRule visitArrayNew(ArrayNew p) { return NO_TANGENT; }
    @Override public JvpRule visitArrayLiteral(ArrayLiteral p) { return ArrayJvpRules.literal(p); }
    @Override public JvpRule visitArrayGet(ArrayGet p) { return ArrayJvpRules.get(p); }
    @Override public JvpRule visitArraySet(ArraySet p) { return ArrayJvpRules.set(p); }
    @Override public JvpRule visitArrayLength(ArrayLength p) { return NO_TANGENT; }
    @Override public JvpRule visitArrayCopy(ArrayCopy p) { return ArrayJvpRules.COPY; }
    @Override public JvpRule visitCall(Call p) { return CallJvpRule.of(p); }
    @Override public JvpRule visitCond(Cond p) { return ControlFlowJvpRules.COND; }
    @Override public JvpRule visitForLoop(ForLoop p) { return ControlFlowJvpRules.forLoop(p); }
    @Override public JvpRule visitWhileLoop(WhileLoop p) { return ControlFlowJvpRules.whileLoop(p); }
    @Override public JvpRule visitPrng(Prng p) { return PrngJvpRules.of(p); }
}
