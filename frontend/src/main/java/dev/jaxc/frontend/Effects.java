package dev.jaxc.frontend;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.expr.*;
import dev.jaxc.ir.Type;
import dev.jaxc.ir.prim.Const;

/**
 * Which expressions may throw or have effects, from the AST. Lowering uses it to keep Java's
 * evaluation order where it is observable: a possibly-throwing operand is never evaluated
 * eagerly where Java would not evaluate it, nor ahead of another one that throws first.
 */
final class Effects {
    private final MethodInfo info;

    Effects(MethodInfo info) { this.info = info; }

    /** May evaluating {@code e} throw (bounds, null rows, negative sizes, integer division, calls)? */
    boolean canThrow(Node e) {
        boolean[] found = {false};
        e.walk(n -> {
            if (found[0]) return;
            if (n instanceof ArrayAccessExpr) found[0] = true;
            else if (n instanceof FieldAccessExpr f && info.constant(f) == null) found[0] = true;
            else if (n instanceof ArrayCreationExpr a && a.getInitializer().isEmpty()) found[0] = true;
            else if (n instanceof MethodCallExpr m && mayThrow(info.callee(m))) found[0] = true;
            else if (n instanceof BinaryExpr b && isDivision(b.getOperator()) && isIntegral(b) && !nonZeroConstant(b.getRight())) found[0] = true;
            else if (n instanceof AssignExpr a && isDivision(a) && integralDivision(a) && !nonZeroConstant(a.getValue())) found[0] = true;
        });
        return found[0];
    }

    /** Math functions and draws from a key alone never throw; other calls may. */
    private static boolean mayThrow(Callee c) {
        if (c instanceof Callee.MathCall) return false;
        if (c instanceof Callee.PrngCall p) return p.prim().fn().mayThrow();
        return true;
    }

    /** Does {@code e} assign a variable or an array element? */
    static boolean hasEffects(Node e) {
        boolean[] found = {false};
        e.walk(n -> {
            if (n instanceof AssignExpr || (n instanceof UnaryExpr u && VarSets.isIncDec(u))) found[0] = true;
        });
        return found[0];
    }

    /** Cheap, cannot throw, no effects, no calls, no allocation: fine to evaluate eagerly. */
    boolean trivial(Expression e) {
        if (canThrow(e) || hasEffects(e)) return false;
        boolean[] found = {false};
        e.walk(n -> {
            if (n instanceof MethodCallExpr || n instanceof ArrayCreationExpr || n instanceof ArrayInitializerExpr) found[0] = true;
        });
        return !found[0];
    }

    private static boolean isDivision(BinaryExpr.Operator op) { return op == BinaryExpr.Operator.DIVIDE || op == BinaryExpr.Operator.REMAINDER; }

    private static boolean isDivision(AssignExpr a) {
        return a.getOperator() == AssignExpr.Operator.DIVIDE || a.getOperator() == AssignExpr.Operator.REMAINDER;
    }

    private boolean isIntegral(BinaryExpr b) {
        Type t = info.types.get(b);
        return t != null && t.dtype().isInteger();
    }

    private boolean integralDivision(AssignExpr a) {
        Type t = info.types.get(a.getTarget()), v = info.types.get(a.getValue());
        return t != null && v != null && TypeResolver.promote(t.dtype(), v.dtype()).isInteger();
    }

    private boolean nonZeroConstant(Expression e) {
        Const c = info.constant(e);
        return c != null && !c.isZero();
    }
}
