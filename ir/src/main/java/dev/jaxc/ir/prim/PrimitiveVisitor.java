package dev.jaxc.ir.prim;

/** Exhaustive dispatch over {@link Primitive}: one method per primitive record. */
public interface PrimitiveVisitor<R> {
    R visitConst(Const p);
    R visitUnary(Unary p);
    R visitBinary(Binary p);
    R visitCompare(Compare p);
    R visitConvert(Convert p);
    R visitSelect(Select p);
    R visitArrayNew(ArrayNew p);
    R visitArrayLiteral(ArrayLiteral p);
    R visitArrayGet(ArrayGet p);
    R visitArraySet(ArraySet p);
    R visitArrayLength(ArrayLength p);
    R visitArrayCopy(ArrayCopy p);
    R visitCall(Call p);
    R visitCond(Cond p);
    R visitForLoop(ForLoop p);
    R visitWhileLoop(WhileLoop p);
    R visitPrng(Prng p);
}
