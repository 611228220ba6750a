package dev.jaxc.passes.ad;

import dev.jaxc.ir.Op;
import dev.jaxc.ir.prim.*;

/**
 * Which known ops a loop's linear part recomputes instead of reading from a tape: region-free
 * ops about as cheap as a tape read (constants, index arithmetic, comparisons, array reads,
 * add/sub/mul/min/max/neg/abs). Transcendentals and divisions of floats are taped.
 */
final class Remat implements PrimitiveVisitor<Boolean> {
    private static final Remat INSTANCE = new Remat();

    private Remat() {}

    static boolean cheap(Op op) {
        if (!op.regions().isEmpty()) return false;
        if (op.prim() instanceof Binary b && (b.op() == BinaryOp.DIV || b.op() == BinaryOp.REM))
            return op.input(0).type().dtype().isInteger(); // index arithmetic; float division is taped
        return op.prim().accept(INSTANCE);
    }

    @Override public Boolean visitConst(Const p) { return true; }
    @Override public Boolean visitUnary(Unary p) { return p.op() == UnaryOp.NEG || p.op() == UnaryOp.ABS; }
    @Override public Boolean visitBinary(Binary p) {
        return switch (p.op()) {
            case ADD, SUB, MUL, MIN, MAX, AND, OR, XOR, SHL, SHR, USHR -> true;
            default -> false;
        };
    }
    @Override public Boolean visitCompare(Compare p) { return true; }
    @Override public Boolean visitConvert(Convert p) { return true; }
    @Override public Boolean visitSelect(Select p) { return true; }
    @Override public Boolean visitArrayNew(ArrayNew p) { return false; }
    @Override public Boolean visitArrayLiteral(ArrayLiteral p) { return false; }
    @Override public Boolean visitArrayGet(ArrayGet p) { return true; }
    @Override public Boolean visitArraySet(ArraySet p) { return false; }
    @Override public Boolean visitArrayLength(ArrayLength p) { return true; }
    @Override public Boolean visitArrayCopy(ArrayCopy p) { return false; }
    @Override public Boolean visitCall(Call p) { return false; }
    @Override public Boolean visitCond(Cond p) { return false; }
    @Override public Boolean visitForLoop(ForLoop p) { return false; }
    @Override public Boolean visitWhileLoop(WhileLoop p) { return false; }
    /** A draw hashes its key (20 threefry rounds or more): tape it. */
    @Override public Boolean visitPrng(Prng p) { return false; }
}
