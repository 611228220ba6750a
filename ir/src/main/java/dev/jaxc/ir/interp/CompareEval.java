package dev.jaxc.ir.interp;

import dev.jaxc.ir.DType;
import dev.jaxc.ir.prim.CmpOp;
import java.util.function.BinaryOperator;

/**
 * Java's comparison operators on unboxed operands: ordered comparisons with NaN are false,
 * {@code NaN != NaN}, {@code -0.0 == 0.0}.
 */
final class CompareEval {
    private CompareEval() {}

    static BinaryOperator<Object> of(CmpOp op, DType d) {
        return switch (d) {
            case F64 -> switch (op) {
                case EQ -> (a, b) -> (double) (Double) a == (double) (Double) b;
                case NE -> (a, b) -> (double) (Double) a != (double) (Double) b;
                case LT -> (a, b) -> (double) (Double) a < (double) (Double) b;
                case LE -> (a, b) -> (double) (Double) a <= (double) (Double) b;
                case GT -> (a, b) -> (double) (Double) a > (double) (Double) b;
                case GE -> (a, b) -> (double) (Double) a >= (double) (Double) b;
            };
            case F32 -> switch (op) {
                case EQ -> (a, b) -> (float) (Float) a == (float) (Float) b;
                case NE -> (a, b) -> (float) (Float) a != (float) (Float) b;
                case LT -> (a, b) -> (float) (Float) a < (float) (Float) b;
                case LE -> (a, b) -> (float) (Float) a <= (float) (Float) b;
                case GT -> (a, b) -> (float) (Float) a > (float) (Float) b;
                case GE -> (a, b) -> (float) (Float) a >= (float) (Float) b;
            };
            case I64 -> switch (op) {
                case EQ -> (a, b) -> (long) (Long) a == (long) (Long) b;
                case NE -> (a, b) -> (long) (Long) a != (long) (Long) b;
                case LT -> (a, b) -> (long) (Long) a < (long) (Long) b;
                case LE -> (a, b) -> (long) (Long) a <= (long) (Long) b;
                case GT -> (a, b) -> (long) (Long) a > (long) (Long) b;
                case GE -> (a, b) -> (long) (Long) a >= (long) (Long) b;
            };
            case I32 -> switch (op) {
                case EQ -> (a, b) -> (int) (Integer) a == (int) (Integer) b;
                case NE -> (a, b) -> (int) (Integer) a != (int) (Integer) b;
                case LT -> (a, b) -> (int) (Integer) a < (int) (Integer) b;
                case LE -> (a, b) -> (int) (Integer) a <= (int) (Integer) b;
                case GT -> (a, b) -> (int) (Integer) a > (int) (Integer) b;
                case GE -> (a, b) -> (int) (Integer) a >= (int) (Integer) b;
            };
            case BOOL -> switch (op) {
                case EQ -> (a, b) -> (boolean) (Boolean) a == (boolean) (Boolean) b;
                case NE -> (a, b) -> (boolean) (Boolean) a != (boolean) (Boolean) b;
                case LT, LE, GT, GE -> throw UnaryEval.unsupported(op, d);
            };
        };
    }
}
