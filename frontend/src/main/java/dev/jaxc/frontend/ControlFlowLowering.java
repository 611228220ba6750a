package dev.jaxc.frontend;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.VariableDeclarationExpr;
import com.github.javaparser.ast.stmt.*;
import dev.jaxc.ir.Type;
import dev.jaxc.ir.Value;
import dev.jaxc.ir.prim.BinaryOp;
import dev.jaxc.ir.prim.CmpOp;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Lowers loops and jumps. Counted {@code for} loops become {@code for} ops, everything else an
 * scf.while-form {@code while}. {@code break}, {@code continue} and early {@code return} set
 * flags ({@link JumpFlags}); a loop stops when one of its exit flags is set, and the statements
 * after a jump are guarded by the flags (see {@link MethodLowering#statements}). Flags exist only
 * where such jumps do, so plain loops stay plain.
 */
final class ControlFlowLowering {
    private final LoweringContext ctx;

    ControlFlowLowering(LoweringContext ctx) { this.ctx = ctx; }

    void whileStmt(WhileStmt w) { whileForm(w, w.getCondition(), w.getBody(), List.of(), false); }

    void doStmt(DoStmt d) { whileForm(d, d.getCondition(), d.getBody(), List.of(), true); }

    void forStmt(ForStmt f) {
        CountedLoop counted = CountedLoop.match(f, ctx);
        if (counted != null) {
            Value lo = ctx.expr.lowerAs(counted.lo(), Type.I32);
            Value hi = ctx.expr.lowerAs(counted.hi(), Type.I32);
            Var cont = ctx.flags.continueFlag(f);
            ctx.at(f);
            ctx.regions.forLoop(f, lo, hi, counted.step(), counted.inclusive(), counted.index(),
                    ctx.sets.touched(List.of(f.getBody())), ctx.sets.assigned(f.getBody()), () -> iteration(f.getBody(), cont));
        } else {
            for (Expression init : f.getInitialization()) {
                if (init instanceof VariableDeclarationExpr d) ctx.stmts.declare(d);
                else ctx.expr.lower(init);
            }
            whileForm(f, f.getCompare().orElse(null), f.getBody(), f.getUpdate(), false);
        }
        ctx.env.removeDeclaredWithin(f);
    }

    /** {@code for (T v : a)}: a is evaluated once; an index loop over it (JLS 14.14.2). */
    void forEach(ForEachStmt f) {
        Var v = ctx.info.varDecls.get(f.getVariableDeclarator());
        Value array = ctx.expr.lower(f.getIterable());
        Var arr = Var.synthetic("for_" + v.name, array.type());
        ctx.env.put(arr, array);
        Var cont = ctx.flags.continueFlag(f);
        Set<Var> exits = exitFlags(f);
        Set<Var> touched = ctx.sets.touched(List.of(f.getBody()));
        touched.add(arr);
        Set<Var> assigned = new LinkedHashSet<>(ctx.sets.assigned(f.getBody()));
        Var idx = Var.synthetic("idx_" + v.name, Type.I32);
        ctx.at(f);
        if (exits.isEmpty()) {
            Value n = ctx.b.arrayLength(array);
            ctx.regions.forLoop(f, ctx.b.i32(0), n, 1, false, idx, touched, assigned, () -> {
                element(f, v, arr, idx);
                iteration(f.getBody(), cont);
            });
        } else {
            Var brk = ctx.flags.breakFlag(f);
            if (brk != null) ctx.env.put(brk, ctx.b.bool(false));
            ctx.env.put(idx, ctx.b.i32(0));
            touched.add(idx);
            assigned.add(idx);
            ctx.regions.whileLoop(f, touched, assigned, () -> {
                Value stop = anyFlag(exits, f);
                Value more = ctx.at(f).compare(CmpOp.LT, ctx.env.get(idx), ctx.b.arrayLength(ctx.env.get(arr)));
                return ctx.b.binary(BinaryOp.AND, ctx.b.not(stop), more);
            }, () -> {
                element(f, v, arr, idx);
                ctx.env.put(idx, ctx.at(f).add(ctx.env.get(idx), ctx.b.i32(1)));
                iteration(f.getBody(), cont);
            });
            ctx.env.remove(idx);
            if (brk != null) ctx.env.remove(brk);
        }
        ctx.env.remove(arr);
        ctx.env.removeDeclaredWithin(f);
    }

    private void element(ForEachStmt f, Var v, Var arr, Var idx) {
        Value e = ctx.at(f.getVariable()).arrayGet(ctx.env.get(arr), ctx.env.get(idx));
        ctx.env.put(v, ctx.expr.coerce(e, v.type, f.getVariable()));
    }

    void labeled(LabeledStmt l) {
        Statement inner = l.getStatement();
        Var brk = Ast.isLoop(inner) ? null : ctx.flags.breakFlag(l);
        if (brk != null) ctx.env.put(brk, ctx.at(l).bool(false));
        ctx.stmts.statement(inner);
        if (brk != null) ctx.env.remove(brk);
    }

    void breakStmt(BreakStmt b) { ctx.env.put(ctx.flags.breakFlag(ctx.info.target(b)), ctx.at(b).bool(true)); }

    void continueStmt(ContinueStmt c) { ctx.env.put(ctx.flags.continueFlag(ctx.info.target(c)), ctx.at(c).bool(true)); }

    /** The flags that end the loop: set by jumps in its body to outside the body, except its own continue. */
    private Set<Var> exitFlags(Statement loop) {
        Node body = loop instanceof ForEachStmt fe ? fe.getBody() : loop instanceof ForStmt f ? f.getBody()
                : loop instanceof WhileStmt w ? w.getBody() : ((DoStmt) loop).getBody();
        Set<Var> out = ctx.flags.exitFlags(body);
        Var cont = ctx.flags.continueFlag((Statement) loop);
        if (cont != null) out.remove(cont);
        return out;
    }

    /** One pass through a loop body, with a fresh continue flag if the body has continues. */
    private void iteration(Statement body, Var cont) {
        if (cont != null) ctx.env.put(cont, ctx.at(body).bool(false));
        ctx.stmts.statement(body);
        if (cont != null) ctx.env.remove(cont);
    }

    /** while, do/while, and classic for that is not counted. */
    private void whileForm(Statement loop, Expression cond, Statement body, List<Expression> updates, boolean isDo) {
        Var brk = ctx.flags.breakFlag(loop);
        Var cont = ctx.flags.continueFlag(loop);
        Set<Var> exits = exitFlags(loop);
        if (brk != null) ctx.env.put(brk, ctx.at(loop).bool(false));
        List<Node> parts = new ArrayList<>();
        if (cond != null) parts.add(cond);
        parts.add(body);
        parts.addAll(updates);
        Set<Var> touched = ctx.sets.touched(parts);
        Set<Var> assigned = ctx.sets.assigned(parts);
        ctx.at(loop);
        ctx.regions.whileLoop(loop, touched, assigned, () -> {
            if (isDo) iteration(body, cont);
            return continuing(exits, cond, loop);
        }, () -> {
            if (isDo) return;
            iteration(body, cont);
            updates(updates, exits);
        });
        if (brk != null) ctx.env.remove(brk);
    }

    /** {@code !(exit flags) && cond}, with cond evaluated only when no flag is set. */
    private Value continuing(Set<Var> exits, Expression cond, Node loop) {
        if (exits.isEmpty()) return cond == null ? ctx.at(loop).bool(true) : ctx.expr.lowerAs(cond, Type.BOOL);
        Value stop = anyFlag(exits, loop);
        if (cond == null) return ctx.at(loop).not(stop);
        if (ctx.effects.trivial(cond)) {
            Value c = ctx.expr.lower(cond);
            return ctx.at(loop).binary(BinaryOp.AND, ctx.b.not(stop), c);
        }
        return ctx.regions.cond(stop, List.of(cond), true, List.of(Type.BOOL),
                () -> List.of(ctx.at(loop).bool(false)), () -> List.of(ctx.expr.lowerAs(cond, Type.BOOL))).get(0);
    }

    private void updates(List<Expression> updates, Set<Var> exits) {
        if (updates.isEmpty()) return;
        if (exits.isEmpty()) {
            updates.forEach(ctx.expr::lower);
            return;
        }
        Value stop = anyFlag(exits, updates.get(0));
        ctx.regions.cond(stop, updates, true, List.of(), List::of, () -> {
            updates.forEach(ctx.expr::lower);
            return List.of();
        });
    }

    /** The disjunction of some flags' current values. */
    Value anyFlag(Set<Var> flags, Node at) {
        Value out = null;
        for (Var f : flags) {
            Value v = ctx.env.get(f);
            out = out == null ? v : ctx.at(at).binary(BinaryOp.OR, out, v);
        }
        return out;
    }
}
