package dev.jaxc.frontend;

import com.github.javaparser.ast.body.FieldDeclaration;
import com.github.javaparser.ast.body.VariableDeclarator;
import com.github.javaparser.ast.expr.BinaryExpr;
import com.github.javaparser.ast.expr.CastExpr;
import com.github.javaparser.ast.expr.ConditionalExpr;
import com.github.javaparser.ast.expr.EnclosedExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.FieldAccessExpr;
import com.github.javaparser.ast.expr.LiteralExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.expr.UnaryExpr;
import dev.jaxc.ir.DType;
import dev.jaxc.ir.Type;
import dev.jaxc.ir.prim.Const;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * The {@code static final} constants of one class: a field whose initializer is a Java
 * constant expression (JLS 15.29) of a supported primitive type is evaluated once, with Java's
 * semantics, and inlined where it is used. Anything else is reported where it is used.
 */
final class ConstantFolder {
    /** A field found by name: its value, or why it cannot be inlined (problem and hint). */
    record Lookup(Const value, String problem, String hint) {
        boolean ok() { return value != null; }
    }

    private static final class NotConstant extends RuntimeException {
        NotConstant(String m) { super(m, null, false, false); }
    }

    private final ClassInfo cls;
    private final ClassTable table;
    private final Map<String, Lookup> cache = new HashMap<>();
    private final Set<String> inProgress = new HashSet<>();

    ConstantFolder(ClassInfo cls, ClassTable table) {
        this.cls = cls;
        this.table = table;
    }

    /** The field {@code name} of this class, or null if the class declares no such field. */
    Lookup lookup(String name) {
        Lookup cached = cache.get(name);
        if (cached != null) return cached;
        VariableDeclarator v = null;
        FieldDeclaration fd = null;
        for (FieldDeclaration f : cls.decl.getFields())
            for (VariableDeclarator d : f.getVariables())
                if (d.getNameAsString().equals(name)) {
                    v = d;
                    fd = f;
                }
        if (v == null) return null;
        if (!inProgress.add(name)) return new Lookup(null, "constant '" + name + "' depends on itself", "give it a literal value");
        Lookup r;
        try {
            r = evaluate(fd, v);
        } finally {
            inProgress.remove(name);
        }
        cache.put(name, r);
        return r;
    }

    private Lookup evaluate(FieldDeclaration fd, VariableDeclarator v) {
        String name = v.getNameAsString();
        String where = "field '" + name + "' of " + cls.simpleName;
        String passIt = "pass the value as a parameter, or make it a static final constant of type " + TypeResolver.SUPPORTED.replace(", and 1-D or 2-D arrays of them", "");
        if (!fd.isStatic() || !fd.isFinal())
            return new Lookup(null, "reads " + where + ", which is not static final", "jaxc methods are pure: " + passIt);
        Type t = TypeResolver.of(v.getType());
        if (t != null && t.isArray())
            return new Lookup(null, "reads constant array '" + name + "'; array constants are not supported", "pass the array as a parameter (Java arrays are mutable, so a static final array is not a constant)");
        if (t == null)
            return new Lookup(null, "reads " + where + " of type '" + v.getType() + "', which jaxc does not support", passIt);
        if (v.getInitializer().isEmpty())
            return new Lookup(null, "reads " + where + ", which has no constant initializer", "initialize it at its declaration with a constant expression");
        try {
            Const c = eval(v.getInitializer().get());
            if (c.dtype() == DType.BOOL ? t.dtype() != DType.BOOL : !TypeResolver.widens(c.dtype(), t.dtype()))
                return new Lookup(null, "incompatible types in the initializer of '" + name + "': " + c.dtype().javaName() + " cannot be assigned to " + t.dtype().javaName(), "add a cast");
            return new Lookup(ConstEval.convert(c, t.dtype()), null, null);
        } catch (NotConstant e) {
            return new Lookup(null, "the initializer of " + where + " is not a constant expression (" + e.getMessage() + ")",
                    "use a constant expression (literals, operators, other constants), or compute the value inside the method");
        }
    }

    private Const eval(Expression e) {
        if (e instanceof EnclosedExpr en) return eval(en.getInner());
        if (e instanceof LiteralExpr lit) return literal(lit, false);
        if (e instanceof UnaryExpr u) {
            if (u.getOperator() == UnaryExpr.Operator.MINUS && u.getExpression() instanceof LiteralExpr lit) return literal(lit, true);
            if (u.getOperator().isPrefix() && u.getOperator() != UnaryExpr.Operator.PREFIX_INCREMENT && u.getOperator() != UnaryExpr.Operator.PREFIX_DECREMENT)
                return apply(() -> ConstEval.unary(u.getOperator(), eval(u.getExpression())));
            throw new NotConstant(u.getOperator().asString() + " is not a constant operator");
        }
        if (e instanceof BinaryExpr b) {
            Const l = eval(b.getLeft()), r = eval(b.getRight());
            return apply(() -> ConstEval.binary(b.getOperator(), l, r));
        }
        if (e instanceof ConditionalExpr c) {
            Const p = eval(c.getCondition());
            Const x = eval(c.getThenExpr()), y = eval(c.getElseExpr());
            if (p.dtype() != DType.BOOL) throw new NotConstant("condition is not boolean");
            if (x.dtype() == y.dtype()) return p.asBool() ? x : y;
            if (x.dtype() == DType.BOOL || y.dtype() == DType.BOOL) throw new NotConstant("branches of different types");
            DType d = TypeResolver.promote(x.dtype(), y.dtype());
            return ConstEval.convert(p.asBool() ? x : y, d);
        }
        if (e instanceof CastExpr c) {
            Type t = TypeResolver.of(c.getType());
            Const x = eval(c.getExpression());
            if (t == null || !t.isScalar()) throw new NotConstant("cast to " + c.getType());
            if ((t.dtype() == DType.BOOL) != (x.dtype() == DType.BOOL)) throw new NotConstant("cast between boolean and a number");
            return ConstEval.convert(x, t.dtype());
        }
        if (e instanceof NameExpr n) return named(cls, n.getNameAsString());
        if (e instanceof FieldAccessExpr f) {
            String scope = f.getScope().toString();
            String field = f.getNameAsString();
            Const m = MathFunctions.constant(scope, field);
            if (m != null) return m;
            ClassInfo owner = table.resolve(scope, cls);
            if (owner == null) throw new NotConstant("'" + f + "' is not a known constant");
            return named(owner, field);
        }
        throw new NotConstant("'" + e + "' is not constant");
    }

    private Const named(ClassInfo owner, String name) {
        Lookup l = owner.constants.lookup(name);
        if (l == null) throw new NotConstant("'" + name + "' is not a constant of " + owner.simpleName);
        if (!l.ok()) throw new NotConstant(l.problem());
        return l.value();
    }

    private static Const literal(LiteralExpr lit, boolean negated) {
        Const c;
        try {
            c = Literals.parse(lit, negated);
        } catch (NumberFormatException ex) {
            throw new NotConstant(ex.getMessage());
        }
        if (c == null) throw new NotConstant(lit + " is not a numeric or boolean literal");
        return c;
    }

    private static Const apply(java.util.function.Supplier<Const> f) {
        try {
            return f.get();
        } catch (ArithmeticException ex) {
            throw new NotConstant("division by zero");
        } catch (IllegalArgumentException ex) {
            throw new NotConstant(ex.getMessage());
        }
    }
}
