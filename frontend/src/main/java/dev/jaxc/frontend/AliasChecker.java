package dev.jaxc.frontend;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.VariableDeclarator;
import com.github.javaparser.ast.ArrayCreationLevel;
import com.github.javaparser.ast.expr.*;
import com.github.javaparser.ast.stmt.*;
import dev.jaxc.ir.Type;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Rejects the programs whose meaning would differ between Java's reference semantics and the
 * IR's value semantics for arrays: a write is allowed only into an array that no other live
 * name can observe (a parameter, another variable, a 2-D array holding it as a row, a for-each
 * loop iterating over it), and a method may not return a parameter array (or rows of one), so
 * that callers may treat call results as fresh. A flow-sensitive pass over the AST
 * ({@link AliasState}), iterating loops to a fixpoint.
 */
final class AliasChecker {
    private final MethodInfo info;
    private final Diagnostics diags;
    private final String file;
    private final Map<Node, Boolean> reported = new IdentityHashMap<>();
    private final Map<Statement, List<AliasState>> jumps = new IdentityHashMap<>();
    private final Deque<List<Var>> scopes = new ArrayDeque<>();
    private AliasState s = new AliasState();

    private AliasChecker(MethodInfo info, Diagnostics diags) {
        this.info = info;
        this.diags = diags;
        this.file = info.file();
    }

    /** Checks a method; reports and returns false when it writes or returns an array unsafely. */
    static boolean check(MethodInfo info, Diagnostics diags) {
        AliasChecker c = new AliasChecker(info, diags);
        for (Var p : info.params) if (p.isArray()) c.s.declareParam(p);
        c.statement(info.method.decl.getBody().orElseThrow());
        return c.reported.isEmpty();
    }

    private void report(Node at, String message, String hint) {
        if (reported.putIfAbsent(at, Boolean.TRUE) == null) diags.add(Diagnostics.error(file, at, message, hint));
    }

    // ---- statements --------------------------------------------------------------------------

    private void statement(Statement st) {
        if (s.dead) return;
        if (st instanceof BlockStmt b) {
            scopes.push(new ArrayList<>());
            for (Statement x : b.getStatements()) statement(x);
            for (Var v : scopes.pop()) s.remove(v);
        } else if (st instanceof ExpressionStmt es) {
            if (es.getExpression() instanceof VariableDeclarationExpr d) declare(d);
            else eval(es.getExpression());
        } else if (st instanceof IfStmt i) {
            eval(i.getCondition());
            AliasState before = s.copy();
            statement(i.getThenStmt());
            AliasState afterThen = s;
            s = before;
            i.getElseStmt().ifPresent(this::statement);
            s = afterThen.join(s);
        } else if (st instanceof WhileStmt w) {
            loop(w, w.getCondition(), w.getBody(), List.of(), false, null);
        } else if (st instanceof DoStmt d) {
            loop(d, d.getCondition(), d.getBody(), List.of(), true, null);
        } else if (st instanceof ForStmt f) {
            scopes.push(new ArrayList<>());
            for (Expression init : f.getInitialization()) {
                if (init instanceof VariableDeclarationExpr d) declare(d);
                else eval(init);
            }
            loop(f, f.getCompare().orElse(null), f.getBody(), f.getUpdate(), false, null);
            for (Var v : scopes.pop()) s.remove(v);
        } else if (st instanceof ForEachStmt f) {
            forEach(f);
        } else if (st instanceof LabeledStmt l) {
            statement(l.getStatement());
            if (!Ast.isLoop(l.getStatement())) s = joinJumps(s, l, l);
        } else if (st instanceof BreakStmt || st instanceof ContinueStmt) {
            jumps.computeIfAbsent(info.target(st), k -> new ArrayList<>()).add(s.copy());
            s.dead = true;
        } else if (st instanceof ReturnStmt r) {
            Expression e = r.getExpression().orElseThrow();
            AliasValue a = eval(e);
            if (info.method.resultType.isArray()) checkReturn(e, a);
            s.dead = true;
        }
    }

    private void declare(VariableDeclarationExpr d) {
        for (VariableDeclarator v : d.getVariables()) {
            Var var = info.varDecls.get(v);
            AliasValue a = AliasValue.fresh();
            if (v.getInitializer().isPresent()) a = evalInit(v.getInitializer().get(), var.type);
            if (var.isArray()) {
                if (!scopes.isEmpty()) scopes.peek().add(var);
                if (s.dead) continue;
                s.bind(var, a);
            }
        }
    }

    /** The states of the jumps to {@code target}, restricted to the variables still in scope after {@code scope}. */
    private AliasState joinJumps(AliasState into, Statement target, Node scope) {
        List<AliasState> js = jumps.remove(target);
        if (js == null) return into;
        AliasState out = into;
        for (AliasState j : js) {
            AliasState r = j.copy();
            r.removeDeclaredWithin(scope);
            out = out.join(r);
        }
        return out;
    }

    /**
     * A loop: the state at its head is the join of the entry state and the states at the end of
     * each iteration (and at every jump out of the body), iterated until it no longer grows.
     */
    private void loop(Statement loop, Expression cond, Statement body, List<Expression> updates, boolean isDo, Runnable eachIteration) {
        AliasState head = s.copy();
        for (int round = 0; round < 64; round++) {
            s = head.copy();
            if (!isDo && cond != null) eval(cond);
            if (eachIteration != null) eachIteration.run();
            statement(body);
            s = joinJumps(s, loop, body);
            if (isDo && cond != null) eval(cond);
            for (Expression u : updates) eval(u);
            AliasState next = head.join(s);
            if (next.equals(head)) break;
            head = next;
        }
        s = head.copy();
        if (!isDo && cond != null) eval(cond);
    }

    private void forEach(ForEachStmt f) {
        AliasValue array = eval(f.getIterable());
        Type t = info.type(f.getIterable());
        Var it = new Var("for-each over " + f.getIterable(), t, f, Var.Kind.SYNTHETIC);
        Var v = info.varDecls.get(f.getVariableDeclarator());
        s.bind(it, array);
        loop(f, null, f.getBody(), List.of(), false, () -> {
            if (v.isArray() && !s.dead) s.bind(v, s.valueOf(it).row());
        });
        s.remove(it);
        s.remove(v);
    }

    // ---- expressions -------------------------------------------------------------------------

    private AliasValue evalInit(Expression init, Type t) {
        return init instanceof ArrayInitializerExpr a ? initializer(a, t) : eval(init);
    }

    /** {@code {r0, r1, ...}}: a new array; for rank 2 its rows are the values of the elements. */
    private AliasValue initializer(ArrayInitializerExpr init, Type t) {
        List<AliasValue> rows = new ArrayList<>();
        for (Expression e : init.getValues()) {
            if (e instanceof ArrayInitializerExpr inner) initializer(inner, t.element());
            else rows.add(eval(e));
        }
        if (t.rank() < 2) return AliasValue.fresh();
        Set<Var> rowVars = new java.util.LinkedHashSet<>(), holders = new java.util.LinkedHashSet<>(), ps = new java.util.LinkedHashSet<>();
        boolean dup = false;
        for (int i = 0; i < rows.size(); i++) {
            AliasValue r = rows.get(i);
            for (int j = 0; j < i; j++) {
                AliasValue q = rows.get(j);
                dup |= !Collections.disjoint(r.aliases(), q.aliases()) || !Collections.disjoint(r.rowOf(), q.rowOf());
            }
            rowVars.addAll(r.aliases());
            holders.addAll(r.rowOf());
            ps.addAll(r.params());
        }
        return new AliasValue(Set.of(), Set.of(), Set.of(), rowVars, holders, ps, dup);
    }

    private AliasValue eval(Expression e) {
        if (s.dead) return AliasValue.fresh();
        if (e instanceof EnclosedExpr en) return eval(en.getInner());
        if (e instanceof CastExpr c) return eval(c.getExpression());
        if (e instanceof NameExpr n) {
            Var v = info.varRefs.get(n);
            return v != null && v.isArray() ? s.valueOf(v) : AliasValue.fresh();
        }
        if (e instanceof FieldAccessExpr f) {
            if (info.constant(f) == null) eval(f.getScope());
            return AliasValue.fresh();
        }
        if (e instanceof ArrayAccessExpr a) {
            AliasValue base = eval(a.getName());
            eval(a.getIndex());
            return info.type(a).isArray() ? base.row() : AliasValue.fresh();
        }
        if (e instanceof UnaryExpr u) {
            if (VarSets.isIncDec(u) && u.getExpression() instanceof ArrayAccessExpr t) write(t, null, true);
            else eval(u.getExpression());
            return AliasValue.fresh();
        }
        if (e instanceof BinaryExpr b) {
            eval(b.getLeft());
            if (b.getOperator() == BinaryExpr.Operator.AND || b.getOperator() == BinaryExpr.Operator.OR) {
                AliasState skipped = s.copy();
                eval(b.getRight());
                s = s.join(skipped);
            } else {
                eval(b.getRight());
            }
            return AliasValue.fresh();
        }
        if (e instanceof AssignExpr a) return assign(a);
        if (e instanceof ConditionalExpr c) {
            eval(c.getCondition());
            AliasState before = s.copy();
            AliasValue x = eval(c.getThenExpr());
            AliasState afterThen = s;
            s = before;
            AliasValue y = eval(c.getElseExpr());
            s = afterThen.join(s);
            return x.or(y);
        }
        if (e instanceof MethodCallExpr m) {
            Callee callee = info.callee(m);
            if (callee instanceof Callee.ArrayClone) {
                AliasValue a = eval(m.getScope().orElseThrow());
                return info.type(m).rank() == 2 ? a.shallowClone() : AliasValue.fresh();
            }
            for (Expression arg : m.getArguments()) eval(arg);
            return AliasValue.fresh(); // callees never return their parameters (checkReturn)
        }
        if (e instanceof ArrayCreationExpr a) {
            for (ArrayCreationLevel l : a.getLevels()) l.getDimension().ifPresent(this::eval);
            return a.getInitializer().isPresent() ? initializer(a.getInitializer().get(), info.type(a)) : AliasValue.fresh();
        }
        if (e instanceof ArrayInitializerExpr init) return initializer(init, info.type(init));
        return AliasValue.fresh();
    }

    private AliasValue assign(AssignExpr a) {
        boolean plain = a.getOperator() == AssignExpr.Operator.ASSIGN;
        if (a.getTarget() instanceof ArrayAccessExpr t) return write(t, a.getValue(), plain);
        AliasValue value = eval(a.getValue());
        Var v = info.varRefs.get(a.getTarget());
        if (v == null || !v.isArray() || s.dead) return value;
        s.bind(v, value);
        return s.valueOf(v); // (c = a) names a's array and now c too
    }

    /** {@code a[i] = value}, {@code m[i] = row}, {@code m[i][j] = value}, and their compound forms. */
    private AliasValue write(ArrayAccessExpr t, Expression value, boolean plain) {
        boolean rowElement = t.getName() instanceof ArrayAccessExpr;
        Var m = rowElement ? info.varRefs.get(((ArrayAccessExpr) t.getName()).getName()) : info.varRefs.get(t.getName());
        if (rowElement) eval(((ArrayAccessExpr) t.getName()).getIndex());
        eval(t.getIndex());
        AliasValue stored = value == null ? AliasValue.fresh() : eval(value);
        if (s.dead) return stored;
        if (rowElement) checkRowWrite(m, t);
        else checkWrite(m, t);
        if (!rowElement && m.type.rank() == 2 && plain) {
            s.storeRow(m, stored);
            // (m[i] = r) names r's array, which is now also a row of m
            return new AliasValue(stored.aliases(), AliasValue.union(stored.rowOf(), s.valueOf(m).aliases()), stored.params(),
                    Set.of(), Set.of(), Set.of(), false);
        }
        return stored;
    }

    // ---- the rules ---------------------------------------------------------------------------

    private static String copyOf(Var v, String source) { return TypeResolver.javaName(v.type) + " " + v.name + " = " + source + ".clone();"; }

    /** A write into the array {@code v} names (its elements, or for 2-D its row slots). */
    private void checkWrite(Var v, Node at) {
        Set<Var> ps = s.params(v);
        if (!ps.isEmpty()) {
            Var p = ps.iterator().next();
            if (v == p) report(at, "writes to parameter array '" + p.name + "'; jaxc methods are pure",
                    "copy it first: " + copyOfParam(p));
            else report(at, "writes to '" + v.name + "', which may be (a row of) parameter array '" + p.name + "'; jaxc methods are pure",
                    "write into a copy: " + copyOf(v, v.name));
            return;
        }
        for (Var x : realFirst(s.alias(v))) {
            if (!s.live.contains(x)) continue;
            if (x.kind == Var.Kind.SYNTHETIC)
                report(at, "writes to '" + v.name + "' while a for-each loop iterates over it", "iterate with an index: for (int i = 0; i < " + v.name + ".length; i++)");
            else
                report(at, "writes to array '" + v.name + "' while '" + x.name + "' names the same array",
                        "Java would change both; give one its own copy: " + copyOf(v, x.name));
            return;
        }
        for (Var m : realFirst(s.rowOf(v))) {
            if (!s.live.contains(m)) continue;
            String of = m.kind == Var.Kind.SYNTHETIC ? "the array of a for-each loop" : "'" + m.name + "'";
            report(at, "writes to '" + v.name + "', which is also a row of " + of,
                    "Java would change that row too; store or read a copy: " + m.name + "[i] = " + v.name + ".clone();");
            return;
        }
    }

    /** Variables of the program before the analysis' own (for-each iterators), for clearer messages. */
    private static List<Var> realFirst(Set<Var> vars) {
        List<Var> out = new ArrayList<>();
        for (Var v : vars) if (v.kind != Var.Kind.SYNTHETIC) out.add(v);
        for (Var v : vars) if (v.kind == Var.Kind.SYNTHETIC) out.add(v);
        return out;
    }

    private static String copyOfParam(Var p) {
        if (p.type.rank() == 2)
            return p.type.dtype().javaName() + "[][] c = new " + p.type.dtype().javaName() + "[" + p.name + ".length][]; then c[i] = " + p.name + "[i].clone() for each row (clone() of a 2-D array shares the rows)";
        return copyOf(new Var(p.name.equals("y") ? "z" : "y", p.type, null, Var.Kind.SYNTHETIC), p.name);
    }

    /** A write into a row of the 2-D array {@code m}: {@code m[i][j] = ...}. */
    private void checkRowWrite(Var m, Node at) {
        Set<Var> ps = AliasValue.union(s.params(m), s.rowsParams(m));
        if (!ps.isEmpty()) {
            Var p = ps.iterator().next();
            if (m == p) report(at, "writes to parameter array '" + p.name + "'; jaxc methods are pure", "copy it first: " + copyOfParam(p));
            else report(at, "writes to a row of '" + m.name + "', which may be a row of parameter array '" + p.name + "'; jaxc methods are pure",
                    "copy the rows: " + m.name + "[i] = " + p.name + "[i].clone() (clone() of a 2-D array shares the rows)");
            return;
        }
        for (Var x : realFirst(s.alias(m))) {
            if (!s.live.contains(x)) continue;
            if (x.kind == Var.Kind.SYNTHETIC)
                report(at, "writes to '" + m.name + "' while a for-each loop iterates over it", "iterate with an index: for (int i = 0; i < " + m.name + ".length; i++)");
            else
                report(at, "writes to array '" + m.name + "' while '" + x.name + "' names the same array",
                        "Java would change both; give one its own copy (copy each row too)");
            return;
        }
        AliasValue mv = s.valueOf(m);
        for (Var r : realFirst(mv.rowVars())) {
            if (r.kind == Var.Kind.SYNTHETIC) {
                report(at, "writes to a row of '" + m.name + "' while a for-each loop iterates over that row",
                        "iterate with an index: for (int j = 0; j < " + m.name + "[i].length; j++)");
                return;
            }
            report(at, "writes to a row of '" + m.name + "' while '" + r.name + "' still names that row",
                    "Java would change '" + r.name + "' too; read a copy instead: double[] " + r.name + " = " + m.name + "[i].clone();");
            return;
        }
        for (Var x : s.rowsAlias(m)) {
            if (!s.live.contains(x) || x == m) continue;
            report(at, "writes to a row of '" + m.name + "', which shares its rows with '" + x.name + "'",
                    "copy the rows: c[i] = " + x.name + "[i].clone() (clone() of a 2-D array copies only the outer array)");
            return;
        }
        if (s.rowsDup(m))
            report(at, "writes to a row of '" + m.name + "', which may hold the same array in two rows",
                    "Java would change both rows; store copies: " + m.name + "[i] = r.clone();");
    }

    /** A method returns only arrays its callers may treat as fresh. */
    private void checkReturn(Expression e, AliasValue a) {
        if (!a.params().isEmpty()) {
            Var p = a.params().iterator().next();
            boolean direct = e instanceof NameExpr n && info.varRefs.get(n) == p;
            report(e, direct ? "returns parameter array '" + p.name + "'" : "returns an array that may be (a row of) parameter array '" + p.name + "'",
                    "return a copy: return " + (direct ? p.name : e.toString()) + ".clone();");
        } else if (!a.rowsParams().isEmpty()) {
            Var p = a.rowsParams().iterator().next();
            report(e, "returns an array whose rows may be rows of parameter array '" + p.name + "'",
                    "copy the rows: out[i] = " + p.name + "[i].clone()");
        } else if (a.rowsDup()) {
            report(e, "returns an array that may hold the same array in two rows", "store copies: m[i] = r.clone();");
        }
    }
}
