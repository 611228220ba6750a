package dev.jaxc.ir.interp;

import dev.jaxc.ir.DType;
import dev.jaxc.ir.prim.CmpOp;

/** Java's comparison operators on primitives. */
final class CompareRef {
    private CompareRef() {}

    static boolean eval(CmpOp op, DType d, Object a, Object b) {
        switch (d) {
            case F64: {
                double x = (Double) a, y = (Double) b;
                return switch (op) { case EQ -> x == y; case NE -> x != y; case LT -> x < y; case LE -> x <= y; case GT -> x > y; case GE -> x >= y; };
            }
            case F32: {
                float x = (Float) a, y = (Float) b;
                return switch (op) { case EQ -> x == y; case NE -> x != y; case LT -> x < y; case LE -> x <= y; case GT -> x > y; case GE -> x >= y; };
            }
            case I64: {
                long x = (Long) a, y = (Long) b;
                return switch (op) { case EQ -> x == y; case NE -> x != y; case LT -> x < y; case LE -> x <= y; case GT -> x > y; case GE -> x >= y; };
            }
            case I32: {
                int x = (Integer) a, y = (Integer) b;
                return switch (op) { case EQ -> x == y; case NE -> x != y; case LT -> x < y; case LE -> x <= y; case GT -> x > y; case GE -> x >= y; };
            }
            default: {
                boolean x = (Boolean) a, y = (Boolean) b;
                if (op == CmpOp.EQ) return x == y;
                if (op == CmpOp.NE) return x != y;
                throw new AssertionError(op + " on bool");
            }
        }
    }
}
