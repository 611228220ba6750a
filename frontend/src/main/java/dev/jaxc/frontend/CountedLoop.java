package dev.jaxc.frontend;

import com.github.javaparser.ast.body.VariableDeclarator;
import com.github.javaparser.ast.expr.*;
import com.github.javaparser.ast.stmt.ForStmt;
import dev.jaxc.ir.Type;
import dev.jaxc.ir.prim.Const;

/**
 * Recognizes a classic {@code for} that is a counted loop: {@code for (int i = lo; i < hi; i++)}
 * (also {@code <=}, {@code i += c} with c a positive constant, and downward with {@code i--} /
 * {@code i -= c} and {@code >} / {@code >=}), where the body never assigns i, nothing leaves
 * the loop early ({@code continue} is fine), and hi is loop-invariant and free of effects, so
 * evaluating it once before the loop is the same as Java's evaluating it before every
 * iteration: the first evaluation happens at the same point in both (even when it throws) and
 * later ones give the same value.
 */
record CountedLoop(Var index, Expression lo, Expression hi, int step, boolean inclusive) {

    static CountedLoop match(ForStmt f, LoweringContext ctx) {
        MethodInfo info = ctx.info;
        if (f.getInitialization().size() != 1 || !(f.getInitialization().get(0) instanceof VariableDeclarationExpr d)) return null;
        if (d.getVariables().size() != 1) return null;
        VariableDeclarator decl = d.getVariables().get(0);
        Var i = info.varDecls.get(decl);
        if (i == null || !i.type.equals(Type.I32) || decl.getInitializer().isEmpty()) return null;
        if (f.getCompare().isEmpty() || !(f.getCompare().get() instanceof BinaryExpr cmp)) return null;
        if (f.getUpdate().size() != 1) return null;
        Integer step = step(f.getUpdate().get(0), i, info);
        if (step == null) return null;

        Expression hi;
        boolean inclusive;
        boolean up;
        if (isVar(cmp.getLeft(), i, info)) {
            hi = cmp.getRight();
            switch (cmp.getOperator()) {
                case LESS -> { up = true; inclusive = false; }
                case LESS_EQUALS -> { up = true; inclusive = true; }
                case GREATER -> { up = false; inclusive = false; }
                case GREATER_EQUALS -> { up = false; inclusive = true; }
                default -> { return null; }
            }
        } else if (isVar(cmp.getRight(), i, info)) {
            hi = cmp.getLeft();
            switch (cmp.getOperator()) {
                case GREATER -> { up = true; inclusive = false; }
                case GREATER_EQUALS -> { up = true; inclusive = true; }
                case LESS -> { up = false; inclusive = false; }
                case LESS_EQUALS -> { up = false; inclusive = true; }
                default -> { return null; }
            }
        } else return null;
        if (up != step > 0 || !Type.I32.equals(info.types.get(hi))) return null;

        var body = f.getBody();
        if (ctx.sets.assigned(body).contains(i)) return null;
        var exits = ctx.flags.exitFlags(body);
        Var cont = ctx.flags.continueFlag(f);
        if (cont != null) exits.remove(cont);
        if (!exits.isEmpty()) return null;
        if (Effects.hasEffects(hi) || !invariant(hi, i, ctx, f)) return null;
        return new CountedLoop(i, decl.getInitializer().get(), hi, step, inclusive);
    }

    private static boolean isVar(Expression e, Var v, MethodInfo info) { return e instanceof NameExpr n && info.varRefs.get(n) == v; }

    /** +c for {@code i++}, {@code ++i}, {@code i += c}; -c for the decrements; null otherwise. */
    private static Integer step(Expression u, Var i, MethodInfo info) {
        if (u instanceof UnaryExpr un && isVar(un.getExpression(), i, info)) {
            return switch (un.getOperator()) {
                case PREFIX_INCREMENT, POSTFIX_INCREMENT -> 1;
                case PREFIX_DECREMENT, POSTFIX_DECREMENT -> -1;
                default -> null;
            };
        }
        if (u instanceof AssignExpr a && isVar(a.getTarget(), i, info)) {
            Const c = info.constant(a.getValue());
            if (c == null || !c.dtype().equals(dev.jaxc.ir.DType.I32) || c.asInt() <= 0) return null;
            if (a.getOperator() == AssignExpr.Operator.PLUS) return c.asInt();
            if (a.getOperator() == AssignExpr.Operator.MINUS) return -c.asInt();
        }
        return null;
    }

    /**
     * Whether the bound reads only variables the loop does not change (the index excluded).
     * A variable whose elements the loop writes still has the same length.
     */
    private static boolean invariant(Expression hi, Var i, LoweringContext ctx, ForStmt f) {
        var assigned = ctx.sets.assigned(f.getBody());
        var reassigned = ctx.sets.reassigned(f.getBody());
        for (NameExpr n : hi.findAll(NameExpr.class)) {
            Var v = ctx.info.varRefs.get(n);
            if (v == null) continue;
            if (v == i) return false;
            boolean lengthOnly = n.getParentNode().orElse(null) instanceof FieldAccessExpr fa && fa.getScope() == n;
            if (lengthOnly ? reassigned.contains(v) : assigned.contains(v)) return false;
        }
        return true;
    }
}
