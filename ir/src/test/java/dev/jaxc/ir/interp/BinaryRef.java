package dev.jaxc.ir.interp;

import dev.jaxc.ir.DType;
import dev.jaxc.ir.prim.BinaryOp;

/** What Java computes for each binary op (shift counts are ints). */
final class BinaryRef {
    private BinaryRef() {}

    static Object eval(BinaryOp op, DType d, boolean s, Object a, Object b) {
        switch (d) {
            case F64: {
                double x = (Double) a, y = (Double) b;
                switch (op) {
                    case ADD: return x + y;
                    case SUB: return x - y;
                    case MUL: return x * y;
                    case DIV: return x / y;
                    case REM: return x % y;
                    case MIN: return s ? StrictMath.min(x, y) : Math.min(x, y);
                    case MAX: return s ? StrictMath.max(x, y) : Math.max(x, y);
                    case POW: return s ? StrictMath.pow(x, y) : Math.pow(x, y);
                    case ATAN2: return s ? StrictMath.atan2(x, y) : Math.atan2(x, y);
                    case HYPOT: return s ? StrictMath.hypot(x, y) : Math.hypot(x, y);
                    case COPYSIGN: return s ? StrictMath.copySign(x, y) : Math.copySign(x, y);
                    default: break;
                }
                break;
            }
            case F32: {
                float x = (Float) a, y = (Float) b;
                switch (op) {
                    case ADD: return x + y;
                    case SUB: return x - y;
                    case MUL: return x * y;
                    case DIV: return x / y;
                    case REM: return x % y;
                    case MIN: return s ? StrictMath.min(x, y) : Math.min(x, y);
                    case MAX: return s ? StrictMath.max(x, y) : Math.max(x, y);
                    case COPYSIGN: return s ? StrictMath.copySign(x, y) : Math.copySign(x, y);
                    default: break;
                }
                break;
            }
            case I64: {
                long x = (Long) a;
                switch (op) {
                    case SHL: return x << (Integer) b;
                    case SHR: return x >> (Integer) b;
                    case USHR: return x >>> (Integer) b;
                    default: break;
                }
                long y = (Long) b;
                switch (op) {
                    case ADD: return x + y;
                    case SUB: return x - y;
                    case MUL: return x * y;
                    case DIV: return x / y;
                    case REM: return x % y;
                    case AND: return x & y;
                    case OR: return x | y;
                    case XOR: return x ^ y;
                    case MIN: return s ? StrictMath.min(x, y) : Math.min(x, y);
                    case MAX: return s ? StrictMath.max(x, y) : Math.max(x, y);
                    default: break;
                }
                break;
            }
            case I32: {
                int x = (Integer) a, y = (Integer) b;
                switch (op) {
                    case ADD: return x + y;
                    case SUB: return x - y;
                    case MUL: return x * y;
                    case DIV: return x / y;
                    case REM: return x % y;
                    case AND: return x & y;
                    case OR: return x | y;
                    case XOR: return x ^ y;
                    case SHL: return x << y;
                    case SHR: return x >> y;
                    case USHR: return x >>> y;
                    case MIN: return s ? StrictMath.min(x, y) : Math.min(x, y);
                    case MAX: return s ? StrictMath.max(x, y) : Math.max(x, y);
                    default: break;
                }
                break;
            }
            case BOOL: {
                boolean x = (Boolean) a, y = (Boolean) b;
                switch (op) {
                    case AND: return x & y;
                    case OR: return x | y;
                    case XOR: return x ^ y;
                    default: break;
                }
                break;
            }
        }
        throw new AssertionError(op + " on " + d);
    }
}
