package dev.jaxc.codegen.jvm;

import static org.objectweb.asm.Opcodes.*;

import dev.jaxc.ir.Type;
import org.objectweb.asm.ClassVisitor;
import org.objectweb.asm.Label;
import org.objectweb.asm.MethodVisitor;

/**
 * Private helpers {@code jaxc$deepCopy(T[][]) } that copy an array and all its rows (null
 * stays null), used before a loop that writes 2+-index elements of a carry it does not own.
 */
final class DeepCopyEmitter {
    static final String NAME = "jaxc$deepCopy";

    private DeepCopyEmitter() {}

    /** One helper for array type t (rank ≥ 2); rows of rank ≥ 2 go through their own helper. */
    static void emit(ClassVisitor cv, String owner, Type t) {
        String d = JvmTypes.descriptor(t);
        MethodVisitor mv = cv.visitMethod(ACC_PRIVATE | ACC_STATIC | ACC_SYNTHETIC, NAME, "(" + d + ")" + d, null, null);
        mv.visitCode();
        Label nonNull = new Label(), top = new Label(), end = new Label();
        mv.visitVarInsn(ALOAD, 0);
        mv.visitJumpInsn(IFNONNULL, nonNull);
        mv.visitInsn(ACONST_NULL);
        mv.visitInsn(ARETURN);
        mv.visitLabel(nonNull);
        mv.visitVarInsn(ALOAD, 0);
        mv.visitMethodInsn(INVOKEVIRTUAL, d, "clone", "()Ljava/lang/Object;", false);
        mv.visitTypeInsn(CHECKCAST, d);
        mv.visitVarInsn(ASTORE, 1);
        mv.visitInsn(ICONST_0);
        mv.visitVarInsn(ISTORE, 2);
        mv.visitLabel(top);
        mv.visitVarInsn(ILOAD, 2);
        mv.visitVarInsn(ALOAD, 1);
        mv.visitInsn(ARRAYLENGTH);
        mv.visitJumpInsn(IF_ICMPGE, end);
        mv.visitVarInsn(ALOAD, 1);
        mv.visitVarInsn(ILOAD, 2);
        mv.visitVarInsn(ALOAD, 1);
        mv.visitVarInsn(ILOAD, 2);
        mv.visitInsn(AALOAD);
        Type row = t.element();
        String rd = JvmTypes.descriptor(row);
        if (row.rank() >= 2) {
            mv.visitMethodInsn(INVOKESTATIC, owner, NAME, "(" + rd + ")" + rd, false);
        } else {
            Label skip = new Label();
            mv.visitInsn(DUP);
            mv.visitJumpInsn(IFNULL, skip);
            mv.visitMethodInsn(INVOKEVIRTUAL, rd, "clone", "()Ljava/lang/Object;", false);
            mv.visitTypeInsn(CHECKCAST, rd);
            mv.visitLabel(skip);
        }
        mv.visitInsn(AASTORE);
        mv.visitIincInsn(2, 1);
        mv.visitJumpInsn(GOTO, top);
        mv.visitLabel(end);
        mv.visitVarInsn(ALOAD, 1);
        mv.visitInsn(ARETURN);
        mv.visitMaxs(0, 0);
        mv.visitEnd();
    }
}
