package dev.jaxc.passes.ad;

import dev.jaxc.ir.prim.*;

/**
 * Dispatch from a primitive to its transpose rule, exhaustive over {@link Primitive}. Only
 * linear primitives have real rules; the others map to {@link #NONLINEAR}, which reports the
 * op (it can only be reached by a custom JVP rule that is not linear in its tangents).
 */
final class TransposeRules implements PrimitiveVisitor<TransposeRule> {
    private static final TransposeRules INSTANCE = new TransposeRules();

    /** Declared nonlinear: never applied to a tangent by JVP rules. */
    static final TransposeRule NONLINEAR = (t, op, cts) -> {
        throw t.nonlinear(op);
    };

    private TransposeRules() {}

    static TransposeRule of(Primitive p) { return p.accept(INSTANCE); }

    /** True when the primitive has a transpose rule, false when it is declared nonlinear (coverage test). */
    static boolean isLinear(Primitive p) { return of(p) != NONLINEAR; }

    @Override public TransposeRule visitConst(Const p) { return NONLINEAR; }
    @Override public TransposeRule visitUnary(Unary p) {
        return ElementwiseTransposeRules.UNARY.containsKey(p.op()) ? ElementwiseTransposeRules.unary(p) : NONLINEAR;
    }
    @Override public TransposeRule visitBinary(Binary p) {
        return ElementwiseTransposeRules.BINARY.containsKey(p.op()) ? ElementwiseTransposeRules.binary(p) : NONLINEAR;
    }
    @Override public TransposeRule visitCompare(Compare p) { return NONLINEAR; }
    @Override public TransposeRule visitConvert(Convert p) { return ElementwiseTransposeRules.CONVERT; }
    @Override public TransposeRule visitSelect(Select p) { return ElementwiseTransposeRules.SELECT; }
    @Override public TransposeRule visitArrayNew(ArrayNew p) { return NONLINEAR; }
    @Override public TransposeRule visitArrayLiteral(ArrayLiteral p) { return ArrayTransposeRules.LITERAL; }
    @Override public TransposeRule visitArrayGet(ArrayGet p) { return ArrayTransposeRules.GET; }
    @Override public TransposeRule visitArraySet(ArraySet p) { return ArrayTransposeRules.SET; }
    @Override public TransposeRule visitArrayLength(ArrayLength p) { return NONLINEAR; }
    @Override public TransposeRule visitArrayCopy(ArrayCopy p) { return ArrayTransposeRules.COPY; }
    @Override public TransposeRule visitCall(Call p) { return CallTransposeRule.RULE; }
    @Override public TransposeRule visitCond(Cond p) { return ControlFlowTransposeRules.COND; }
    @Override public TransposeRule visitForLoop(ForLoop p) { return ControlFlowTransposeRules.forLoop(p); }
    /** Partial evaluation turns every while loop with linear carries into a counted loop. */
    @Override public TransposeRule visitWhileLoop(WhileLoop p) { return NONLINEAR; }
    /** Draws are never applied to tangents: their JVP rules use only add/sub/mul and loops. */
    @Override public TransposeRule visitPrng(Prng p) { return NONLINEAR; }
}
