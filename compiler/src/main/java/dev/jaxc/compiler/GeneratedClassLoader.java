package dev.jaxc.compiler;

import java.util.Map;

/**
 * Loads the classes of a {@link CompileResult} in memory, delegating everything else (the
 * runtime, the javac-compiled sources) to the parent. For tests, benchmarks and tools that run
 * generated code without writing it to disk.
 */
public final class GeneratedClassLoader extends ClassLoader {
    private final Map<String, byte[]> classes;

    public GeneratedClassLoader(Map<String, byte[]> classes, ClassLoader parent) {
        super(parent);
        this.classes = Map.copyOf(classes);
    }

    @Override protected Class<?> findClass(String name) throws ClassNotFoundException {
        byte[] b = classes.get(name);
        if (b == null) throw new ClassNotFoundException(name);
        return defineClass(name, b, 0, b.length);
    }
}
