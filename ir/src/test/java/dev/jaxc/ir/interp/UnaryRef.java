package dev.jaxc.ir.interp;

import dev.jaxc.ir.DType;
import dev.jaxc.ir.prim.UnaryOp;

/** What Java computes for each unary op: the plain expression a Java program would contain. */
final class UnaryRef {
    private UnaryRef() {}

    static Object eval(UnaryOp op, DType d, boolean s, Object a) {
        switch (d) {
            case F64: {
                double x = (Double) a;
                switch (op) {
                    case NEG: return -x;
                    case SIN: return s ? StrictMath.sin(x) : Math.sin(x);
                    case COS: return s ? StrictMath.cos(x) : Math.cos(x);
                    case TAN: return s ? StrictMath.tan(x) : Math.tan(x);
                    case ASIN: return s ? StrictMath.asin(x) : Math.asin(x);
                    case ACOS: return s ? StrictMath.acos(x) : Math.acos(x);
                    case ATAN: return s ? StrictMath.atan(x) : Math.atan(x);
                    case SINH: return s ? StrictMath.sinh(x) : Math.sinh(x);
                    case COSH: return s ? StrictMath.cosh(x) : Math.cosh(x);
                    case TANH: return s ? StrictMath.tanh(x) : Math.tanh(x);
                    case EXP: return s ? StrictMath.exp(x) : Math.exp(x);
                    case EXPM1: return s ? StrictMath.expm1(x) : Math.expm1(x);
                    case LOG: return s ? StrictMath.log(x) : Math.log(x);
                    case LOG1P: return s ? StrictMath.log1p(x) : Math.log1p(x);
                    case LOG10: return s ? StrictMath.log10(x) : Math.log10(x);
                    case SQRT: return s ? StrictMath.sqrt(x) : Math.sqrt(x);
                    case CBRT: return s ? StrictMath.cbrt(x) : Math.cbrt(x);
                    case ABS: return s ? StrictMath.abs(x) : Math.abs(x);
                    case FLOOR: return s ? StrictMath.floor(x) : Math.floor(x);
                    case CEIL: return s ? StrictMath.ceil(x) : Math.ceil(x);
                    case RINT: return s ? StrictMath.rint(x) : Math.rint(x);
                    case SIGNUM: return s ? StrictMath.signum(x) : Math.signum(x);
                    default: break;
                }
                break;
            }
            case F32: {
                float x = (Float) a;
                switch (op) {
                    case NEG: return -x;
                    case ABS: return s ? StrictMath.abs(x) : Math.abs(x);
                    case SIGNUM: return s ? StrictMath.signum(x) : Math.signum(x);
                    default: break;
                }
                break;
            }
            case I64: {
                long x = (Long) a;
                switch (op) {
                    case NEG: return -x;
                    case BIT_NOT: return ~x;
                    case ABS: return s ? StrictMath.abs(x) : Math.abs(x);
                    default: break;
                }
                break;
            }
            case I32: {
                int x = (Integer) a;
                switch (op) {
                    case NEG: return -x;
                    case BIT_NOT: return ~x;
                    case ABS: return s ? StrictMath.abs(x) : Math.abs(x);
                    default: break;
                }
                break;
            }
            case BOOL:
                if (op == UnaryOp.NOT) return !(Boolean) a;
                break;
        }
        throw new AssertionError(op + " on " + d);
    }
}
