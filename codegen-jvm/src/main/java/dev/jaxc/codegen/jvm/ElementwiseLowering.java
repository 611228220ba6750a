package dev.jaxc.codegen.jvm;

import static org.objectweb.asm.Opcodes.*;

import dev.jaxc.ir.DType;
import dev.jaxc.ir.Op;
import dev.jaxc.ir.Type;
import dev.jaxc.ir.prim.*;
import org.objectweb.asm.Label;
import org.objectweb.asm.MethodVisitor;

/**
 * Scalar ops as javac compiles the Java they come from: the arithmetic instruction of the
 * operand type, {@code Math}/{@code StrictMath} with the overload of the dtype, {@code dcmpl}
 * or {@code dcmpg} chosen so that NaN makes every ordered comparison false, booleans as 0/1.
 * Operands are on the stack when these run (see {@link StackPlanner.StackInputs}).
 */
final class ElementwiseLowering {
    private ElementwiseLowering() {}

    static void pushConst(MethodVisitor mv, Const c) {
        switch (c.dtype()) {
            case I32, BOOL -> pushInt(mv, c.asInt());
            case I64 -> {
                long v = c.asLong();
                if (v == 0 || v == 1) mv.visitInsn(LCONST_0 + (int) v);
                else mv.visitLdcInsn(v);
            }
            case F32 -> {
                int bits = Float.floatToRawIntBits(c.asFloat());
                if (bits == 0) mv.visitInsn(FCONST_0);
                else if (c.asFloat() == 1.0f) mv.visitInsn(FCONST_1);
                else if (c.asFloat() == 2.0f) mv.visitInsn(FCONST_2);
                else mv.visitLdcInsn(c.asFloat());
            }
            case F64 -> {
                if (c.bits() == 0) mv.visitInsn(DCONST_0);
                else if (c.asDouble() == 1.0) mv.visitInsn(DCONST_1);
                else mv.visitLdcInsn(c.asDouble());
            }
        }
    }

    static void pushInt(MethodVisitor mv, int v) {
        if (v >= -1 && v <= 5) mv.visitInsn(ICONST_0 + v);
        else if (v >= Byte.MIN_VALUE && v <= Byte.MAX_VALUE) mv.visitIntInsn(BIPUSH, v);
        else if (v >= Short.MIN_VALUE && v <= Short.MAX_VALUE) mv.visitIntInsn(SIPUSH, v);
        else mv.visitLdcInsn(v);
    }

    private static org.objectweb.asm.Type arith(DType d) {
        return d == DType.BOOL ? org.objectweb.asm.Type.INT_TYPE : JvmTypes.asm(Type.scalar(d));
    }

    static void unary(MethodVisitor mv, Unary p, DType d) {
        switch (p.op()) {
            case NEG -> mv.visitInsn(arith(d).getOpcode(INEG));
            case NOT -> {
                mv.visitInsn(ICONST_1);
                mv.visitInsn(IXOR);
            }
            case BIT_NOT -> {
                if (d == DType.I64) {
                    mv.visitLdcInsn(-1L);
                    mv.visitInsn(LXOR);
                } else {
                    mv.visitInsn(ICONST_M1);
                    mv.visitInsn(IXOR);
                }
            }
            default -> math(mv, p.strict(), mathName(p.op()), d, 1);
        }
    }

    private static String mathName(UnaryOp op) {
        return switch (op) {
            case NEG, NOT, BIT_NOT -> throw new IllegalArgumentException(op + " is an operator");
            case SIN -> "sin";
            case COS -> "cos";
            case TAN -> "tan";
            case ASIN -> "asin";
            case ACOS -> "acos";
            case ATAN -> "atan";
            case SINH -> "sinh";
            case COSH -> "cosh";
            case TANH -> "tanh";
            case EXP -> "exp";
            case EXPM1 -> "expm1";
            case LOG -> "log";
            case LOG1P -> "log1p";
            case LOG10 -> "log10";
            case SQRT -> "sqrt";
            case CBRT -> "cbrt";
            case ABS -> "abs";
            case FLOOR -> "floor";
            case CEIL -> "ceil";
            case RINT -> "rint";
            case SIGNUM -> "signum";
        };
    }

    static void binary(MethodVisitor mv, Binary p, DType d) {
        org.objectweb.asm.Type t = arith(d);
        switch (p.op()) {
            case ADD -> mv.visitInsn(t.getOpcode(IADD));
            case SUB -> mv.visitInsn(t.getOpcode(ISUB));
            case MUL -> mv.visitInsn(t.getOpcode(IMUL));
            case DIV -> mv.visitInsn(t.getOpcode(IDIV));
            case REM -> mv.visitInsn(t.getOpcode(IREM));
            case AND -> mv.visitInsn(t.getOpcode(IAND));
            case OR -> mv.visitInsn(t.getOpcode(IOR));
            case XOR -> mv.visitInsn(t.getOpcode(IXOR));
            case SHL -> mv.visitInsn(t.getOpcode(ISHL));
            case SHR -> mv.visitInsn(t.getOpcode(ISHR));
            case USHR -> mv.visitInsn(t.getOpcode(IUSHR));
            case MIN -> math(mv, p.strict(), "min", d, 2);
            case MAX -> math(mv, p.strict(), "max", d, 2);
            case POW -> math(mv, p.strict(), "pow", d, 2);
            case ATAN2 -> math(mv, p.strict(), "atan2", d, 2);
            case HYPOT -> math(mv, p.strict(), "hypot", d, 2);
            case COPYSIGN -> math(mv, p.strict(), "copySign", d, 2);
        }
    }

    /** {@code Math.name(T[,T])T} with T the dtype's Java type. */
    private static void math(MethodVisitor mv, boolean strict, String name, DType d, int arity) {
        String t = JvmTypes.descriptor(d);
        mv.visitMethodInsn(INVOKESTATIC, strict ? "java/lang/StrictMath" : "java/lang/Math", name,
                "(" + t.repeat(arity) + ")" + t, false);
    }

    static void convert(MethodVisitor mv, DType from, DType to) {
        if (from == to) return;
        int op = switch (from) {
            case I32 -> to == DType.I64 ? I2L : to == DType.F32 ? I2F : I2D;
            case I64 -> to == DType.I32 ? L2I : to == DType.F32 ? L2F : L2D;
            case F32 -> to == DType.I32 ? F2I : to == DType.I64 ? F2L : F2D;
            case F64 -> to == DType.I32 ? D2I : to == DType.I64 ? D2L : D2F;
            case BOOL -> throw new IllegalArgumentException("convert from bool");
        };
        mv.visitInsn(op);
    }

    // ---- comparisons ----------------------------------------------------------------------

    /**
     * The part of a comparison before its conditional jump: nothing for int and boolean,
     * {@code lcmp} for long, and for floating point {@code dcmpg}/{@code fcmpg} under {@code <}
     * and {@code <=} (NaN gives 1) and {@code dcmpl}/{@code fcmpl} otherwise (NaN gives -1), as
     * javac does.
     */
    static void compareHead(MethodVisitor mv, CmpOp op, DType d) {
        boolean g = op == CmpOp.LT || op == CmpOp.LE;
        switch (d) {
            case I32, BOOL -> { }
            case I64 -> mv.visitInsn(LCMP);
            case F32 -> mv.visitInsn(g ? FCMPG : FCMPL);
            case F64 -> mv.visitInsn(g ? DCMPG : DCMPL);
        }
    }

    /** The conditional jump after {@link #compareHead}: taken when the comparison is {@code whenTrue}. */
    static void compareJump(MethodVisitor mv, CmpOp op, DType d, boolean whenTrue, Label target) {
        CmpOp c = whenTrue ? op : negate(op);
        boolean ints = d == DType.I32 || d == DType.BOOL;
        int opcode = switch (c) {
            case EQ -> ints ? IF_ICMPEQ : IFEQ;
            case NE -> ints ? IF_ICMPNE : IFNE;
            case LT -> ints ? IF_ICMPLT : IFLT;
            case GE -> ints ? IF_ICMPGE : IFGE;
            case GT -> ints ? IF_ICMPGT : IFGT;
            case LE -> ints ? IF_ICMPLE : IFLE;
        };
        mv.visitJumpInsn(opcode, target);
    }

    static CmpOp negate(CmpOp op) {
        return switch (op) {
            case EQ -> CmpOp.NE;
            case NE -> CmpOp.EQ;
            case LT -> CmpOp.GE;
            case GE -> CmpOp.LT;
            case GT -> CmpOp.LE;
            case LE -> CmpOp.GT;
        };
    }

    /** A comparison as a 0/1 boolean: {@code cmp; ifFalse L1; iconst_1; goto L2; L1: iconst_0; L2:}. */
    static void compareValue(MethodVisitor mv, CmpOp op, DType d) {
        Label f = new Label(), end = new Label();
        compareHead(mv, op, d);
        compareJump(mv, op, d, false, f);
        mv.visitInsn(ICONST_1);
        mv.visitJumpInsn(GOTO, end);
        mv.visitLabel(f);
        mv.visitInsn(ICONST_0);
        mv.visitLabel(end);
    }

    static Compare compareOf(Op op) { return (Compare) op.prim(); }
}
