package dev.jaxc.frontend;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.ArrayCreationLevel;
import com.github.javaparser.ast.expr.*;
import com.github.javaparser.ast.type.PrimitiveType;
import dev.jaxc.ir.DType;
import dev.jaxc.ir.Type;
import dev.jaxc.ir.diag.CompileException;
import dev.jaxc.ir.prim.Const;
import dev.jaxc.ir.prim.Prng;
import dev.jaxc.ir.prim.PrngFn;
import java.util.ArrayList;
import java.util.List;

/**
 * Attribution of expressions (javac's Attr, for the subset): resolves names, types every
 * expression by Java's rules, resolves calls, and rejects everything outside the subset with a
 * diagnostic at the offending node.
 */
final class ExprAttribution {
    private final MethodInfo info;
    private final Scopes scopes;
    private final ClassTable table;
    private final ClassInfo cls;
    private final String file;

    ExprAttribution(MethodInfo info, Scopes scopes, ClassTable table) {
        this.info = info;
        this.scopes = scopes;
        this.table = table;
        this.cls = info.method.owner;
        this.file = info.file();
    }

    CompileException err(Node n, String message, String hint) { return Diagnostics.error(file, n, message, hint); }

    Type type(Expression e) {
        Type t = compute(e);
        info.types.put(e, t);
        return t;
    }

    /** Types a condition, which must be boolean. */
    void condition(Expression e) {
        Type t = type(e);
        if (!TypeResolver.isBoolean(t)) throw err(e, "incompatible types: " + name(t) + " cannot be converted to boolean", "write a comparison, e.g. x != 0");
    }

    /** Types an expression that must fit a variable of type {@code to} (assignment conversion). */
    void assignTo(Expression e, Type to, String what) {
        if (e instanceof ArrayInitializerExpr init) {
            if (!to.isArray()) throw err(e, "illegal initializer for " + name(to), null);
            initializer(init, to);
            return;
        }
        Type t = type(e);
        if (!TypeResolver.assignable(t, to)) throw incompatible(e, t, to, what);
    }

    private CompileException incompatible(Node at, Type from, Type to, String what) {
        if (TypeResolver.isNumeric(from) && TypeResolver.isNumeric(to))
            return err(at, "incompatible types: possible lossy conversion from " + name(from) + " to " + name(to) + what,
                    "add an explicit cast: (" + name(to) + ") ...");
        return err(at, "incompatible types: " + name(from) + " cannot be converted to " + name(to) + what, null);
    }

    /** An array initializer {@code {a, b}} of the given array type. */
    void initializer(ArrayInitializerExpr init, Type arrayType) {
        Type elem = arrayType.element();
        for (Expression v : init.getValues()) {
            if (v instanceof ArrayInitializerExpr inner) {
                if (!elem.isArray()) throw err(v, "illegal initializer for " + name(elem), null);
                initializer(inner, elem);
            } else {
                Type t = type(v);
                if (!TypeResolver.assignable(t, elem)) throw incompatible(v, t, elem, "");
            }
        }
        info.types.put(init, arrayType);
    }

    private Type compute(Expression e) {
        if (e instanceof EnclosedExpr en) return type(en.getInner());
        if (e instanceof LiteralExpr lit) return literal(lit, lit, false);
        if (e instanceof NameExpr n) return name(n);
        if (e instanceof FieldAccessExpr f) return fieldAccess(f);
        if (e instanceof ArrayAccessExpr a) return arrayAccess(a);
        if (e instanceof UnaryExpr u) return unary(u);
        if (e instanceof BinaryExpr b) return binary(b);
        if (e instanceof AssignExpr a) return assign(a);
        if (e instanceof ConditionalExpr c) return conditional(c);
        if (e instanceof CastExpr c) return cast(c);
        if (e instanceof MethodCallExpr m) return call(m);
        if (e instanceof ArrayCreationExpr a) return newArray(a);
        if (e instanceof ArrayInitializerExpr)
            throw err(e, "array initializer without a type", "write new double[]{...} here");
        if (e instanceof LambdaExpr || e instanceof MethodReferenceExpr)
            throw err(e, "lambdas and method references are not supported", "write a @Jit method and call it");
        if (e instanceof ObjectCreationExpr o)
            throw err(e, "object creation 'new " + o.getType() + "(...)' is not supported", "jaxc methods compute with primitives and arrays of them");
        if (e instanceof ThisExpr || e instanceof SuperExpr)
            throw err(e, "'" + e + "' is not available in a static @Jit method", null);
        if (e instanceof InstanceOfExpr)
            throw err(e, "instanceof is not supported", "jaxc methods compute with primitives and arrays of them");
        if (e instanceof SwitchExpr)
            throw err(e, "switch expressions are not supported", "use if/else or ?:");
        throw err(e, "expression '" + e + "' is not supported", null);
    }

    // ---- literals and names ------------------------------------------------------------------

    private Type literal(Expression at, LiteralExpr lit, boolean negated) {
        if (lit instanceof CharLiteralExpr c)
            throw err(lit, "char literals are not supported", "write the character code as an int: " + (int) c.asChar());
        if (lit instanceof StringLiteralExpr || lit instanceof TextBlockLiteralExpr)
            throw err(lit, "strings are not supported", "jaxc methods compute with primitives and arrays of them");
        if (lit instanceof NullLiteralExpr)
            throw err(lit, "null is not supported", "jaxc arrays are values; allocate one with new");
        Const c;
        try {
            c = Literals.parse(lit, negated);
        } catch (NumberFormatException ex) {
            throw err(lit, ex.getMessage(), null);
        }
        if (c == null) throw err(lit, "literal '" + lit + "' is not supported", null);
        info.constants.put(at, c);
        return Type.scalar(c.dtype());
    }

    private Type name(NameExpr n) {
        String id = n.getNameAsString();
        Var v = scopes.lookup(id);
        if (v != null) {
            info.varRefs.put(n, v);
            return v.type;
        }
        return constant(n, cls, id);
    }

    private Type constant(Expression at, ClassInfo owner, String field) {
        ConstantFolder.Lookup l = owner.constants.lookup(field);
        String math = owner == cls && l == null ? staticImport(field) : null;
        if (math != null && MathFunctions.constant(math, field) != null) {
            Const c = MathFunctions.constant(math, field);
            info.constants.put(at, c);
            return Type.scalar(c.dtype());
        }
        if (l == null) {
            if (owner == cls && table.resolve(field, cls) != null || MathFunctions.isMathClass(field))
                throw err(at, "'" + field + "' is a class, not a value", null);
            throw err(at, "cannot find symbol '" + field + "'" + (owner == cls ? "" : " in " + owner.simpleName), null);
        }
        if (!l.ok()) throw err(at, l.problem(), l.hint());
        info.constants.put(at, l.value());
        return Type.scalar(l.value().dtype());
    }

    /** {@code Math} or {@code StrictMath} when {@code name} is imported from it statically ({@code import static java.lang.Math.*;}), else null. */
    private String staticImport(String name) {
        // a single-static-import shadows an on-demand one (JLS 6.4.1)
        for (boolean onDemand : new boolean[] {false, true})
            for (var imp : cls.cu.getImports()) {
                if (!imp.isStatic() || imp.isAsterisk() != onDemand) continue;
                String in = imp.getNameAsString();
                String owner = onDemand ? in : in.endsWith("." + name) ? in.substring(0, in.length() - name.length() - 1) : null;
                if (owner != null && MathFunctions.isMathClass(owner)) return owner;
            }
        return null;
    }

    /** The dotted text of a name chain ({@code a}, {@code java.lang.Math}) that is not a local variable, or null. */
    private String staticName(Expression e) {
        if (e instanceof NameExpr n) return scopes.lookup(n.getNameAsString()) != null ? null : n.getNameAsString();
        if (e instanceof FieldAccessExpr f) {
            String s = staticName(f.getScope());
            return s == null ? null : s + "." + f.getNameAsString();
        }
        return null;
    }

    /** Whether a dotted name denotes a class: Math, a JDK box class, or a class of the compile. */
    private boolean isClassName(String s) {
        if (s == null) return false;
        String t = s.startsWith("java.lang.") ? s.substring(10) : s;
        return MathFunctions.isMathClass(s) || t.equals("Double") || t.equals("Float") || t.equals("Integer") || t.equals("Long")
                || table.resolve(s, cls) != null;
    }

    private Type fieldAccess(FieldAccessExpr f) {
        String field = f.getNameAsString();
        String scope = staticName(f.getScope());
        if (isClassName(scope)) {
            Const jdk = MathFunctions.constant(scope, field);
            if (jdk != null) {
                info.constants.put(f, jdk);
                return Type.scalar(jdk.dtype());
            }
            ClassInfo owner = table.resolve(scope, cls);
            if (owner == null) throw err(f, "'" + f + "' is not supported", "only Math.PI, Math.E, and the MAX_VALUE/MIN_VALUE/infinities/NaN of Double, Float, Integer, Long are known");
            return constant(f, owner, field);
        }
        Type t = type(f.getScope());
        if (t.isArray() && field.equals("length")) return Type.I32;
        throw err(f, "field access '" + f + "' is not supported", t.isArray() ? "arrays have only 'length'" : null);
    }

    private Type arrayAccess(ArrayAccessExpr a) {
        Type base = type(a.getName());
        if (!base.isArray()) throw err(a, "array required, but " + name(base) + " found", null);
        index(a.getIndex());
        return base.element();
    }

    private void index(Expression e) {
        Type t = type(e);
        if (!t.equals(Type.I32)) {
            if (TypeResolver.isNumeric(t)) throw err(e, "incompatible types: possible lossy conversion from " + name(t) + " to int", "cast the index: (int) ...");
            throw err(e, "incompatible types: " + name(t) + " cannot be converted to int", null);
        }
    }

    // ---- operators ---------------------------------------------------------------------------

    private Type unary(UnaryExpr u) {
        Expression x = u.getExpression();
        switch (u.getOperator()) {
            case MINUS:
                if (x instanceof IntegerLiteralExpr || x instanceof LongLiteralExpr || x instanceof DoubleLiteralExpr)
                    return literal(u, (LiteralExpr) x, true);
                return numeric(u, x);
            case PLUS:
                return numeric(u, x);
            case LOGICAL_COMPLEMENT: {
                Type t = type(x);
                if (!TypeResolver.isBoolean(t)) throw badOperand(u, u.getOperator().asString(), t);
                return Type.BOOL;
            }
            case BITWISE_COMPLEMENT: {
                Type t = type(x);
                if (!TypeResolver.isIntegral(t)) throw badOperand(u, "~", t);
                return t;
            }
            default: {
                Type t = target(x);
                if (!TypeResolver.isNumeric(t)) throw badOperand(u, u.getOperator().asString(), t);
                return t;
            }
        }
    }

    private Type numeric(UnaryExpr u, Expression x) {
        Type t = type(x);
        if (!TypeResolver.isNumeric(t)) throw badOperand(u, u.getOperator().asString(), t);
        return Type.scalar(TypeResolver.unaryPromote(t.dtype()));
    }

    private CompileException badOperand(Node at, String op, Type t) {
        return err(at, "bad operand type " + name(t) + " for unary operator '" + op + "'", null);
    }

    private CompileException badOperands(BinaryExpr b, Type l, Type r) {
        return err(b, "bad operand types for binary operator '" + b.getOperator().asString() + "' (" + name(l) + " and " + name(r) + ")", null);
    }

    private Type binary(BinaryExpr b) {
        Type l = type(b.getLeft()), r = type(b.getRight());
        switch (b.getOperator()) {
            case AND, OR:
                if (TypeResolver.isBoolean(l) && TypeResolver.isBoolean(r)) return Type.BOOL;
                throw badOperands(b, l, r);
            case BINARY_AND, BINARY_OR, XOR:
                if (TypeResolver.isBoolean(l) && TypeResolver.isBoolean(r)) return Type.BOOL;
                if (TypeResolver.isIntegral(l) && TypeResolver.isIntegral(r)) return Type.scalar(TypeResolver.promote(l.dtype(), r.dtype()));
                throw badOperands(b, l, r);
            case EQUALS, NOT_EQUALS:
                if (l.isArray() || r.isArray())
                    throw err(b, "compares arrays with '" + b.getOperator().asString() + "'", "jaxc arrays are values without identity: compare lengths or elements");
                if (TypeResolver.isNumeric(l) && TypeResolver.isNumeric(r)) return Type.BOOL;
                if (TypeResolver.isBoolean(l) && TypeResolver.isBoolean(r)) return Type.BOOL;
                throw badOperands(b, l, r);
            case LESS, LESS_EQUALS, GREATER, GREATER_EQUALS:
                if (TypeResolver.isNumeric(l) && TypeResolver.isNumeric(r)) return Type.BOOL;
                throw badOperands(b, l, r);
            case LEFT_SHIFT, SIGNED_RIGHT_SHIFT, UNSIGNED_RIGHT_SHIFT:
                if (TypeResolver.isIntegral(l) && TypeResolver.isIntegral(r)) return Type.scalar(TypeResolver.unaryPromote(l.dtype()));
                throw badOperands(b, l, r);
            default: // + - * / %
                if (TypeResolver.isNumeric(l) && TypeResolver.isNumeric(r)) return Type.scalar(TypeResolver.promote(l.dtype(), r.dtype()));
                throw badOperands(b, l, r);
        }
    }

    /**
     * The type of an assignment target: a local variable or an element of an array variable
     * ({@code a[i]}, {@code a[i][j]}).
     */
    Type target(Expression t) {
        if (t instanceof EnclosedExpr) throw err(t, "parenthesized assignment target", "remove the parentheses");
        if (t instanceof NameExpr n) {
            Var v = scopes.lookup(n.getNameAsString());
            if (v == null) {
                ConstantFolder.Lookup l = cls.constants.lookup(n.getNameAsString());
                if (l != null) throw err(t, "assigns to field '" + n + "'", "jaxc methods are pure: use a local variable");
                throw err(t, "cannot find symbol '" + n + "'", null);
            }
            return type(t);
        }
        if (t instanceof ArrayAccessExpr a) {
            Expression base = a.getName();
            while (base instanceof ArrayAccessExpr inner) base = inner.getName();
            if (!(base instanceof NameExpr n) || scopes.lookup(n.getNameAsString()) == null)
                throw err(t, "writes into an element of '" + base + "'; only elements of array variables can be written",
                        "store the array in a local variable first");
            if (a.getName() instanceof ArrayAccessExpr inner && inner.getName() instanceof ArrayAccessExpr)
                throw err(t, "arrays of rank > 2 are not supported", null);
            return type(t);
        }
        if (t instanceof FieldAccessExpr f) throw err(t, "assigns to field '" + f + "'", "jaxc methods are pure: use a local variable");
        throw err(t, "unexpected assignment target '" + t + "'", null);
    }

    private Type assign(AssignExpr a) {
        Type tt = target(a.getTarget());
        Expression v = a.getValue();
        if (a.getOperator() == AssignExpr.Operator.ASSIGN) {
            if (v instanceof ArrayInitializerExpr) throw err(v, "array initializer in an assignment", "write new " + name(tt) + "{...}");
            Type vt = type(v);
            if (!TypeResolver.assignable(vt, tt)) throw incompatible(v, vt, tt, "");
            return tt;
        }
        Type vt = type(v);
        BinaryExpr.Operator op = a.getOperator().toBinaryOperator().orElseThrow();
        boolean ok = switch (op) {
            case BINARY_AND, BINARY_OR, XOR -> (TypeResolver.isBoolean(tt) && TypeResolver.isBoolean(vt))
                    || (TypeResolver.isIntegral(tt) && TypeResolver.isIntegral(vt));
            case LEFT_SHIFT, SIGNED_RIGHT_SHIFT, UNSIGNED_RIGHT_SHIFT -> TypeResolver.isIntegral(tt) && TypeResolver.isIntegral(vt);
            default -> TypeResolver.isNumeric(tt) && TypeResolver.isNumeric(vt);
        };
        if (!ok) throw err(a, "bad operand types for '" + a.getOperator().asString() + "' (" + name(tt) + " and " + name(vt) + ")", null);
        return tt;
    }

    private Type conditional(ConditionalExpr c) {
        condition(c.getCondition());
        Type x = type(c.getThenExpr()), y = type(c.getElseExpr());
        if (x.equals(y)) return x;
        if (TypeResolver.isNumeric(x) && TypeResolver.isNumeric(y)) return Type.scalar(TypeResolver.promote(x.dtype(), y.dtype()));
        throw err(c, "incompatible types in conditional: " + name(x) + " and " + name(y), null);
    }

    private Type cast(CastExpr c) {
        Type to = TypeResolver.of(c.getType());
        if (to == null) throw err(c, "cast to '" + c.getType() + "' is not supported", "supported types: " + TypeResolver.SUPPORTED);
        Type from = type(c.getExpression());
        if (!TypeResolver.castable(from, to)) throw err(c, "incompatible types: " + name(from) + " cannot be converted to " + name(to), null);
        return to;
    }

    // ---- calls -------------------------------------------------------------------------------

    private Type call(MethodCallExpr m) {
        String name = m.getNameAsString();
        if (m.getTypeArguments().isPresent()) throw err(m, "explicit type arguments are not supported", null);
        if (m.getScope().isEmpty()) {
            JitMethod target = cls.jitByName.get(name);
            if (target != null) return jitCall(m, target);
            if (cls.brokenJit.contains(name)) throw new Scopes.Abort();
            String math = staticImport(name);
            if (math != null && cls.decl.getMethodsByName(name).isEmpty()) return math(m, math);
            boolean declared = cls.decl.getMethodsByName(name).size() > 0;
            if (!declared && RandomCalls.staticallyImported(name, cls.cu)) return prng(m, RandomCalls.Receiver.RANDOM, null);
            throw err(m, (declared ? "calls '" + name + "', which is not a @Jit method" : "cannot find method '" + name + "'"),
                    "only @Jit methods of this compile and Math/StrictMath functions can be called; mark it @Jit (static, in a top-level class)");
        }
        Expression scope = m.getScope().get();
        String sname = staticName(scope);
        if (sname != null && MathFunctions.isMathClass(sname)) return math(m, sname);
        RandomCalls.Receiver rng = sname == null ? null : RandomCalls.receiver(sname, cls.cu, n -> table.resolve(n, cls) != null);
        if (rng != null) return prng(m, rng, sname);
        ClassInfo owner = sname == null ? null : table.resolve(sname, cls);
        if (owner != null) {
            JitMethod target = owner.jitByName.get(name);
            if (target != null) return jitCall(m, target);
            if (owner.brokenJit.contains(name)) throw new Scopes.Abort();
            throw err(m, "calls '" + sname + "." + name + "', which is not a @Jit method",
                    "only @Jit methods of this compile and Math/StrictMath functions can be called; mark it @Jit");
        }
        if (sname != null)
            throw err(m, "calls '" + sname + "." + name + "', which jaxc cannot compile",
                    "only @Jit methods of this compile, Math/StrictMath functions (" + MathFunctions.supportedList() + ")"
                            + " and dev.jaxc.random's Random/Threefry methods can be called");
        Type st = type(scope);
        if (st.isArray() && name.equals("clone") && m.getArguments().isEmpty()) {
            info.callees.put(m, new Callee.ArrayClone());
            return st;
        }
        throw err(m, "calls '" + name + "' on " + name(st), st.isArray() ? "arrays support only clone() and length" : null);
    }

    private Type math(MethodCallExpr m, String scope) {
        MathFunctions fn = MathFunctions.byName(m.getNameAsString());
        if (fn == null)
            throw err(m, scope + "." + m.getNameAsString() + " is not supported", "supported Math functions: " + MathFunctions.supportedList());
        if (m.getArguments().size() != fn.arity())
            throw err(m, scope + "." + fn.javaName + " takes " + fn.arity() + " argument" + (fn.arity() == 1 ? "" : "s") + ", got " + m.getArguments().size(), null);
        List<Type> args = new ArrayList<>();
        for (Expression a : m.getArguments()) {
            Type t = type(a);
            if (!TypeResolver.isNumeric(t)) throw err(a, "incompatible types: " + name(t) + " cannot be converted to double", null);
            args.add(t);
        }
        DType d = fn.resolve(args);
        info.callees.put(m, new Callee.MathCall(fn, MathFunctions.isStrict(scope), d));
        return Type.scalar(d);
    }

    /** A runtime PRNG call: the overload with the call's arity, arguments converted as for any invocation. */
    private Type prng(MethodCallExpr m, RandomCalls.Receiver receiver, String scope) {
        String name = m.getNameAsString();
        String shown = (scope == null ? "" : scope + ".") + name;
        String why = RandomCalls.UNSUPPORTED.get(name);
        if (why != null) throw err(m, shown + " is not supported: " + why, "draw ints with bits(key, n) and mask them");
        if (!PrngFn.hasJavaName(name))
            throw err(m, "cannot find method '" + shown + "'", "jaxc compiles these methods of dev.jaxc.random.Random: " + RandomCalls.supportedList());
        if (receiver == RandomCalls.Receiver.THREEFRY && !name.equals("block"))
            throw err(m, "'" + shown + "' is not a static method", "call it on Threefry.DEFAULT or Threefry.LEGACY, or call Random." + name);
        int n = m.getArguments().size();
        PrngFn fn = PrngFn.byJavaName(name, n);
        if (fn == null)
            throw err(m, "no overload of " + shown + " takes " + n + " argument" + (n == 1 ? "" : "s"), "the overloads are " + RandomCalls.overloads(name));
        for (int i = 0; i < n; i++) {
            Expression a = m.getArguments().get(i);
            Type t = type(a), want = fn.params().get(i);
            if (!TypeResolver.assignable(t, want)) throw incompatible(a, t, want, " (argument " + (i + 1) + " of " + shown + ")");
        }
        // block is static: called through Threefry.LEGACY it is still the one hash
        info.callees.put(m, new Callee.PrngCall(new Prng(fn, receiver.legacy && fn.hasLegacy())));
        return fn.result();
    }

    private Type jitCall(MethodCallExpr m, JitMethod target) {
        if (m.getArguments().size() != target.paramTypes.size())
            throw err(m, "method " + target.name + " takes " + target.paramTypes.size() + " arguments, got " + m.getArguments().size(), null);
        for (int i = 0; i < target.paramTypes.size(); i++) {
            Expression a = m.getArguments().get(i);
            Type t = type(a);
            if (!TypeResolver.assignable(t, target.paramTypes.get(i)))
                throw incompatible(a, t, target.paramTypes.get(i), " (argument " + (i + 1) + " of " + target.name + ")");
        }
        info.callees.put(m, new Callee.JitCall(target));
        return target.resultType;
    }

    // ---- arrays ------------------------------------------------------------------------------

    private Type newArray(ArrayCreationExpr a) {
        if (!(a.getElementType() instanceof PrimitiveType p) || TypeResolver.dtype(p) == null)
            throw err(a, "arrays of '" + a.getElementType() + "' are not supported", "supported types: " + TypeResolver.SUPPORTED);
        int rank = a.getLevels().size();
        if (rank > 2) throw err(a, "arrays of rank " + rank + " are not supported", "use a 1-D or 2-D array");
        Type t = Type.array(TypeResolver.dtype(p), rank);
        if (a.getInitializer().isPresent()) {
            initializer(a.getInitializer().get(), t);
            return t;
        }
        for (ArrayCreationLevel level : a.getLevels()) level.getDimension().ifPresent(this::index);
        return t;
    }

    static String name(Type t) { return TypeResolver.javaName(t); }
}
