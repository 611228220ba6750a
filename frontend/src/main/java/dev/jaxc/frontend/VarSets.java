package dev.jaxc.frontend;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.VariableDeclarator;
import com.github.javaparser.ast.expr.ArrayAccessExpr;
import com.github.javaparser.ast.expr.AssignExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.expr.UnaryExpr;
import java.util.Collection;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/**
 * The variables a subtree reads and assigns, from the AST: what a region must receive as
 * operands and what it must yield back. An element write {@code a[i] = v} assigns {@code a}
 * (it gets a new SSA value) but does not reassign it (its length is unchanged). Jumps assign
 * their flags ({@link JumpFlags#escapes}).
 */
final class VarSets {
    record Sets(Set<Var> reads, Set<Var> assigned, Set<Var> reassigned) {}

    private final MethodInfo info;
    private final JumpFlags flags;
    private final Map<Node, Sets> memo = new IdentityHashMap<>();

    VarSets(MethodInfo info, JumpFlags flags) {
        this.info = info;
        this.flags = flags;
    }

    Sets of(Node n) { return memo.computeIfAbsent(n, this::compute); }

    Set<Var> reads(Node n) { return of(n).reads; }
    Set<Var> assigned(Node n) { return of(n).assigned; }
    Set<Var> reassigned(Node n) { return of(n).reassigned; }

    /** Read or assigned: what a region around {@code n} needs from outside. */
    Set<Var> touched(Collection<? extends Node> nodes) {
        Set<Var> out = new LinkedHashSet<>();
        for (Node n : nodes) {
            if (n == null) continue;
            out.addAll(of(n).reads);
            out.addAll(of(n).assigned);
        }
        return out;
    }

    Set<Var> assigned(Collection<? extends Node> nodes) {
        Set<Var> out = new LinkedHashSet<>();
        for (Node n : nodes) if (n != null) out.addAll(of(n).assigned);
        return out;
    }

    private Sets compute(Node root) {
        Set<Var> reads = new LinkedHashSet<>(), assigned = new LinkedHashSet<>(), reassigned = new LinkedHashSet<>();
        root.walk(n -> {
            if (n instanceof NameExpr name) {
                Var v = info.varRefs.get(name);
                if (v == null) return;
                Node parent = name.getParentNode().orElse(null);
                if (parent instanceof AssignExpr a && a.getTarget() == name) {
                    if (a.getOperator() != AssignExpr.Operator.ASSIGN) reads.add(v);
                    assigned.add(v);
                    reassigned.add(v);
                } else if (parent instanceof UnaryExpr u && isIncDec(u)) {
                    reads.add(v);
                    assigned.add(v);
                    reassigned.add(v);
                } else {
                    reads.add(v);
                }
            } else if (n instanceof AssignExpr a && a.getTarget() instanceof ArrayAccessExpr t) {
                Var v = arrayBase(t);
                if (v != null) assigned.add(v);
            } else if (n instanceof UnaryExpr u && isIncDec(u) && u.getExpression() instanceof ArrayAccessExpr t) {
                Var v = arrayBase(t);
                if (v != null) assigned.add(v);
            } else if (n instanceof VariableDeclarator d) {
                Var v = info.varDecls.get(d);
                if (v != null) {
                    assigned.add(v);
                    reassigned.add(v);
                }
            }
        });
        assigned.addAll(flags.escapes(root));
        return new Sets(reads, assigned, reassigned);
    }

    static boolean isIncDec(UnaryExpr u) {
        return switch (u.getOperator()) {
            case PREFIX_INCREMENT, PREFIX_DECREMENT, POSTFIX_INCREMENT, POSTFIX_DECREMENT -> true;
            default -> false;
        };
    }

    /** The array variable an element write {@code a[i]...} writes into. */
    Var arrayBase(ArrayAccessExpr t) {
        Expression base = t.getName();
        while (base instanceof ArrayAccessExpr inner) base = inner.getName();
        return base instanceof NameExpr n ? info.varRefs.get(n) : null;
    }
}
