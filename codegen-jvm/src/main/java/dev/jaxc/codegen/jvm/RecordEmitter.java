package dev.jaxc.codegen.jvm;

import static org.objectweb.asm.Opcodes.*;

import dev.jaxc.ir.Type;
import java.util.List;
import org.objectweb.asm.ClassWriter;
import org.objectweb.asm.Handle;
import org.objectweb.asm.MethodVisitor;

/**
 * The record a multi-result function returns, as javac would compile
 * {@code public record Vg(double value, double[] grad) {}} nested in the companion: final,
 * extends Record, a Record attribute, private final fields, the canonical constructor, public
 * accessors, and toString/hashCode/equals bootstrapped by {@code ObjectMethods}; NestHost and
 * InnerClasses tie it to its companion.
 */
final class RecordEmitter {
    private static final String LOOKUP = "java/lang/invoke/MethodHandles$Lookup";
    private static final Handle BOOTSTRAP = new Handle(H_INVOKESTATIC, "java/lang/runtime/ObjectMethods", "bootstrap",
            "(L" + LOOKUP + ";Ljava/lang/String;Ljava/lang/invoke/TypeDescriptor;Ljava/lang/Class;"
                    + "Ljava/lang/String;[Ljava/lang/invoke/MethodHandle;)Ljava/lang/Object;", false);
    static final int INNER_ACCESS = ACC_PUBLIC | ACC_STATIC | ACC_FINAL;

    private RecordEmitter() {}

    static byte[] emit(String internalName, String companion, String simpleName, String sourceFile,
                       List<String> names, List<Type> types) {
        ClassWriter cw = new FrameClassWriter();
        cw.visit(V17, ACC_PUBLIC | ACC_FINAL | ACC_SUPER, internalName, null, "java/lang/Record", null);
        if (sourceFile != null) cw.visitSource(sourceFile, null);
        cw.visitNestHost(companion);
        cw.visitInnerClass(internalName, companion, simpleName, INNER_ACCESS);
        cw.visitInnerClass(LOOKUP, "java/lang/invoke/MethodHandles", "Lookup", ACC_PUBLIC | ACC_STATIC | ACC_FINAL);
        StringBuilder desc = new StringBuilder("(");
        for (int i = 0; i < names.size(); i++) {
            String d = JvmTypes.descriptor(types.get(i));
            desc.append(d);
            cw.visitRecordComponent(names.get(i), d, null).visitEnd();
            cw.visitField(ACC_PRIVATE | ACC_FINAL, names.get(i), d, null, null).visitEnd();
        }
        String ctorDesc = desc.append(")V").toString();

        MethodVisitor mv = cw.visitMethod(ACC_PUBLIC, "<init>", ctorDesc, null, null);
        for (String n : names) mv.visitParameter(n, 0);
        mv.visitCode();
        mv.visitVarInsn(ALOAD, 0);
        mv.visitMethodInsn(INVOKESPECIAL, "java/lang/Record", "<init>", "()V", false);
        int slot = 1;
        for (int i = 0; i < names.size(); i++) {
            Type t = types.get(i);
            mv.visitVarInsn(ALOAD, 0);
            mv.visitVarInsn(JvmTypes.load(t), slot);
            mv.visitFieldInsn(PUTFIELD, internalName, names.get(i), JvmTypes.descriptor(t));
            slot += JvmTypes.size(t);
        }
        mv.visitInsn(RETURN);
        mv.visitMaxs(0, 0);
        mv.visitEnd();

        for (int i = 0; i < names.size(); i++) {
            Type t = types.get(i);
            String d = JvmTypes.descriptor(t);
            mv = cw.visitMethod(ACC_PUBLIC, names.get(i), "()" + d, null, null);
            mv.visitCode();
            mv.visitVarInsn(ALOAD, 0);
            mv.visitFieldInsn(GETFIELD, internalName, names.get(i), d);
            mv.visitInsn(JvmTypes.ret(t));
            mv.visitMaxs(0, 0);
            mv.visitEnd();
        }

        Object[] bsmArgs = new Object[2 + names.size()];
        bsmArgs[0] = org.objectweb.asm.Type.getObjectType(internalName);
        bsmArgs[1] = String.join(";", names);
        for (int i = 0; i < names.size(); i++)
            bsmArgs[2 + i] = new Handle(H_GETFIELD, internalName, names.get(i), JvmTypes.descriptor(types.get(i)), false);
        String self = "L" + internalName + ";";
        objectMethod(cw, "toString", "()Ljava/lang/String;", "(" + self + ")Ljava/lang/String;", ARETURN, false, bsmArgs);
        objectMethod(cw, "hashCode", "()I", "(" + self + ")I", IRETURN, false, bsmArgs);
        objectMethod(cw, "equals", "(Ljava/lang/Object;)Z", "(" + self + "Ljava/lang/Object;)Z", IRETURN, true, bsmArgs);
        cw.visitEnd();
        return cw.toByteArray();
    }

    private static void objectMethod(ClassWriter cw, String name, String desc, String indyDesc, int ret, boolean arg, Object[] bsmArgs) {
        MethodVisitor mv = cw.visitMethod(ACC_PUBLIC | ACC_FINAL, name, desc, null, null);
        mv.visitCode();
        mv.visitVarInsn(ALOAD, 0);
        if (arg) mv.visitVarInsn(ALOAD, 1);
        mv.visitInvokeDynamicInsn(name, indyDesc, BOOTSTRAP, bsmArgs);
        mv.visitInsn(ret);
        mv.visitMaxs(0, 0);
        mv.visitEnd();
    }
}
