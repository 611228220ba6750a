package dev.jaxc.codegen.jvm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import dev.jaxc.ir.Program;
import dev.jaxc.ir.verify.IrVerifier;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.objectweb.asm.ClassReader;
import org.objectweb.asm.tree.AbstractInsnNode;
import org.objectweb.asm.tree.ClassNode;
import org.objectweb.asm.tree.MethodInsnNode;
import org.objectweb.asm.tree.MethodNode;
import org.objectweb.asm.util.CheckClassAdapter;

/**
 * Test harness: emits the companions of some source classes of a program, verifies every class
 * with ASM's CheckClassAdapter (bytecode verifier included), loads them in a throwaway class
 * loader and calls functions by their IR name.
 */
final class Compiled {
    final Map<String, byte[]> classes = new LinkedHashMap<>();
    private final Loader loader;

    private Compiled(Program p, boolean inPlace, boolean check, String... sourceClasses) {
        IrVerifier.verify(p);
        for (String c : sourceClasses) {
            try {
                classes.putAll(JvmBackend.emit(p, c, inPlace));
            } catch (RuntimeException e) {
                StringWriter trace = new StringWriter();
                e.printStackTrace(new PrintWriter(trace));
                throw new AssertionError("cannot emit " + c + ": " + trace + "\n" + dev.jaxc.ir.text.IrPrinter.print(p), e);
            }
        }
        loader = new Loader(classes);
        if (check) for (Map.Entry<String, byte[]> e : classes.entrySet()) verify(e.getKey(), e.getValue());
    }

    static Compiled of(Program p, String... sourceClasses) { return new Compiled(p, true, true, sourceClasses); }

    /** Left to the JVM's own verifier when loaded (faster, for many random programs). */
    static Compiled unchecked(Program p, String... sourceClasses) { return new Compiled(p, true, false, sourceClasses); }

    /** Compiled with every array.set copying: the reference for in-place updates. */
    static Compiled copying(Program p, String... sourceClasses) { return new Compiled(p, false, false, sourceClasses); }

    private void verify(String name, byte[] bytes) {
        StringWriter out = new StringWriter();
        CheckClassAdapter.verify(new ClassReader(bytes), loader, false, new PrintWriter(out));
        if (!out.toString().isEmpty()) fail("class " + name + " does not verify:\n" + out);
    }

    Class<?> load(String binaryName) {
        try {
            return loader.loadClass(binaryName);
        } catch (ClassNotFoundException e) {
            throw new AssertionError(e);
        }
    }

    /** The method of IR function {@code fn} ({@code p.Foo.m} → {@code p.FooJaxc.m}). */
    Method method(String fn) {
        Class<?> c = load(JvmNames.companionOf(fn));
        for (Method m : c.getDeclaredMethods()) if (m.getName().equals(JvmNames.methodName(fn))) return m;
        throw new AssertionError("no method for " + fn);
    }

    /** Calls fn; an exception it throws is rethrown as is. */
    Object call(String fn, Object... args) throws Throwable {
        try {
            return method(fn).invoke(null, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }

    /** Calls fn, which must not throw. */
    Object run(String fn, Object... args) {
        try {
            return call(fn, args);
        } catch (Throwable t) {
            throw new AssertionError(fn + " threw " + t, t);
        }
    }

    MethodNode methodNode(String fn) {
        ClassNode cn = classNode(JvmNames.companionOf(fn));
        for (MethodNode m : cn.methods) if (m.name.equals(JvmNames.methodName(fn))) return m;
        throw new AssertionError("no method for " + fn);
    }

    private final Map<String, ClassNode> nodes = new java.util.HashMap<>();

    ClassNode classNode(String binaryName) {
        return nodes.computeIfAbsent(binaryName, n -> {
            ClassNode cn = new ClassNode();
            new ClassReader(classes.get(n)).accept(cn, 0);
            return cn;
        });
    }

    /** Instructions of fn's method that copy or allocate arrays: clone, arraycopy, newarray, anewarray, multianewarray. */
    int allocations(String fn) {
        int n = 0;
        for (AbstractInsnNode i : methodNode(fn).instructions) {
            int op = i.getOpcode();
            if (op == NEWARRAY || op == ANEWARRAY || op == MULTIANEWARRAY) n++;
            if (i instanceof MethodInsnNode m && (m.name.equals("clone") || m.name.equals("arraycopy") || m.name.equals(DeepCopyEmitter.NAME))) n++;
        }
        return n;
    }

    int count(String fn, int opcode) {
        int n = 0;
        for (AbstractInsnNode i : methodNode(fn).instructions) if (i.getOpcode() == opcode) n++;
        return n;
    }

    /** Opcodes of fn's method, labels and line numbers left out. */
    List<Integer> opcodes(String fn) {
        List<Integer> out = new java.util.ArrayList<>();
        for (AbstractInsnNode i : methodNode(fn).instructions) if (i.getOpcode() >= 0) out.add(i.getOpcode());
        return out;
    }

    /** javap-like text of fn's method, for failure messages. */
    String text(String fn) {
        org.objectweb.asm.util.Textifier t = new org.objectweb.asm.util.Textifier();
        methodNode(fn).accept(new org.objectweb.asm.util.TraceMethodVisitor(t));
        StringWriter sw = new StringWriter();
        t.print(new PrintWriter(sw));
        return sw.toString();
    }

    private static final int NEWARRAY = org.objectweb.asm.Opcodes.NEWARRAY;
    private static final int ANEWARRAY = org.objectweb.asm.Opcodes.ANEWARRAY;
    private static final int MULTIANEWARRAY = org.objectweb.asm.Opcodes.MULTIANEWARRAY;

    static void assertSameDouble(double expected, Object actual, String what) {
        assertEquals(Double.doubleToLongBits(expected), Double.doubleToLongBits((Double) actual),
                () -> what + ": expected " + expected + ", got " + actual);
    }

    static void assertSameFloat(float expected, Object actual, String what) {
        assertEquals(Float.floatToIntBits(expected), Float.floatToIntBits((Float) actual),
                () -> what + ": expected " + expected + ", got " + actual);
    }

    private static final class Loader extends ClassLoader {
        private final Map<String, byte[]> classes;

        Loader(Map<String, byte[]> classes) {
            super(Compiled.class.getClassLoader());
            this.classes = classes;
        }

        @Override protected Class<?> findClass(String name) throws ClassNotFoundException {
            byte[] b = classes.get(name);
            if (b == null) throw new ClassNotFoundException(name);
            return defineClass(name, b, 0, b.length);
        }
    }
}
