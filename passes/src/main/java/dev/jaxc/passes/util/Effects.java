package dev.jaxc.passes.util;

import dev.jaxc.ir.Op;
import dev.jaxc.ir.Region;
import dev.jaxc.ir.prim.*;

/**
 * Which ops have an observable effect besides their results: a Java exception (integer
 * division by zero, array bounds, negative sizes, null rows, anything a callee may throw) or
 * possible non-termination (while). Pure dead-code elimination ignores these; exception-
 * preserving elimination keeps such ops even when their results are dead.
 */
public final class Effects implements PrimitiveVisitor<Boolean> {
    private static final Effects INSTANCE = new Effects();

    private Effects() {}

    /** True when op, or any op nested in its regions, may throw or may not terminate. */
    public static boolean mayThrow(Op op) {
        if (op.prim() instanceof Binary b) {
            if ((b.op() == BinaryOp.DIV || b.op() == BinaryOp.REM) && op.input(0).type().dtype().isInteger()) return true;
        } else if (op.prim().accept(INSTANCE)) {
            return true;
        }
        for (Region r : op.regions())
            for (Op inner : r.ops()) if (mayThrow(inner)) return true;
        return false;
    }

    @Override public Boolean visitConst(Const p) { return false; }
    @Override public Boolean visitUnary(Unary p) { return false; }
    /** Integer div/rem throw; that depends on the operand type, so {@link #mayThrow} decides. */
    @Override public Boolean visitBinary(Binary p) { return false; }
    @Override public Boolean visitCompare(Compare p) { return false; }
    @Override public Boolean visitConvert(Convert p) { return false; }
    @Override public Boolean visitSelect(Select p) { return false; }
    @Override public Boolean visitArrayNew(ArrayNew p) { return true; }
    @Override public Boolean visitArrayLiteral(ArrayLiteral p) { return false; }
    @Override public Boolean visitArrayGet(ArrayGet p) { return true; }
    @Override public Boolean visitArraySet(ArraySet p) { return true; }
    @Override public Boolean visitArrayLength(ArrayLength p) { return true; }
    @Override public Boolean visitArrayCopy(ArrayCopy p) { return true; }
    @Override public Boolean visitCall(Call p) { return true; }
    @Override public Boolean visitCond(Cond p) { return false; }
    @Override public Boolean visitForLoop(ForLoop p) { return false; }
    @Override public Boolean visitWhileLoop(WhileLoop p) { return true; }
    /** Negative sizes, empty logits, a ≤ 0 and null rows throw; draws from a key alone do not. */
    @Override public Boolean visitPrng(Prng p) { return p.fn().mayThrow(); }
}
