package dev.jaxc.frontend;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.Parameter;
import com.github.javaparser.ast.body.VariableDeclarator;
import com.github.javaparser.ast.expr.AssignExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.UnaryExpr;
import com.github.javaparser.ast.expr.VariableDeclarationExpr;
import com.github.javaparser.ast.stmt.*;
import com.github.javaparser.ast.type.VarType;
import dev.jaxc.ir.Type;
import dev.jaxc.ir.diag.CompileException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;

/**
 * Attribution of one {@code @Jit} method's statements: scopes, declarations, jump targets,
 * and rejection of the statements outside the subset. Each statement that fails is reported
 * and attribution goes on with the next, so one method can give several diagnostics.
 */
final class MethodAttribution {
    private final MethodInfo info;
    private final Diagnostics diags;
    private final Scopes scopes = new Scopes();
    private final ExprAttribution expr;
    private final String file;
    private final Deque<Statement> loops = new ArrayDeque<>();
    private final Deque<LabeledStmt> labels = new ArrayDeque<>();
    private int failures;

    private MethodAttribution(JitMethod m, ClassTable table, Diagnostics diags) {
        this.info = new MethodInfo(m);
        this.diags = diags;
        this.file = m.file();
        this.expr = new ExprAttribution(info, scopes, table);
    }

    /** Attributes a method; returns null (after reporting) when it has errors. */
    static MethodInfo attribute(JitMethod m, ClassTable table, Diagnostics diags) {
        MethodAttribution a = new MethodAttribution(m, table, diags);
        a.run();
        return a.failures == 0 ? a.info : null;
    }

    private void run() {
        scopes.push();
        List<Parameter> ps = info.method.decl.getParameters();
        for (int i = 0; i < ps.size(); i++) {
            Var v = new Var(ps.get(i).getNameAsString(), info.method.paramTypes.get(i), ps.get(i), Var.Kind.PARAM);
            info.params.add(v);
            info.varDecls.put(ps.get(i), v);
            scopes.declare(v);
        }
        BlockStmt body = info.method.decl.getBody().orElseThrow();
        for (Statement s : body.getStatements()) stmt(s);
        scopes.pop();
    }

    private void stmt(Statement s) {
        try {
            stmtOrThrow(s);
        } catch (CompileException e) {
            diags.add(e);
            failures++;
        } catch (Scopes.Abort e) {
            failures++;
        }
    }

    /** A statement in its own scope (the branch of an if, the body of a loop). */
    private void nested(Statement s) {
        scopes.push();
        try {
            stmt(s);
        } finally {
            scopes.pop();
        }
    }

    private CompileException err(Node n, String message, String hint) { return Diagnostics.error(file, n, message, hint); }

    private void stmtOrThrow(Statement s) {
        if (s instanceof BlockStmt b) {
            scopes.push();
            for (Statement x : b.getStatements()) stmt(x);
            scopes.pop();
        } else if (s instanceof ExpressionStmt es) {
            Expression e = es.getExpression();
            if (e instanceof VariableDeclarationExpr d) declare(d);
            else statementExpression(e);
        } else if (s instanceof IfStmt i) {
            expr.condition(i.getCondition());
            nested(i.getThenStmt());
            i.getElseStmt().ifPresent(this::nested);
        } else if (s instanceof WhileStmt w) {
            expr.condition(w.getCondition());
            loop(w, w.getBody());
        } else if (s instanceof DoStmt d) {
            loop(d, d.getBody());
            expr.condition(d.getCondition());
        } else if (s instanceof ForStmt f) {
            forStmt(f);
        } else if (s instanceof ForEachStmt f) {
            forEach(f);
        } else if (s instanceof LabeledStmt l) {
            String name = l.getLabel().asString();
            for (LabeledStmt outer : labels)
                if (outer.getLabel().asString().equals(name)) throw err(l, "label " + name + " already in use", null);
            labels.push(l);
            try {
                stmt(l.getStatement());
            } finally {
                labels.pop();
            }
        } else if (s instanceof BreakStmt b) {
            info.jumpTargets.put(b, b.getLabel().map(n -> labeled(b, n.asString(), false)).orElseGet(() -> innermostLoop(b, "break")));
        } else if (s instanceof ContinueStmt c) {
            info.jumpTargets.put(c, c.getLabel().map(n -> labeled(c, n.asString(), true)).orElseGet(() -> innermostLoop(c, "continue")));
        } else if (s instanceof ReturnStmt r) {
            if (r.getExpression().isEmpty()) throw err(r, "missing return value", "return a " + ExprAttribution.name(info.method.resultType));
            expr.assignTo(r.getExpression().get(), info.method.resultType, " in return");
        } else if (s instanceof EmptyStmt) {
            // nothing
        } else {
            throw unsupported(s);
        }
    }

    private CompileException unsupported(Statement s) {
        if (s instanceof SwitchStmt) return err(s, "switch statements are not supported", "use if/else");
        if (s instanceof TryStmt) return err(s, "try statements are not supported", "jaxc methods cannot catch exceptions: test the condition with if instead");
        if (s instanceof ThrowStmt) return err(s, "throw is not supported", "return a value that signals the problem (for example Double.NaN)");
        if (s instanceof AssertStmt) return err(s, "assert is not supported", "remove it, or test the condition with if");
        if (s instanceof SynchronizedStmt) return err(s, "synchronized is not supported", "jaxc methods are pure; no locking is needed");
        if (s instanceof LocalClassDeclarationStmt || s instanceof LocalRecordDeclarationStmt)
            return err(s, "local classes are not supported", "jaxc methods compute with primitives and arrays of them");
        return err(s, "statement is not supported", null);
    }

    private void loop(Statement loop, Statement body) {
        loops.push(loop);
        try {
            nested(body);
        } finally {
            loops.pop();
        }
    }

    private void forStmt(ForStmt f) {
        scopes.push();
        try {
            for (Expression init : f.getInitialization()) {
                if (init instanceof VariableDeclarationExpr d) declare(d);
                else statementExpression(init);
            }
            if (f.getCompare().isPresent()) expr.condition(f.getCompare().get());
            loop(f, f.getBody());
            for (Expression u : f.getUpdate()) statementExpression(u);
        } finally {
            scopes.pop();
        }
    }

    private void forEach(ForEachStmt f) {
        Type it = expr.type(f.getIterable());
        if (!it.isArray()) throw err(f.getIterable(), "for-each over " + ExprAttribution.name(it) + " is not supported", "iterate over an array");
        scopes.push();
        try {
            VariableDeclarator d = f.getVariableDeclarator();
            Type t = d.getType() instanceof VarType ? it.element() : TypeResolver.of(d.getType());
            if (t == null) throw err(d.getType(), "variable '" + d.getNameAsString() + "' has type '" + d.getType() + "', which jaxc does not support", "supported types: " + TypeResolver.SUPPORTED);
            if (!TypeResolver.assignable(it.element(), t))
                throw err(d, "incompatible types: " + ExprAttribution.name(it.element()) + " cannot be converted to " + ExprAttribution.name(t), null);
            declareVar(d, t);
            loop(f, f.getBody());
        } finally {
            scopes.pop();
        }
    }

    private Statement innermostLoop(Statement jump, String what) {
        if (loops.isEmpty()) throw err(jump, what + " outside of a loop", null);
        return loops.peek();
    }

    private Statement labeled(Statement jump, String label, boolean isContinue) {
        for (LabeledStmt l : labels) {
            if (!l.getLabel().asString().equals(label)) continue;
            Statement target = l.getStatement();
            boolean isLoop = target instanceof WhileStmt || target instanceof DoStmt || target instanceof ForStmt || target instanceof ForEachStmt;
            if (isContinue && !isLoop) throw err(jump, "not a loop label: " + label, null);
            return isLoop ? target : l;
        }
        throw err(jump, "undefined label: " + label, null);
    }

    private void statementExpression(Expression e) {
        boolean ok = e instanceof AssignExpr || e instanceof MethodCallExpr
                || (e instanceof UnaryExpr u && (u.getOperator() == UnaryExpr.Operator.PREFIX_INCREMENT || u.getOperator() == UnaryExpr.Operator.PREFIX_DECREMENT
                        || u.getOperator() == UnaryExpr.Operator.POSTFIX_INCREMENT || u.getOperator() == UnaryExpr.Operator.POSTFIX_DECREMENT));
        if (!ok) throw err(e, "not a statement", null);
        expr.type(e);
    }

    private void declare(VariableDeclarationExpr d) {
        for (VariableDeclarator v : d.getVariables()) {
            String name = v.getNameAsString();
            if (scopes.isDeclared(name)) throw err(v, "variable " + name + " is already defined in method " + info.method.name, null);
            Type t;
            try {
                if (v.getType() instanceof VarType) {
                    if (v.getInitializer().isEmpty()) throw err(v, "cannot infer type for local variable " + name, null);
                    t = expr.type(v.getInitializer().get());
                } else {
                    t = TypeResolver.of(v.getType());
                    if (t == null) throw err(v.getType(), "variable '" + name + "' has type '" + v.getType() + "', which jaxc does not support", "supported types: " + TypeResolver.SUPPORTED);
                    if (v.getInitializer().isPresent()) expr.assignTo(v.getInitializer().get(), t, "");
                }
            } catch (RuntimeException e) {
                scopes.poison(name);
                throw e;
            }
            declareVar(v, t);
        }
    }

    private void declareVar(VariableDeclarator d, Type t) {
        Var v = new Var(d.getNameAsString(), t, d, Var.Kind.LOCAL);
        info.varDecls.put(d, v);
        scopes.declare(v);
    }
}
