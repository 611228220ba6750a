package dev.jaxc.frontend;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.ArrayCreationLevel;
import com.github.javaparser.ast.expr.*;
import dev.jaxc.ir.Builder;
import dev.jaxc.ir.DType;
import dev.jaxc.ir.Type;
import dev.jaxc.ir.Value;
import dev.jaxc.ir.prim.Binary;
import dev.jaxc.ir.prim.BinaryOp;
import dev.jaxc.ir.prim.CmpOp;
import dev.jaxc.ir.prim.Const;
import dev.jaxc.ir.prim.Unary;
import dev.jaxc.ir.prim.UnaryOp;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Lowers expressions to ops in the current region, left to right as Java evaluates them, with
 * Java's conversions made explicit. Short-circuit operators and {@code ?:} become a cond unless
 * their lazy operand is trivial; assignments update the environment.
 */
final class ExprLowering {
    private final LoweringContext ctx;
    private final MethodInfo info;

    ExprLowering(LoweringContext ctx) {
        this.ctx = ctx;
        this.info = ctx.info;
    }

    private Builder at(Node n) { return ctx.at(n); }

    /** Lowers {@code e} and converts it to {@code t} (assignment / invocation conversion). */
    Value lowerAs(Expression e, Type t) {
        if (e instanceof ArrayInitializerExpr init) return initializer(init, t);
        Const c = info.constant(e);
        if (c != null && t.isScalar() && c.dtype() != t.dtype() && t.dtype() != DType.BOOL)
            return at(e).constant(ConstEval.convert(c, t.dtype())); // 1 in a double context is 1.0
        Value v = lower(e);
        return coerce(v, t, e);
    }

    Value coerce(Value v, Type t, Node at) {
        if (v.type().equals(t)) return v;
        if (v.type().isScalar() && t.isScalar()) return at(at).convert(v, t.dtype());
        throw new IllegalStateException("cannot convert " + v.type() + " to " + t);
    }

    Value lower(Expression e) {
        Const c = info.constant(e);
        if (c != null) return at(e).constant(c);
        if (e instanceof EnclosedExpr en) return lower(en.getInner());
        if (e instanceof NameExpr n) return variable(n);
        if (e instanceof FieldAccessExpr f) {
            Value a = lower(f.getScope());
            return at(f).arrayLength(a);
        }
        if (e instanceof ArrayAccessExpr a) return arrayRead(a);
        if (e instanceof UnaryExpr u) return unary(u);
        if (e instanceof BinaryExpr b) return binary(b);
        if (e instanceof AssignExpr a) return assign(a);
        if (e instanceof ConditionalExpr ce) return conditional(ce);
        if (e instanceof CastExpr cast) return coerce(lowerAs(cast.getExpression(), info.type(cast)), info.type(cast), cast);
        if (e instanceof MethodCallExpr m) return call(m);
        if (e instanceof ArrayCreationExpr a) return newArray(a);
        if (e instanceof ArrayInitializerExpr init) return initializer(init, info.type(init));
        throw new IllegalStateException("unexpected expression " + e);
    }

    Value index(Expression e) { return lowerAs(e, Type.I32); }

    private Value variable(NameExpr n) { return current(info.var(n), n); }

    /** The value of a variable that Java requires to be definitely assigned here. */
    private Value current(Var v, Node at) {
        if (!ctx.env.has(v)) // javac rejects such a program; say what javac would
            throw Diagnostics.error(ctx.file, at, "variable " + v.name + " might not have been initialized", "initialize it where it is declared");
        return ctx.env.get(v);
    }

    // ---- arrays ------------------------------------------------------------------------------

    private Value arrayRead(ArrayAccessExpr a) {
        // m[i][j] reads the row before evaluating j; one array.get of both indices is the same
        // unless evaluating j could throw first.
        if (a.getName() instanceof ArrayAccessExpr row && !ctx.effects.canThrow(a.getIndex())) {
            Value m = lower(row.getName());
            Value i = index(row.getIndex());
            Value j = index(a.getIndex());
            return at(a).arrayGet(m, i, j);
        }
        Value base = lower(a.getName());
        Value i = index(a.getIndex());
        return at(a).arrayGet(base, i);
    }

    /** An element to be written: the array variable and the evaluated indices. */
    private record Element(Var array, List<Value> indices) {}

    /**
     * Evaluates the target of an element write as Java does: array variable, index, and for
     * {@code m[i][j]} the row {@code m[i]} (which throws for a bad i) before j. The row read is
     * only emitted when something evaluated after it could throw before the store's own check.
     */
    private Element element(ArrayAccessExpr t, Expression laterValue) {
        if (t.getName() instanceof ArrayAccessExpr row) {
            Var m = info.var(row.getName());
            Value i = index(row.getIndex());
            if (ctx.effects.canThrow(t.getIndex()) || (laterValue != null && ctx.effects.canThrow(laterValue)))
                at(row).arrayGet(current(m, row), i);
            Value j = index(t.getIndex());
            return new Element(m, List.of(i, j));
        }
        Var a = info.var(t.getName());
        return new Element(a, List.of(index(t.getIndex())));
    }

    private Value get(Element el, Node at) {
        return at(at).arrayGet(current(el.array, at), el.indices.toArray(new Value[0]));
    }

    private void set(Element el, Value v, Node at) {
        Value[] args = new Value[el.indices.size() + 1];
        for (int k = 0; k < el.indices.size(); k++) args[k] = el.indices.get(k);
        args[el.indices.size()] = v;
        ctx.env.put(el.array, at(at).arraySet(current(el.array, at), args));
    }

    /** Java stores into the object the variable named before the right side ran: reject reassigning it there. */
    private void checkNotReassigned(ArrayAccessExpr target, Expression value) {
        Var a = ctx.sets.arrayBase(target);
        Set<Var> re = new LinkedHashSet<>(ctx.sets.reassigned(target));
        if (value != null) re.addAll(ctx.sets.reassigned(value));
        if (re.contains(a))
            throw Diagnostics.error(ctx.file, target, "assigns '" + a.name + "' while storing into one of its elements",
                    "split the statement: assign '" + a.name + "' in a statement of its own");
    }

    private Value newArray(ArrayCreationExpr a) {
        Type t = info.type(a);
        if (a.getInitializer().isPresent()) return initializer(a.getInitializer().get(), t);
        List<Value> dims = new ArrayList<>();
        for (ArrayCreationLevel level : a.getLevels()) if (level.getDimension().isPresent()) dims.add(index(level.getDimension().get()));
        return at(a).arrayNew(t.dtype(), t.rank(), dims.toArray(new Value[0]));
    }

    Value initializer(ArrayInitializerExpr init, Type t) {
        List<Value> elems = new ArrayList<>();
        for (Expression v : init.getValues()) elems.add(lowerAs(v, t.element()));
        return at(init).arrayLiteral(t.dtype(), t.rank(), elems);
    }

    // ---- operators ---------------------------------------------------------------------------

    private Value unary(UnaryExpr u) {
        switch (u.getOperator()) {
            case PLUS:
                return lower(u.getExpression());
            case MINUS: {
                Value x = lower(u.getExpression());
                return at(u).neg(x);
            }
            case LOGICAL_COMPLEMENT: {
                Value x = lower(u.getExpression());
                return at(u).not(x);
            }
            case BITWISE_COMPLEMENT: {
                Value x = lower(u.getExpression());
                return at(u).unary(UnaryOp.BIT_NOT, x);
            }
            default:
                return incDec(u);
        }
    }

    private Value incDec(UnaryExpr u) {
        boolean inc = u.getOperator() == UnaryExpr.Operator.PREFIX_INCREMENT || u.getOperator() == UnaryExpr.Operator.POSTFIX_INCREMENT;
        BinaryOp op = inc ? BinaryOp.ADD : BinaryOp.SUB;
        Expression t = u.getExpression();
        Value old, updated;
        if (t instanceof ArrayAccessExpr a) {
            checkNotReassigned(a, null);
            Element el = element(a, null);
            old = get(el, a);
            updated = at(u).binary(op, old, at(u).one(old.type().dtype()));
            set(el, updated, u);
        } else {
            Var v = info.var(t);
            old = current(v, t);
            updated = at(u).binary(op, old, at(u).one(old.type().dtype()));
            ctx.env.put(v, updated);
        }
        return u.getOperator().isPrefix() ? updated : old;
    }

    private Value binary(BinaryExpr b) {
        BinaryExpr.Operator op = b.getOperator();
        if (op == BinaryExpr.Operator.AND || op == BinaryExpr.Operator.OR) return shortCircuit(b);
        CmpOp cmp = compareOp(op);
        if (cmp != null) {
            Type lt = info.type(b.getLeft()), rt = info.type(b.getRight());
            Type d = lt.dtype() == DType.BOOL ? Type.BOOL : Type.scalar(TypeResolver.promote(lt.dtype(), rt.dtype()));
            Value l = lowerAs(b.getLeft(), d);
            Value r = lowerAs(b.getRight(), d);
            return at(b).compare(cmp, l, r);
        }
        Type t = info.type(b);
        BinaryOp bop = binaryOp(op);
        Value l = lowerAs(b.getLeft(), t);
        Value r = lowerAs(b.getRight(), bop.domain() == BinaryOp.Domain.SHIFT ? Type.I32 : t);
        return at(b).binary(bop, l, r);
    }

    /** {@code a && b}, {@code a || b}: b runs only when needed, unless it is trivial. */
    private Value shortCircuit(BinaryExpr b) {
        boolean and = b.getOperator() == BinaryExpr.Operator.AND;
        Value l = lower(b.getLeft());
        Expression right = b.getRight();
        if (ctx.effects.trivial(right)) {
            Value r = lower(right);
            return at(b).binary(and ? BinaryOp.AND : BinaryOp.OR, l, r);
        }
        at(b);
        List<Expression> parts = List.of(right);
        if (and)
            return ctx.regions.cond(l, parts, true, List.of(Type.BOOL), () -> List.of(lower(right)), () -> List.of(at(b).bool(false))).get(0);
        return ctx.regions.cond(l, parts, true, List.of(Type.BOOL), () -> List.of(at(b).bool(true)), () -> List.of(lower(right))).get(0);
    }

    private Value conditional(ConditionalExpr c) {
        Type t = info.type(c);
        Value p = lower(c.getCondition());
        Expression x = c.getThenExpr(), y = c.getElseExpr();
        if (ctx.effects.trivial(x) && ctx.effects.trivial(y)) {
            Value vx = lowerAs(x, t), vy = lowerAs(y, t);
            return at(c).select(p, vx, vy);
        }
        at(c);
        return ctx.regions.cond(p, List.of(x, y), true, List.of(t), () -> List.of(lowerAs(x, t)), () -> List.of(lowerAs(y, t))).get(0);
    }

    private Value assign(AssignExpr a) {
        Expression target = a.getTarget();
        Expression value = a.getValue();
        boolean plain = a.getOperator() == AssignExpr.Operator.ASSIGN;
        if (target instanceof ArrayAccessExpr t) {
            checkNotReassigned(t, value);
            Type elem = info.type(t);
            Element el = element(t, plain ? value : null);
            Value result;
            if (plain) {
                result = lowerAs(value, elem);
            } else {
                Value old = get(el, t);
                result = compound(a, old, value, elem);
            }
            set(el, result, a);
            return result;
        }
        Var v = info.var(target);
        Value result;
        if (plain) {
            result = lowerAs(value, v.type);
        } else {
            Value old = current(v, target);
            result = compound(a, old, value, v.type);
        }
        ctx.env.put(v, result);
        return result;
    }

    /** {@code x op= y} is {@code x = (T) (x op y)} (JLS 15.26.2). */
    private Value compound(AssignExpr a, Value old, Expression value, Type t) {
        BinaryOp op = binaryOp(a.getOperator().toBinaryOperator().orElseThrow());
        if (op.domain() == BinaryOp.Domain.SHIFT) {
            Value count = lowerAs(value, Type.I32);
            return at(a).binary(op, old, count);
        }
        if (t.dtype() == DType.BOOL) {
            Value rhs = lower(value);
            return at(a).binary(op, old, rhs);
        }
        Type p = Type.scalar(TypeResolver.promote(t.dtype(), info.type(value).dtype()));
        Value widened = coerce(old, p, a);
        Value rhs = lowerAs(value, p);
        Value r = at(a).binary(op, widened, rhs);
        return coerce(r, t, a);
    }

    // ---- calls -------------------------------------------------------------------------------

    private Value call(MethodCallExpr m) {
        Callee callee = info.callee(m);
        if (callee instanceof Callee.MathCall mc) {
            Type t = Type.scalar(mc.dtype());
            List<Value> args = new ArrayList<>();
            for (Expression a : m.getArguments()) args.add(lowerAs(a, t));
            if (mc.fn().unary != null) return at(m).emit1(new Unary(mc.fn().unary, mc.strict()), args.get(0));
            return at(m).emit1(new Binary(mc.fn().binary, mc.strict()), args.get(0), args.get(1));
        }
        if (callee instanceof Callee.JitCall jc) {
            JitMethod target = jc.method();
            List<Value> args = new ArrayList<>();
            for (int i = 0; i < target.paramTypes.size(); i++) args.add(lowerAs(m.getArguments().get(i), target.paramTypes.get(i)));
            return at(m).call(target.qualifiedName, List.of(target.resultType), args).get(0);
        }
        if (callee instanceof Callee.PrngCall pc) {
            // the receiver (a class, or the constant Threefry.LEGACY) has no effect to lower
            List<Type> params = pc.prim().fn().params();
            List<Value> args = new ArrayList<>();
            for (int i = 0; i < params.size(); i++) args.add(lowerAs(m.getArguments().get(i), params.get(i)));
            return at(m).emit(pc.prim(), args, List.of()).get(0);
        }
        if (callee instanceof Callee.ArrayClone) {
            Value a = lower(m.getScope().orElseThrow());
            return at(m).arrayCopy(a);
        }
        throw new IllegalStateException("unresolved call " + m);
    }

    // ---- operator tables ---------------------------------------------------------------------

    static CmpOp compareOp(BinaryExpr.Operator op) {
        return switch (op) {
            case EQUALS -> CmpOp.EQ;
            case NOT_EQUALS -> CmpOp.NE;
            case LESS -> CmpOp.LT;
            case LESS_EQUALS -> CmpOp.LE;
            case GREATER -> CmpOp.GT;
            case GREATER_EQUALS -> CmpOp.GE;
            default -> null;
        };
    }

    static BinaryOp binaryOp(BinaryExpr.Operator op) {
        return switch (op) {
            case PLUS -> BinaryOp.ADD;
            case MINUS -> BinaryOp.SUB;
            case MULTIPLY -> BinaryOp.MUL;
            case DIVIDE -> BinaryOp.DIV;
            case REMAINDER -> BinaryOp.REM;
            case BINARY_AND -> BinaryOp.AND;
            case BINARY_OR -> BinaryOp.OR;
            case XOR -> BinaryOp.XOR;
            case LEFT_SHIFT -> BinaryOp.SHL;
            case SIGNED_RIGHT_SHIFT -> BinaryOp.SHR;
            case UNSIGNED_RIGHT_SHIFT -> BinaryOp.USHR;
            default -> throw new IllegalArgumentException("not an arithmetic operator: " + op.asString());
        };
    }

}
