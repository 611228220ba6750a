package dev.jaxc.frontend;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.expr.BooleanLiteralExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.stmt.*;
import java.util.ArrayList;
import java.util.List;

/**
 * Decides whether a method's returns can be lowered without flags: every return is the last
 * statement of the method, or ends a branch of an {@code if} whose other side (with the rest of
 * the method appended, as in a guard clause {@code if (n == 0) return 0; ...}) is again in tail
 * form. Returns inside loops need the {@code ret} flag.
 */
final class TailForm {
    private final MethodInfo info;

    TailForm(MethodInfo info) { this.info = info; }

    boolean fits(List<Statement> stmts) {
        List<Statement> flat = Ast.flatten(stmts);
        for (int k = 0; k < flat.size(); k++) {
            Statement s = flat.get(k);
            if (k == flat.size() - 1) return fitsLast(s);
            if (!containsReturn(s)) continue;
            if (!(s instanceof IfStmt i)) return false;
            List<Statement> rest = flat.subList(k + 1, flat.size());
            Split split = split(i, rest);
            return split != null && fits(split.thenPart) && fits(split.elsePart);
        }
        return true;
    }

    private boolean fitsLast(Statement s) {
        if (s instanceof ReturnStmt) return true;
        if (s instanceof IfStmt i && containsReturn(s))
            return i.getElseStmt().isPresent() && fits(List.of(i.getThenStmt())) && fits(List.of(i.getElseStmt().get()));
        return !containsReturn(s);
    }

    /** A guard {@code if} and the statements after it, as the two branches of a tail cond. */
    record Split(List<Statement> thenPart, List<Statement> elsePart) {}

    /** Appends the rest to the branch that can complete normally; null when both can. */
    Split split(IfStmt i, List<Statement> rest) {
        boolean thenFalls = canCompleteNormally(i.getThenStmt());
        boolean elseFalls = i.getElseStmt().map(this::canCompleteNormally).orElse(true);
        List<Statement> thenPart = new ArrayList<>(List.of(i.getThenStmt()));
        List<Statement> elsePart = new ArrayList<>();
        i.getElseStmt().ifPresent(elsePart::add);
        if (!thenFalls) elsePart.addAll(rest);
        else if (!elseFalls) thenPart.addAll(rest);
        else return null;
        return new Split(thenPart, elsePart);
    }

    static boolean containsReturn(Node n) { return !n.findAll(ReturnStmt.class).isEmpty(); }

    /** JLS 14.22, for the statements of the subset. */
    boolean canCompleteNormally(Statement s) {
        if (s instanceof ReturnStmt || s instanceof BreakStmt || s instanceof ContinueStmt) return false;
        if (s instanceof BlockStmt b) {
            for (Statement x : b.getStatements()) if (!canCompleteNormally(x)) return false;
            return true;
        }
        if (s instanceof IfStmt i)
            return i.getElseStmt().isEmpty() || canCompleteNormally(i.getThenStmt()) || canCompleteNormally(i.getElseStmt().get());
        if (s instanceof WhileStmt w) return !isTrue(w.getCondition()) || hasBreak(w);
        if (s instanceof DoStmt d) return !isTrue(d.getCondition()) || hasBreak(d);
        if (s instanceof ForStmt f) return (f.getCompare().isPresent() && !isTrue(f.getCompare().get())) || hasBreak(f);
        if (s instanceof LabeledStmt l) return canCompleteNormally(l.getStatement()) || hasBreak(l);
        return true;
    }

    private boolean isTrue(Expression e) {
        var c = info.constant(e);
        if (c != null) return c.asBool();
        return e instanceof BooleanLiteralExpr b && b.getValue();
    }

    private boolean hasBreak(Statement target) {
        for (BreakStmt b : target.findAll(BreakStmt.class)) if (info.target(b) == target) return true;
        return false;
    }
}
