package dev.jaxc.frontend;

import com.github.javaparser.ast.expr.BinaryExpr;
import com.github.javaparser.ast.expr.UnaryExpr;
import dev.jaxc.ir.DType;
import dev.jaxc.ir.prim.Const;

/**
 * Java's arithmetic on constants (JLS 15.28), for static final initializers: the operands are
 * promoted as Java does, integer arithmetic wraps, and {@code x / 0} on integers throws
 * {@link ArithmeticException}. Booleans: {@code ! & | ^ && || == !=}.
 */
final class ConstEval {
    private ConstEval() {}

    /** A Java cast (or widening) of a constant to a numeric dtype; bool only to bool. */
    static Const convert(Const c, DType to) {
        if (c.dtype() == to) return c;
        if (c.dtype() == DType.BOOL || to == DType.BOOL) throw new IllegalArgumentException("convert " + c.dtype() + " to " + to);
        return switch (c.dtype()) {
            case F64 -> fromDouble(c.asDouble(), to);
            case F32 -> fromDouble(c.asFloat(), to);
            case I64 -> fromLong(c.asLong(), to);
            case I32 -> fromLong(c.asInt(), to);
            case BOOL -> throw new AssertionError();
        };
    }

    private static Const fromDouble(double d, DType to) {
        return switch (to) {
            case F64 -> Const.ofDouble(d);
            case F32 -> Const.ofFloat((float) d);
            case I64 -> Const.ofLong((long) d);
            case I32 -> Const.ofInt((int) d);
            case BOOL -> throw new AssertionError();
        };
    }

    private static Const fromLong(long l, DType to) {
        return switch (to) {
            case F64 -> Const.ofDouble((double) l);
            case F32 -> Const.ofFloat((float) l);
            case I64 -> Const.ofLong(l);
            case I32 -> Const.ofInt((int) l);
            case BOOL -> throw new AssertionError();
        };
    }

    static Const unary(UnaryExpr.Operator op, Const a) {
        DType d = a.dtype();
        switch (op) {
            case PLUS:
                return a;
            case MINUS:
                return switch (d) {
                    case F64 -> Const.ofDouble(-a.asDouble());
                    case F32 -> Const.ofFloat(-a.asFloat());
                    case I64 -> Const.ofLong(-a.asLong());
                    case I32 -> Const.ofInt(-a.asInt());
                    case BOOL -> throw new IllegalArgumentException("-boolean");
                };
            case BITWISE_COMPLEMENT:
                if (d == DType.I64) return Const.ofLong(~a.asLong());
                if (d == DType.I32) return Const.ofInt(~a.asInt());
                throw new IllegalArgumentException("~" + d);
            case LOGICAL_COMPLEMENT:
                if (d == DType.BOOL) return Const.ofBool(!a.asBool());
                throw new IllegalArgumentException("!" + d);
            default:
                throw new IllegalArgumentException(op.asString());
        }
    }

    static Const binary(BinaryExpr.Operator op, Const a, Const b) {
        switch (op) {
            case LEFT_SHIFT, SIGNED_RIGHT_SHIFT, UNSIGNED_RIGHT_SHIFT -> { return shift(op, a, b); }
            default -> { }
        }
        if (a.dtype() == DType.BOOL || b.dtype() == DType.BOOL) return bool(op, a, b);
        DType d = TypeResolver.promote(a.dtype(), b.dtype());
        Const x = convert(a, d), y = convert(b, d);
        return switch (d) {
            case F64 -> f64(op, x.asDouble(), y.asDouble());
            case F32 -> f32(op, x.asFloat(), y.asFloat());
            case I64 -> i64(op, x.asLong(), y.asLong());
            case I32 -> i32(op, x.asInt(), y.asInt());
            case BOOL -> throw new AssertionError();
        };
    }

    private static Const bool(BinaryExpr.Operator op, Const a, Const b) {
        if (a.dtype() != DType.BOOL || b.dtype() != DType.BOOL) throw new IllegalArgumentException("boolean " + op.asString() + " number");
        boolean x = a.asBool(), y = b.asBool();
        return switch (op) {
            case AND, BINARY_AND -> Const.ofBool(x & y);
            case OR, BINARY_OR -> Const.ofBool(x | y);
            case XOR, NOT_EQUALS -> Const.ofBool(x ^ y);
            case EQUALS -> Const.ofBool(x == y);
            default -> throw new IllegalArgumentException("boolean " + op.asString());
        };
    }

    private static Const shift(BinaryExpr.Operator op, Const a, Const b) {
        if (!a.dtype().isInteger() || !b.dtype().isInteger()) throw new IllegalArgumentException("shift of non-integers");
        long n = b.dtype() == DType.I64 ? b.asLong() : b.asInt();
        if (a.dtype() == DType.I64) {
            long x = a.asLong();
            return Const.ofLong(switch (op) {
                case LEFT_SHIFT -> x << n;
                case SIGNED_RIGHT_SHIFT -> x >> n;
                default -> x >>> n;
            });
        }
        int x = a.asInt();
        return Const.ofInt(switch (op) {
            case LEFT_SHIFT -> x << n;
            case SIGNED_RIGHT_SHIFT -> x >> n;
            default -> x >>> n;
        });
    }

    private static Const f64(BinaryExpr.Operator op, double x, double y) {
        return switch (op) {
            case PLUS -> Const.ofDouble(x + y);
            case MINUS -> Const.ofDouble(x - y);
            case MULTIPLY -> Const.ofDouble(x * y);
            case DIVIDE -> Const.ofDouble(x / y);
            case REMAINDER -> Const.ofDouble(x % y);
            default -> compare(op, Double.compare(x, y), x != x || y != y, x == y);
        };
    }

    private static Const f32(BinaryExpr.Operator op, float x, float y) {
        return switch (op) {
            case PLUS -> Const.ofFloat(x + y);
            case MINUS -> Const.ofFloat(x - y);
            case MULTIPLY -> Const.ofFloat(x * y);
            case DIVIDE -> Const.ofFloat(x / y);
            case REMAINDER -> Const.ofFloat(x % y);
            default -> compare(op, Float.compare(x, y), x != x || y != y, x == y);
        };
    }

    private static Const i64(BinaryExpr.Operator op, long x, long y) {
        return switch (op) {
            case PLUS -> Const.ofLong(x + y);
            case MINUS -> Const.ofLong(x - y);
            case MULTIPLY -> Const.ofLong(x * y);
            case DIVIDE -> Const.ofLong(x / y);
            case REMAINDER -> Const.ofLong(x % y);
            case BINARY_AND -> Const.ofLong(x & y);
            case BINARY_OR -> Const.ofLong(x | y);
            case XOR -> Const.ofLong(x ^ y);
            default -> compare(op, Long.compare(x, y), false, x == y);
        };
    }

    private static Const i32(BinaryExpr.Operator op, int x, int y) {
        return switch (op) {
            case PLUS -> Const.ofInt(x + y);
            case MINUS -> Const.ofInt(x - y);
            case MULTIPLY -> Const.ofInt(x * y);
            case DIVIDE -> Const.ofInt(x / y);
            case REMAINDER -> Const.ofInt(x % y);
            case BINARY_AND -> Const.ofInt(x & y);
            case BINARY_OR -> Const.ofInt(x | y);
            case XOR -> Const.ofInt(x ^ y);
            default -> compare(op, Integer.compare(x, y), false, x == y);
        };
    }

    /** Java comparison: any ordered comparison involving NaN is false, NaN != NaN. */
    private static Const compare(BinaryExpr.Operator op, int cmp, boolean nan, boolean eq) {
        return switch (op) {
            case EQUALS -> Const.ofBool(eq);
            case NOT_EQUALS -> Const.ofBool(!eq);
            case LESS -> Const.ofBool(!nan && cmp < 0 && !eq);
            case LESS_EQUALS -> Const.ofBool(!nan && (cmp < 0 || eq));
            case GREATER -> Const.ofBool(!nan && cmp > 0 && !eq);
            case GREATER_EQUALS -> Const.ofBool(!nan && (cmp > 0 || eq));
            default -> throw new IllegalArgumentException("operator " + op.asString() + " on numbers");
        };
    }
}
