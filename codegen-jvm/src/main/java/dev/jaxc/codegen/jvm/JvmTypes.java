package dev.jaxc.codegen.jvm;

import dev.jaxc.ir.DType;
import dev.jaxc.ir.Type;
import java.util.List;
import org.objectweb.asm.Opcodes;

/** IR types as JVM types: descriptors, slot sizes and the per-type opcode variants. */
final class JvmTypes {
    private JvmTypes() {}

    static String descriptor(DType d) {
        return switch (d) {
            case F64 -> "D";
            case F32 -> "F";
            case I64 -> "J";
            case I32 -> "I";
            case BOOL -> "Z";
        };
    }

    /** {@code D}, {@code [[I}: Java's type for an IR type. */
    static String descriptor(Type t) { return "[".repeat(t.rank()) + descriptor(t.dtype()); }

    static org.objectweb.asm.Type asm(Type t) { return org.objectweb.asm.Type.getType(descriptor(t)); }

    /** The operand of {@code checkcast}/{@code anewarray} and the owner of {@code clone} for an array type. */
    static String internalName(Type array) { return descriptor(array); }

    static int size(Type t) { return t.isScalar() && (t.dtype() == DType.F64 || t.dtype() == DType.I64) ? 2 : 1; }

    static int load(Type t) { return asm(t).getOpcode(Opcodes.ILOAD); }

    static int store(Type t) { return asm(t).getOpcode(Opcodes.ISTORE); }

    static int ret(Type t) { return asm(t).getOpcode(Opcodes.IRETURN); }

    /** {@code daload}, {@code baload} (boolean arrays), {@code aaload} for rows. */
    static int arrayLoad(Type element) { return asm(element).getOpcode(Opcodes.IALOAD); }

    static int arrayStore(Type element) { return asm(element).getOpcode(Opcodes.IASTORE); }

    static int pop(Type t) { return size(t) == 2 ? Opcodes.POP2 : Opcodes.POP; }

    /** The {@code newarray} operand for a primitive element type. */
    static int newarrayOperand(DType d) {
        return switch (d) {
            case F64 -> Opcodes.T_DOUBLE;
            case F32 -> Opcodes.T_FLOAT;
            case I64 -> Opcodes.T_LONG;
            case I32 -> Opcodes.T_INT;
            case BOOL -> Opcodes.T_BOOLEAN;
        };
    }

    static String methodDescriptor(List<Type> params, String returnDescriptor) {
        StringBuilder sb = new StringBuilder("(");
        for (Type t : params) sb.append(descriptor(t));
        return sb.append(')').append(returnDescriptor).toString();
    }
}
