package dev.jaxc.ir.interp;

import static dev.jaxc.ir.interp.UnaryEval.unsupported;

import dev.jaxc.ir.DType;
import dev.jaxc.ir.prim.BinaryOp;
import java.util.function.BinaryOperator;
import java.util.function.DoubleBinaryOperator;
import java.util.function.IntBinaryOperator;
import java.util.function.LongBinaryOperator;

/**
 * Evaluation of {@link BinaryOp}s with Java's semantics: int/long wrap around, integer
 * {@code /} and {@code %} by zero throw ArithmeticException("/ by zero"), {@code %} on floats is
 * fmod, shifts mask their count, and math functions call the exact {@code Math}/{@code StrictMath}
 * overload (they differ for {@code copySign} on NaN, and may differ in the last bit elsewhere).
 */
final class BinaryEval {
    private BinaryEval() {}

    interface FloatOp { float apply(float x, float y); }

    interface BoolOp { boolean apply(boolean x, boolean y); }

    static BinaryOperator<Object> of(BinaryOp op, DType d, boolean strict) {
        return switch (d) {
            case F64 -> {
                DoubleBinaryOperator g = f64(op, strict);
                yield (a, b) -> g.applyAsDouble((Double) a, (Double) b);
            }
            case F32 -> {
                FloatOp g = f32(op, strict);
                yield (a, b) -> g.apply((Float) a, (Float) b);
            }
            case I64 -> {
                if (op.domain() == BinaryOp.Domain.SHIFT) yield shiftI64(op);
                LongBinaryOperator g = i64(op, strict);
                yield (a, b) -> g.applyAsLong((Long) a, (Long) b);
            }
            case I32 -> {
                IntBinaryOperator g = i32(op, strict);
                yield (a, b) -> g.applyAsInt((Integer) a, (Integer) b);
            }
            case BOOL -> {
                BoolOp g = bool(op);
                yield (a, b) -> g.apply((Boolean) a, (Boolean) b);
            }
        };
    }

    private static DoubleBinaryOperator f64(BinaryOp op, boolean s) {
        return switch (op) {
            case ADD -> (x, y) -> x + y;
            case SUB -> (x, y) -> x - y;
            case MUL -> (x, y) -> x * y;
            case DIV -> (x, y) -> x / y;
            case REM -> (x, y) -> x % y;
            case MIN -> s ? StrictMath::min : Math::min;
            case MAX -> s ? StrictMath::max : Math::max;
            case POW -> s ? StrictMath::pow : Math::pow;
            case ATAN2 -> s ? StrictMath::atan2 : Math::atan2;
            case HYPOT -> s ? StrictMath::hypot : Math::hypot;
            case COPYSIGN -> s ? StrictMath::copySign : Math::copySign;
            case AND, OR, XOR, SHL, SHR, USHR -> throw unsupported(op, DType.F64);
        };
    }

    private static FloatOp f32(BinaryOp op, boolean s) {
        return switch (op) {
            case ADD -> (x, y) -> x + y;
            case SUB -> (x, y) -> x - y;
            case MUL -> (x, y) -> x * y;
            case DIV -> (x, y) -> x / y;
            case REM -> (x, y) -> x % y;
            case MIN -> s ? StrictMath::min : Math::min;
            case MAX -> s ? StrictMath::max : Math::max;
            case COPYSIGN -> s ? StrictMath::copySign : Math::copySign;
            case AND, OR, XOR, SHL, SHR, USHR, POW, ATAN2, HYPOT -> throw unsupported(op, DType.F32);
        };
    }

    private static LongBinaryOperator i64(BinaryOp op, boolean s) {
        return switch (op) {
            case ADD -> (x, y) -> x + y;
            case SUB -> (x, y) -> x - y;
            case MUL -> (x, y) -> x * y;
            case DIV -> (x, y) -> x / y;
            case REM -> (x, y) -> x % y;
            case AND -> (x, y) -> x & y;
            case OR -> (x, y) -> x | y;
            case XOR -> (x, y) -> x ^ y;
            case MIN -> s ? StrictMath::min : Math::min;
            case MAX -> s ? StrictMath::max : Math::max;
            case SHL, SHR, USHR, POW, ATAN2, HYPOT, COPYSIGN -> throw unsupported(op, DType.I64);
        };
    }

    /** A long shifted by an int count (Java masks it to 6 bits). */
    private static BinaryOperator<Object> shiftI64(BinaryOp op) {
        return switch (op) {
            case SHL -> (a, b) -> (Long) a << (Integer) b;
            case SHR -> (a, b) -> (Long) a >> (Integer) b;
            case USHR -> (a, b) -> (Long) a >>> (Integer) b;
            case ADD, SUB, MUL, DIV, REM, AND, OR, XOR, MIN, MAX, POW, ATAN2, HYPOT, COPYSIGN -> throw unsupported(op, DType.I64);
        };
    }

    private static IntBinaryOperator i32(BinaryOp op, boolean s) {
        return switch (op) {
            case ADD -> (x, y) -> x + y;
            case SUB -> (x, y) -> x - y;
            case MUL -> (x, y) -> x * y;
            case DIV -> (x, y) -> x / y;
            case REM -> (x, y) -> x % y;
            case AND -> (x, y) -> x & y;
            case OR -> (x, y) -> x | y;
            case XOR -> (x, y) -> x ^ y;
            case SHL -> (x, y) -> x << y;
            case SHR -> (x, y) -> x >> y;
            case USHR -> (x, y) -> x >>> y;
            case MIN -> s ? StrictMath::min : Math::min;
            case MAX -> s ? StrictMath::max : Math::max;
            case POW, ATAN2, HYPOT, COPYSIGN -> throw unsupported(op, DType.I32);
        };
    }

    /** Java's non-short-circuit {@code &}, {@code |}, {@code ^} on booleans. */
    private static BoolOp bool(BinaryOp op) {
        return switch (op) {
            case AND -> (x, y) -> x & y;
            case OR -> (x, y) -> x | y;
            case XOR -> (x, y) -> x ^ y;
            case ADD, SUB, MUL, DIV, REM, SHL, SHR, USHR, MIN, MAX, POW, ATAN2, HYPOT, COPYSIGN -> throw unsupported(op, DType.BOOL);
        };
    }
}
