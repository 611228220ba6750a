package dev.jaxc.frontend;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.stmt.Statement;
import dev.jaxc.ir.Type;
import dev.jaxc.ir.prim.Const;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * What attribution learned about one {@code @Jit} method: the variable each name denotes, the
 * Java type of each expression, the value of each constant, what each call calls, and the
 * target of each {@code break} / {@code continue}. All maps are by node identity (JavaParser
 * nodes compare structurally).
 */
final class MethodInfo {
    final JitMethod method;
    final List<Var> params = new ArrayList<>();
    final Map<Node, Var> varRefs = new IdentityHashMap<>();
    final Map<Node, Var> varDecls = new IdentityHashMap<>();
    final Map<Expression, Type> types = new IdentityHashMap<>();
    final Map<Expression, Const> constants = new IdentityHashMap<>();
    final Map<MethodCallExpr, Callee> callees = new IdentityHashMap<>();
    final Map<Statement, Statement> jumpTargets = new IdentityHashMap<>();

    MethodInfo(JitMethod method) { this.method = method; }

    String file() { return method.file(); }

    /** The local variable or parameter a name expression or declaration denotes, or null. */
    Var var(Node n) {
        Var v = varRefs.get(n);
        return v != null ? v : varDecls.get(n);
    }

    Type type(Expression e) {
        Type t = types.get(e);
        if (t == null) throw new IllegalStateException("no type for " + e);
        return t;
    }

    Const constant(Expression e) { return constants.get(e); }

    Callee callee(MethodCallExpr e) { return callees.get(e); }

    /** The loop or labeled statement a {@code break} / {@code continue} leaves. */
    Statement target(Statement jump) { return jumpTargets.get(jump); }
}
