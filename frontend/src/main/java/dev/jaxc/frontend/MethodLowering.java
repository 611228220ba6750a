package dev.jaxc.frontend;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.VariableDeclarator;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.VariableDeclarationExpr;
import com.github.javaparser.ast.stmt.*;
import dev.jaxc.ir.Builder;
import dev.jaxc.ir.Function;
import dev.jaxc.ir.Loc;
import dev.jaxc.ir.Region;
import dev.jaxc.ir.Type;
import dev.jaxc.ir.Value;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Lowers one attributed {@code @Jit} method to an IR function: statements in order, each
 * updating the environment. Returns are lowered in tail form when {@link TailForm} allows
 * (guard clauses become a cond whose else branch holds the rest of the method), otherwise
 * with the {@code ret}/{@code retval} flags.
 */
final class MethodLowering {
    private final MethodInfo info;
    private final LoweringContext ctx;
    private final TailForm tailForm;
    private final boolean tail;

    private MethodLowering(MethodInfo info) {
        this.info = info;
        this.tailForm = new TailForm(info);
        this.tail = tailForm.fits(body().getStatements());
        this.ctx = new LoweringContext(info, new JumpFlags(info, !tail), this);
    }

    static Function lower(MethodInfo info) { return new MethodLowering(info).function(); }

    private BlockStmt body() { return info.method.decl.getBody().orElseThrow(); }

    private Type resultType() { return info.method.resultType; }

    private Function function() {
        JitMethod m = info.method;
        Loc loc = ctx.loc(m.decl.getName());
        ctx.b = new Builder().at(loc);
        ctx.env = new Env();
        List<Value> params = new ArrayList<>();
        for (Var p : info.params) {
            Value v = new Value(p.type, p.name);
            params.add(v);
            ctx.env.put(p, v);
        }
        Value result;
        if (tail) {
            result = tail(body().getStatements());
        } else {
            ctx.env.put(ctx.flags.ret, ctx.b.bool(false));
            ctx.env.put(ctx.flags.retval, ctx.placeholder(resultType()));
            statement(body());
            result = ctx.env.get(ctx.flags.retval);
        }
        Region r = ctx.b.finish(params, List.of(result));
        return new Function(m.qualifiedName, r, List.of(), loc);
    }

    // ---- statements --------------------------------------------------------------------------

    void statement(Statement s) {
        if (s instanceof BlockStmt b) {
            statements(b.getStatements(), 0);
            ctx.env.removeDeclaredWithin(b);
        } else if (s instanceof ExpressionStmt es) {
            Expression e = es.getExpression();
            if (e instanceof VariableDeclarationExpr d) declare(d);
            else ctx.expr.lower(e);
        } else if (s instanceof IfStmt i) {
            ifStmt(i);
        } else if (s instanceof WhileStmt w) {
            ctx.loops.whileStmt(w);
        } else if (s instanceof DoStmt d) {
            ctx.loops.doStmt(d);
        } else if (s instanceof ForStmt f) {
            ctx.loops.forStmt(f);
        } else if (s instanceof ForEachStmt f) {
            ctx.loops.forEach(f);
        } else if (s instanceof LabeledStmt l) {
            ctx.loops.labeled(l);
        } else if (s instanceof BreakStmt b) {
            ctx.loops.breakStmt(b);
        } else if (s instanceof ContinueStmt c) {
            ctx.loops.continueStmt(c);
        } else if (s instanceof ReturnStmt r) {
            Value v = ctx.expr.lowerAs(r.getExpression().orElseThrow(), resultType());
            ctx.env.put(ctx.flags.retval, v);
            ctx.env.put(ctx.flags.ret, ctx.at(r).bool(true));
        } else if (!(s instanceof EmptyStmt)) {
            throw new IllegalStateException("unexpected statement " + s);
        }
    }

    /**
     * Statements {@code from} on. After one that may jump out (break, continue, return inside
     * it), the rest runs under {@code cond(any flag set) {} {rest}}.
     */
    void statements(List<Statement> stmts, int from) {
        for (int k = from; k < stmts.size(); k++) {
            Statement s = stmts.get(k);
            statement(s);
            Set<Var> exits = ctx.flags.exitFlags(s);
            if (exits.isEmpty() || k == stmts.size() - 1) continue;
            List<Statement> rest = stmts.subList(k + 1, stmts.size());
            Value stop = ctx.loops.anyFlag(exits, s);
            ctx.regions.cond(stop, rest, true, List.of(), List::of, () -> {
                statements(rest, 0);
                return List.of();
            });
            return;
        }
    }

    void declare(VariableDeclarationExpr d) {
        for (VariableDeclarator v : d.getVariables()) {
            if (v.getInitializer().isEmpty()) continue;
            Var var = info.varDecls.get(v);
            ctx.env.put(var, ctx.expr.lowerAs(v.getInitializer().get(), var.type));
        }
    }

    private void ifStmt(IfStmt i) {
        Value p = ctx.expr.lowerAs(i.getCondition(), Type.BOOL);
        List<Node> branches = new ArrayList<>();
        branches.add(i.getThenStmt());
        i.getElseStmt().ifPresent(branches::add);
        ctx.at(i);
        ctx.regions.cond(p, branches, true, List.of(), () -> {
            statement(i.getThenStmt());
            return List.of();
        }, () -> {
            i.getElseStmt().ifPresent(this::statement);
            return List.of();
        });
    }

    // ---- tail form ---------------------------------------------------------------------------

    /** Lowers statements in tail position and returns the method's result. */
    private Value tail(List<Statement> stmts) {
        List<Statement> flat = Ast.flatten(stmts);
        for (int k = 0; k < flat.size(); k++) {
            Statement s = flat.get(k);
            boolean last = k == flat.size() - 1;
            if (last && s instanceof ReturnStmt r) return ctx.expr.lowerAs(r.getExpression().orElseThrow(), resultType());
            if (s instanceof IfStmt i && TailForm.containsReturn(i)) {
                TailForm.Split split = last ? new TailForm.Split(List.of(i.getThenStmt()), i.getElseStmt().map(List::of).orElse(List.of()))
                        : tailForm.split(i, flat.subList(k + 1, flat.size()));
                List<Node> parts = new ArrayList<>(split.thenPart());
                parts.addAll(split.elsePart());
                Value p = ctx.expr.lowerAs(i.getCondition(), Type.BOOL);
                ctx.at(i);
                return ctx.regions.cond(p, parts, false, List.of(resultType()),
                        () -> List.of(tail(split.thenPart())), () -> List.of(tail(split.elsePart()))).get(0);
            }
            statement(s);
        }
        // Falling off the end is impossible in valid Java (an endless loop precedes it).
        return ctx.placeholder(resultType());
    }
}
