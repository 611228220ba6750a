package dev.jaxc.frontend;

import dev.jaxc.ir.DType;
import dev.jaxc.ir.Type;
import dev.jaxc.ir.prim.BinaryOp;
import dev.jaxc.ir.prim.Const;
import dev.jaxc.ir.prim.UnaryOp;
import java.util.List;

/**
 * The {@code Math} / {@code StrictMath} functions of the subset and Java's overload resolution
 * for them: abs/min/max have int, long, float and double overloads (the promoted argument type
 * picks one); signum/copySign have float and double overloads (float unless an argument is
 * double, as Java's most-specific rule gives for int and long too); the rest take doubles.
 */
enum MathFunctions {
    SIN("sin", UnaryOp.SIN), COS("cos", UnaryOp.COS), TAN("tan", UnaryOp.TAN),
    ASIN("asin", UnaryOp.ASIN), ACOS("acos", UnaryOp.ACOS), ATAN("atan", UnaryOp.ATAN),
    SINH("sinh", UnaryOp.SINH), COSH("cosh", UnaryOp.COSH), TANH("tanh", UnaryOp.TANH),
    EXP("exp", UnaryOp.EXP), EXPM1("expm1", UnaryOp.EXPM1), LOG("log", UnaryOp.LOG),
    LOG1P("log1p", UnaryOp.LOG1P), LOG10("log10", UnaryOp.LOG10), SQRT("sqrt", UnaryOp.SQRT),
    CBRT("cbrt", UnaryOp.CBRT), ABS("abs", UnaryOp.ABS), FLOOR("floor", UnaryOp.FLOOR),
    CEIL("ceil", UnaryOp.CEIL), RINT("rint", UnaryOp.RINT), SIGNUM("signum", UnaryOp.SIGNUM),
    ATAN2("atan2", BinaryOp.ATAN2), POW("pow", BinaryOp.POW), HYPOT("hypot", BinaryOp.HYPOT),
    MIN("min", BinaryOp.MIN), MAX("max", BinaryOp.MAX), COPYSIGN("copySign", BinaryOp.COPYSIGN);

    private enum Overloads { DOUBLE, ALL_NUMERIC, FLOAT_DOUBLE }

    final String javaName;
    final UnaryOp unary;
    final BinaryOp binary;
    private final Overloads overloads;

    MathFunctions(String javaName, UnaryOp op) {
        this.javaName = javaName;
        this.unary = op;
        this.binary = null;
        this.overloads = overloads(op.domain() == UnaryOp.Domain.NUMERIC, op.domain() == UnaryOp.Domain.FLOAT_ANY);
    }

    MathFunctions(String javaName, BinaryOp op) {
        this.javaName = javaName;
        this.unary = null;
        this.binary = op;
        this.overloads = overloads(op.domain() == BinaryOp.Domain.NUMERIC, op.domain() == BinaryOp.Domain.FLOAT_ANY);
    }

    private static Overloads overloads(boolean numeric, boolean floats) {
        return numeric ? Overloads.ALL_NUMERIC : floats ? Overloads.FLOAT_DOUBLE : Overloads.DOUBLE;
    }

    int arity() { return unary != null ? 1 : 2; }

    static MathFunctions byName(String name) {
        for (MathFunctions f : values()) if (f.javaName.equals(name)) return f;
        return null;
    }

    /** The overload's parameter (and result) dtype for these argument types, all numeric scalars. */
    DType resolve(List<Type> args) {
        DType d = args.get(0).dtype();
        for (Type t : args) d = TypeResolver.promote(d, t.dtype());
        return switch (overloads) {
            case DOUBLE -> DType.F64;
            case ALL_NUMERIC -> d;
            case FLOAT_DOUBLE -> d == DType.F64 ? DType.F64 : DType.F32;
        };
    }

    static boolean isMathClass(String scope) {
        return scope.equals("Math") || scope.equals("StrictMath") || scope.equals("java.lang.Math") || scope.equals("java.lang.StrictMath");
    }

    static boolean isStrict(String scope) { return scope.endsWith("StrictMath"); }

    /**
     * A constant of the JDK that Java treats as a constant variable: {@code Math.PI},
     * {@code Math.E} (and StrictMath's), the bounds and special values of Double, Float,
     * Integer and Long. Null for anything else.
     */
    static Const constant(String scope, String field) {
        if (scope.startsWith("java.lang.")) scope = scope.substring("java.lang.".length());
        return switch (scope + "." + field) {
            case "Math.PI", "StrictMath.PI" -> Const.ofDouble(Math.PI);
            case "Math.E", "StrictMath.E" -> Const.ofDouble(Math.E);
            case "Double.MAX_VALUE" -> Const.ofDouble(Double.MAX_VALUE);
            case "Double.MIN_VALUE" -> Const.ofDouble(Double.MIN_VALUE);
            case "Double.MIN_NORMAL" -> Const.ofDouble(Double.MIN_NORMAL);
            case "Double.POSITIVE_INFINITY" -> Const.ofDouble(Double.POSITIVE_INFINITY);
            case "Double.NEGATIVE_INFINITY" -> Const.ofDouble(Double.NEGATIVE_INFINITY);
            case "Double.NaN" -> Const.ofDouble(Double.NaN);
            case "Float.MAX_VALUE" -> Const.ofFloat(Float.MAX_VALUE);
            case "Float.MIN_VALUE" -> Const.ofFloat(Float.MIN_VALUE);
            case "Float.MIN_NORMAL" -> Const.ofFloat(Float.MIN_NORMAL);
            case "Float.POSITIVE_INFINITY" -> Const.ofFloat(Float.POSITIVE_INFINITY);
            case "Float.NEGATIVE_INFINITY" -> Const.ofFloat(Float.NEGATIVE_INFINITY);
            case "Float.NaN" -> Const.ofFloat(Float.NaN);
            case "Integer.MAX_VALUE" -> Const.ofInt(Integer.MAX_VALUE);
            case "Integer.MIN_VALUE" -> Const.ofInt(Integer.MIN_VALUE);
            case "Long.MAX_VALUE" -> Const.ofLong(Long.MAX_VALUE);
            case "Long.MIN_VALUE" -> Const.ofLong(Long.MIN_VALUE);
            default -> null;
        };
    }

    static String supportedList() {
        StringBuilder sb = new StringBuilder();
        for (MathFunctions f : values()) sb.append(sb.length() == 0 ? "" : " ").append(f.javaName);
        return sb.toString();
    }
}
