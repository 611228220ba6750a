package dev.jaxc.codegen.jvm;

import static org.objectweb.asm.Opcodes.*;

import dev.jaxc.ir.Function;
import dev.jaxc.ir.Loc;
import dev.jaxc.ir.Program;
import dev.jaxc.ir.Type;
import dev.jaxc.ir.Value;
import dev.jaxc.ir.diag.CompileException;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.lang.model.SourceVersion;
import org.objectweb.asm.ClassTooLargeException;
import org.objectweb.asm.ClassWriter;
import org.objectweb.asm.MethodTooLargeException;
import org.objectweb.asm.MethodVisitor;

/**
 * Writes the companion class of one source class ({@code public final class FooJaxc}, private
 * constructor, one {@code public static} method per function, Java 17, SourceFile and line
 * numbers from the IR's locations) and the records of its multi-result functions.
 */
final class CompanionEmitter {
    /** Record component names javac rejects (they clash with Object's methods). */
    private static final Set<String> FORBIDDEN_COMPONENTS =
            Set.of("clone", "finalize", "getClass", "hashCode", "notify", "notifyAll", "toString", "wait");

    private CompanionEmitter() {}

    static Map<String, byte[]> emit(Program program, String sourceClass, List<Function> fns, boolean inPlace) {
        String binary = JvmNames.companionBinaryName(sourceClass);
        String internal = JvmNames.internal(binary);
        CompanionContext ctx = new CompanionContext(program, internal, inPlace);
        String sourceFile = sourceFile(fns);
        Map<String, Function> records = records(fns);

        ClassWriter cw = new FrameClassWriter();
        cw.visit(V17, ACC_PUBLIC | ACC_FINAL | ACC_SUPER, internal, null, "java/lang/Object", null);
        if (sourceFile != null) cw.visitSource(sourceFile, null);
        for (String rec : records.keySet()) cw.visitNestMember(JvmNames.internal(rec));
        for (Map.Entry<String, Function> e : records.entrySet())
            cw.visitInnerClass(JvmNames.internal(e.getKey()), internal,
                    JvmNames.recordSimpleName(JvmNames.methodName(e.getValue().name())), RecordEmitter.INNER_ACCESS);
        constructor(cw);
        for (Function f : fns) method(cw, f, ctx);
        for (Map.Entry<String, String[]> e : ctx.foreignRecords.entrySet())
            cw.visitInnerClass(e.getKey(), e.getValue()[0], e.getValue()[1], RecordEmitter.INNER_ACCESS);
        for (Type t : ctx.deepCopies.values()) DeepCopyEmitter.emit(cw, internal, t);
        cw.visitEnd();

        Map<String, byte[]> out = new LinkedHashMap<>();
        out.put(binary, toBytes(cw, fns));
        for (Map.Entry<String, Function> e : records.entrySet()) {
            Function f = e.getValue();
            out.put(e.getKey(), RecordEmitter.emit(JvmNames.internal(e.getKey()), internal,
                    JvmNames.recordSimpleName(JvmNames.methodName(f.name())), sourceFile,
                    JvmNames.componentNames(f.resultNames(), f.resultTypes().size()), f.resultTypes()));
        }
        return out;
    }

    private static void constructor(ClassWriter cw) {
        MethodVisitor mv = cw.visitMethod(ACC_PRIVATE, "<init>", "()V", null, null);
        mv.visitCode();
        mv.visitVarInsn(ALOAD, 0);
        mv.visitMethodInsn(INVOKESPECIAL, "java/lang/Object", "<init>", "()V", false);
        mv.visitInsn(RETURN);
        mv.visitMaxs(0, 0);
        mv.visitEnd();
    }

    private static void method(ClassWriter cw, Function f, CompanionContext ctx) {
        String name = JvmNames.methodName(f.name());
        if (name.isEmpty() || name.chars().anyMatch(c -> ".;[/<>".indexOf(c) >= 0))
            throw new CompileException(f.loc(), "'" + name + "' cannot be a JVM method name");
        String desc = JvmTypes.methodDescriptor(f.paramTypes(), FunctionLowering.returnDescriptor(f.name(), f.resultTypes(), ctx));
        MethodVisitor mv = cw.visitMethod(ACC_PUBLIC | ACC_STATIC, name, desc, null, null);
        List<Value> params = f.params();
        if (params.stream().allMatch(p -> p.hint() != null && SourceVersion.isName(p.hint())))
            for (Value p : params) mv.visitParameter(p.hint(), 0);
        FunctionLowering.lower(f, mv, ctx);
        mv.visitEnd();
    }

    /** Multi-result functions by the binary name of their record; names are checked here. */
    private static Map<String, Function> records(List<Function> fns) {
        Map<String, Function> records = new LinkedHashMap<>();
        Map<String, Function> byLowerCase = new HashMap<>();
        for (Function f : fns) {
            if (f.resultTypes().size() < 2) continue;
            String rec = JvmNames.recordBinaryName(f.name());
            Function clash = records.putIfAbsent(rec, f);
            if (clash == null) clash = byLowerCase.putIfAbsent(rec.toLowerCase(java.util.Locale.ROOT), f);
            if (clash != null)
                throw new CompileException(f.loc(), "results of '" + JvmNames.methodName(f.name()) + "' and '"
                        + JvmNames.methodName(clash.name()) + "' would both be record " + rec,
                        "rename one of the methods");
            List<String> names = JvmNames.componentNames(f.resultNames(), f.resultTypes().size());
            for (String n : names)
                if (!SourceVersion.isName(n) || FORBIDDEN_COMPONENTS.contains(n))
                    throw new CompileException(f.loc(), "result name '" + n + "' cannot name a record component");
            if (Set.copyOf(names).size() != names.size())
                throw new CompileException(f.loc(), "result names " + names + " repeat a name");
        }
        return records;
    }

    private static String sourceFile(List<Function> fns) {
        for (Function f : fns) {
            String file = f.loc().file();
            if (file != null && !file.isEmpty() && !file.equals(Loc.UNKNOWN.file())) {
                int slash = Math.max(file.lastIndexOf('/'), file.lastIndexOf('\\'));
                return file.substring(slash + 1);
            }
        }
        return null;
    }

    private static byte[] toBytes(ClassWriter cw, List<Function> fns) {
        try {
            return cw.toByteArray();
        } catch (MethodTooLargeException e) {
            Loc loc = fns.stream().filter(f -> JvmNames.methodName(f.name()).equals(e.getMethodName()))
                    .map(Function::loc).findFirst().orElse(Loc.UNKNOWN);
            throw new CompileException(loc, "method '" + e.getMethodName() + "' is too large for the JVM (" + e.getCodeSize() + " bytes of code)",
                    "split the function, or transform a smaller one");
        } catch (ClassTooLargeException e) {
            Loc loc = fns.isEmpty() ? Loc.UNKNOWN : fns.get(0).loc();
            throw new CompileException(loc, "class " + e.getClassName() + " is too large for the JVM", "move some functions to another class");
        }
    }
}
