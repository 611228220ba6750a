package dev.jaxc.ir.interp;

import dev.jaxc.ir.DType;
import dev.jaxc.ir.prim.UnaryOp;
import java.util.function.DoubleUnaryOperator;
import java.util.function.IntUnaryOperator;
import java.util.function.LongUnaryOperator;
import java.util.function.UnaryOperator;

/**
 * Evaluation of {@link UnaryOp}s: exactly the Java operator or the {@code Math}/{@code StrictMath}
 * overload for the dtype, chosen once when an op is compiled.
 */
final class UnaryEval {
    private UnaryEval() {}

    interface FloatOp { float apply(float x); }

    static UnaryOperator<Object> of(UnaryOp op, DType d, boolean strict) {
        return switch (d) {
            case F64 -> {
                DoubleUnaryOperator g = f64(op, strict);
                yield a -> g.applyAsDouble((Double) a);
            }
            case F32 -> {
                FloatOp g = f32(op, strict);
                yield a -> g.apply((Float) a);
            }
            case I64 -> {
                LongUnaryOperator g = i64(op, strict);
                yield a -> g.applyAsLong((Long) a);
            }
            case I32 -> {
                IntUnaryOperator g = i32(op, strict);
                yield a -> g.applyAsInt((Integer) a);
            }
            case BOOL -> {
                if (op != UnaryOp.NOT) throw unsupported(op, d);
                yield a -> !(Boolean) a;
            }
        };
    }

    private static DoubleUnaryOperator f64(UnaryOp op, boolean s) {
        return switch (op) {
            case NEG -> x -> -x;
            case SIN -> s ? StrictMath::sin : Math::sin;
            case COS -> s ? StrictMath::cos : Math::cos;
            case TAN -> s ? StrictMath::tan : Math::tan;
            case ASIN -> s ? StrictMath::asin : Math::asin;
            case ACOS -> s ? StrictMath::acos : Math::acos;
            case ATAN -> s ? StrictMath::atan : Math::atan;
            case SINH -> s ? StrictMath::sinh : Math::sinh;
            case COSH -> s ? StrictMath::cosh : Math::cosh;
            case TANH -> s ? StrictMath::tanh : Math::tanh;
            case EXP -> s ? StrictMath::exp : Math::exp;
            case EXPM1 -> s ? StrictMath::expm1 : Math::expm1;
            case LOG -> s ? StrictMath::log : Math::log;
            case LOG1P -> s ? StrictMath::log1p : Math::log1p;
            case LOG10 -> s ? StrictMath::log10 : Math::log10;
            case SQRT -> s ? StrictMath::sqrt : Math::sqrt;
            case CBRT -> s ? StrictMath::cbrt : Math::cbrt;
            case ABS -> s ? StrictMath::abs : Math::abs;
            case FLOOR -> s ? StrictMath::floor : Math::floor;
            case CEIL -> s ? StrictMath::ceil : Math::ceil;
            case RINT -> s ? StrictMath::rint : Math::rint;
            case SIGNUM -> s ? StrictMath::signum : Math::signum;
            case NOT, BIT_NOT -> throw unsupported(op, DType.F64);
        };
    }

    private static FloatOp f32(UnaryOp op, boolean s) {
        return switch (op) {
            case NEG -> x -> -x;
            case ABS -> s ? StrictMath::abs : Math::abs;
            case SIGNUM -> s ? StrictMath::signum : Math::signum;
            case NOT, BIT_NOT, SIN, COS, TAN, ASIN, ACOS, ATAN, SINH, COSH, TANH, EXP, EXPM1, LOG, LOG1P, LOG10,
                    SQRT, CBRT, FLOOR, CEIL, RINT -> throw unsupported(op, DType.F32);
        };
    }

    private static LongUnaryOperator i64(UnaryOp op, boolean s) {
        return switch (op) {
            case NEG -> x -> -x;
            case BIT_NOT -> x -> ~x;
            case ABS -> s ? StrictMath::abs : Math::abs;
            case NOT, SIN, COS, TAN, ASIN, ACOS, ATAN, SINH, COSH, TANH, EXP, EXPM1, LOG, LOG1P, LOG10,
                    SQRT, CBRT, FLOOR, CEIL, RINT, SIGNUM -> throw unsupported(op, DType.I64);
        };
    }

    private static IntUnaryOperator i32(UnaryOp op, boolean s) {
        return switch (op) {
            case NEG -> x -> -x;
            case BIT_NOT -> x -> ~x;
            case ABS -> s ? StrictMath::abs : Math::abs;
            case NOT, SIN, COS, TAN, ASIN, ACOS, ATAN, SINH, COSH, TANH, EXP, EXPM1, LOG, LOG1P, LOG10,
                    SQRT, CBRT, FLOOR, CEIL, RINT, SIGNUM -> throw unsupported(op, DType.I32);
        };
    }

    static IllegalStateException unsupported(Object op, DType d) {
        return new IllegalStateException(op + " is not defined on " + d.irName() + " (the verifier rejects this op)");
    }
}
