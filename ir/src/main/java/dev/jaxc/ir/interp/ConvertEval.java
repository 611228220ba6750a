package dev.jaxc.ir.interp;

import dev.jaxc.ir.DType;
import java.util.function.UnaryOperator;

/**
 * Java's primitive casts, each directly from the source type (never through double: a
 * long → float cast rounds once). Float → int/long saturates and maps NaN to 0.
 */
final class ConvertEval {
    private ConvertEval() {}

    static UnaryOperator<Object> of(DType from, DType to) {
        return switch (from) {
            case F64 -> switch (to) {
                case F64 -> a -> a;
                case F32 -> a -> (float) (double) (Double) a;
                case I64 -> a -> (long) (double) (Double) a;
                case I32 -> a -> (int) (double) (Double) a;
                case BOOL -> throw UnaryEval.unsupported("convert." + to.irName(), from);
            };
            case F32 -> switch (to) {
                case F64 -> a -> (double) (float) (Float) a;
                case F32 -> a -> a;
                case I64 -> a -> (long) (float) (Float) a;
                case I32 -> a -> (int) (float) (Float) a;
                case BOOL -> throw UnaryEval.unsupported("convert." + to.irName(), from);
            };
            case I64 -> switch (to) {
                case F64 -> a -> (double) (long) (Long) a;
                case F32 -> a -> (float) (long) (Long) a;
                case I64 -> a -> a;
                case I32 -> a -> (int) (long) (Long) a;
                case BOOL -> throw UnaryEval.unsupported("convert." + to.irName(), from);
            };
            case I32 -> switch (to) {
                case F64 -> a -> (double) (int) (Integer) a;
                case F32 -> a -> (float) (int) (Integer) a;
                case I64 -> a -> (long) (int) (Integer) a;
                case I32 -> a -> a;
                case BOOL -> throw UnaryEval.unsupported("convert." + to.irName(), from);
            };
            case BOOL -> throw UnaryEval.unsupported("convert." + to.irName(), from);
        };
    }
}
