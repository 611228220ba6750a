package dev.jaxc.codegen.jvm;

import dev.jaxc.ir.DType;
import dev.jaxc.ir.prim.BinaryOp;
import dev.jaxc.ir.prim.CmpOp;
import dev.jaxc.ir.prim.UnaryOp;

/** The Java expressions the scalar primitives stand for, written out by hand as the reference. */
final class JavaOps {
    private JavaOps() {}

    static Object unary(UnaryOp op, boolean strict, Object x) {
        if (x instanceof Double d) return strict ? strictD(op, d) : unaryD(op, d);
        if (x instanceof Float f) {
            return switch (op) {
                case NEG -> -f;
                case ABS -> strict ? StrictMath.abs(f) : Math.abs(f);
                case SIGNUM -> strict ? StrictMath.signum(f) : Math.signum(f);
                default -> throw new IllegalArgumentException(op + " on float");
            };
        }
        if (x instanceof Long l) {
            return switch (op) {
                case NEG -> -l;
                case BIT_NOT -> ~l;
                case ABS -> strict ? StrictMath.abs(l) : Math.abs(l);
                default -> throw new IllegalArgumentException(op + " on long");
            };
        }
        if (x instanceof Integer i) {
            return switch (op) {
                case NEG -> -i;
                case BIT_NOT -> ~i;
                case ABS -> strict ? StrictMath.abs(i) : Math.abs(i);
                default -> throw new IllegalArgumentException(op + " on int");
            };
        }
        if (op == UnaryOp.NOT) return !(Boolean) x;
        throw new IllegalArgumentException(op + " on " + x);
    }

    private static double unaryD(UnaryOp op, double x) {
        return switch (op) {
            case NEG -> -x;
            case SIN -> Math.sin(x);
            case COS -> Math.cos(x);
            case TAN -> Math.tan(x);
            case ASIN -> Math.asin(x);
            case ACOS -> Math.acos(x);
            case ATAN -> Math.atan(x);
            case SINH -> Math.sinh(x);
            case COSH -> Math.cosh(x);
            case TANH -> Math.tanh(x);
            case EXP -> Math.exp(x);
            case EXPM1 -> Math.expm1(x);
            case LOG -> Math.log(x);
            case LOG1P -> Math.log1p(x);
            case LOG10 -> Math.log10(x);
            case SQRT -> Math.sqrt(x);
            case CBRT -> Math.cbrt(x);
            case ABS -> Math.abs(x);
            case FLOOR -> Math.floor(x);
            case CEIL -> Math.ceil(x);
            case RINT -> Math.rint(x);
            case SIGNUM -> Math.signum(x);
            case NOT, BIT_NOT -> throw new IllegalArgumentException(op + " on double");
        };
    }

    private static double strictD(UnaryOp op, double x) {
        return switch (op) {
            case SIN -> StrictMath.sin(x);
            case COS -> StrictMath.cos(x);
            case TAN -> StrictMath.tan(x);
            case ASIN -> StrictMath.asin(x);
            case ACOS -> StrictMath.acos(x);
            case ATAN -> StrictMath.atan(x);
            case SINH -> StrictMath.sinh(x);
            case COSH -> StrictMath.cosh(x);
            case TANH -> StrictMath.tanh(x);
            case EXP -> StrictMath.exp(x);
            case EXPM1 -> StrictMath.expm1(x);
            case LOG -> StrictMath.log(x);
            case LOG1P -> StrictMath.log1p(x);
            case LOG10 -> StrictMath.log10(x);
            case SQRT -> StrictMath.sqrt(x);
            case CBRT -> StrictMath.cbrt(x);
            case ABS -> StrictMath.abs(x);
            case FLOOR -> StrictMath.floor(x);
            case CEIL -> StrictMath.ceil(x);
            case RINT -> StrictMath.rint(x);
            case SIGNUM -> StrictMath.signum(x);
            case NEG, NOT, BIT_NOT -> throw new IllegalArgumentException(op + " is not a function");
        };
    }

    static Object binary(BinaryOp op, boolean strict, Object x, Object y) {
        if (x instanceof Double a) {
            double b = (Double) y;
            return switch (op) {
                case ADD -> a + b;
                case SUB -> a - b;
                case MUL -> a * b;
                case DIV -> a / b;
                case REM -> a % b;
                case MIN -> strict ? StrictMath.min(a, b) : Math.min(a, b);
                case MAX -> strict ? StrictMath.max(a, b) : Math.max(a, b);
                case POW -> strict ? StrictMath.pow(a, b) : Math.pow(a, b);
                case ATAN2 -> strict ? StrictMath.atan2(a, b) : Math.atan2(a, b);
                case HYPOT -> strict ? StrictMath.hypot(a, b) : Math.hypot(a, b);
                case COPYSIGN -> strict ? StrictMath.copySign(a, b) : Math.copySign(a, b);
                default -> throw new IllegalArgumentException(op + " on double");
            };
        }
        if (x instanceof Float a) {
            float b = (Float) y;
            return switch (op) {
                case ADD -> a + b;
                case SUB -> a - b;
                case MUL -> a * b;
                case DIV -> a / b;
                case REM -> a % b;
                case MIN -> strict ? StrictMath.min(a, b) : Math.min(a, b);
                case MAX -> strict ? StrictMath.max(a, b) : Math.max(a, b);
                case COPYSIGN -> strict ? StrictMath.copySign(a, b) : Math.copySign(a, b);
                default -> throw new IllegalArgumentException(op + " on float");
            };
        }
        if (x instanceof Long a) {
            if (y instanceof Integer s) {
                return switch (op) {
                    case SHL -> a << s;
                    case SHR -> a >> s;
                    case USHR -> a >>> s;
                    default -> throw new IllegalArgumentException(op + " with int count");
                };
            }
            long b = (Long) y;
            return switch (op) {
                case ADD -> a + b;
                case SUB -> a - b;
                case MUL -> a * b;
                case DIV -> a / b;
                case REM -> a % b;
                case AND -> a & b;
                case OR -> a | b;
                case XOR -> a ^ b;
                case MIN -> strict ? StrictMath.min(a, b) : Math.min(a, b);
                case MAX -> strict ? StrictMath.max(a, b) : Math.max(a, b);
                default -> throw new IllegalArgumentException(op + " on long");
            };
        }
        if (x instanceof Integer a) {
            int b = (Integer) y;
            return switch (op) {
                case ADD -> a + b;
                case SUB -> a - b;
                case MUL -> a * b;
                case DIV -> a / b;
                case REM -> a % b;
                case AND -> a & b;
                case OR -> a | b;
                case XOR -> a ^ b;
                case SHL -> a << b;
                case SHR -> a >> b;
                case USHR -> a >>> b;
                case MIN -> strict ? StrictMath.min(a, b) : Math.min(a, b);
                case MAX -> strict ? StrictMath.max(a, b) : Math.max(a, b);
                default -> throw new IllegalArgumentException(op + " on int");
            };
        }
        boolean a = (Boolean) x, b = (Boolean) y;
        return switch (op) {
            case AND -> a & b;
            case OR -> a | b;
            case XOR -> a ^ b;
            default -> throw new IllegalArgumentException(op + " on boolean");
        };
    }

    static boolean compare(CmpOp op, Object x, Object y) {
        if (x instanceof Double a) {
            double b = (Double) y;
            return switch (op) {
                case EQ -> a == b;
                case NE -> a != b;
                case LT -> a < b;
                case LE -> a <= b;
                case GT -> a > b;
                case GE -> a >= b;
            };
        }
        if (x instanceof Float a) {
            float b = (Float) y;
            return switch (op) {
                case EQ -> a == b;
                case NE -> a != b;
                case LT -> a < b;
                case LE -> a <= b;
                case GT -> a > b;
                case GE -> a >= b;
            };
        }
        if (x instanceof Long a) {
            long b = (Long) y;
            return switch (op) {
                case EQ -> a == b;
                case NE -> a != b;
                case LT -> a < b;
                case LE -> a <= b;
                case GT -> a > b;
                case GE -> a >= b;
            };
        }
        if (x instanceof Integer a) {
            int b = (Integer) y;
            return switch (op) {
                case EQ -> a == b;
                case NE -> a != b;
                case LT -> a < b;
                case LE -> a <= b;
                case GT -> a > b;
                case GE -> a >= b;
            };
        }
        boolean a = (Boolean) x, b = (Boolean) y;
        return switch (op) {
            case EQ -> a == b;
            case NE -> a != b;
            default -> throw new IllegalArgumentException(op + " on boolean");
        };
    }

    static Object convert(Object x, DType to) {
        if (x instanceof Double d) {
            return switch (to) {
                case F64 -> d;
                case F32 -> (float) (double) d;
                case I64 -> (long) (double) d;
                case I32 -> (int) (double) d;
                case BOOL -> throw new IllegalArgumentException();
            };
        }
        if (x instanceof Float f) {
            return switch (to) {
                case F64 -> (double) f;
                case F32 -> f;
                case I64 -> (long) (float) f;
                case I32 -> (int) (float) f;
                case BOOL -> throw new IllegalArgumentException();
            };
        }
        if (x instanceof Long l) {
            return switch (to) {
                case F64 -> (double) l;
                case F32 -> (float) l;
                case I64 -> l;
                case I32 -> (int) (long) l;
                case BOOL -> throw new IllegalArgumentException();
            };
        }
        int i = (Integer) x;
        return switch (to) {
            case F64 -> (double) i;
            case F32 -> (float) i;
            case I64 -> (long) i;
            case I32 -> i;
            case BOOL -> throw new IllegalArgumentException();
        };
    }
}
