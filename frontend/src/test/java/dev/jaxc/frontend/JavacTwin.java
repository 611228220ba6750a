package dev.jaxc.frontend;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;

/**
 * The same sources compiled by javac, for differential tests: the reference semantics of every
 * {@code @Jit} method is what the JVM does with javac's bytecode.
 */
final class JavacTwin {
    private final Map<String, Method> methods = new LinkedHashMap<>();

    /** Compiles sources (plus a stand-in for dev.jaxc.Jit) and loads them. */
    JavacTwin(List<SourceFile> sources) {
        try {
            Path dir = Files.createTempDirectory("jaxc-javac");
            List<String> args = new ArrayList<>(List.of("-d", dir.resolve("classes").toString(), "-proc:none", "-nowarn", "-Xlint:none"));
            Path stub = dir.resolve("src/dev/jaxc/Jit.java");
            Files.createDirectories(stub.getParent());
            Files.writeString(stub, "package dev.jaxc;\npublic @interface Jit {}\n");
            args.add(stub.toString());
            for (SourceFile f : sources) {
                Path p = dir.resolve("src").resolve(f.path());
                Files.createDirectories(p.getParent());
                Files.writeString(p, f.text());
                args.add(p.toString());
            }
            JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
            int rc = javac.run(null, null, null, args.toArray(new String[0]));
            if (rc != 0) throw new IllegalStateException("javac failed on the test sources");
            URLClassLoader loader = new URLClassLoader(new URL[] {dir.resolve("classes").toUri().toURL()}, JavacTwin.class.getClassLoader());
            for (SourceFile f : sources) {
                String text = f.text();
                String pkg = text.startsWith("package ") ? text.substring(8, text.indexOf(';')).trim() + "." : "";
                String simple = Path.of(f.path()).getFileName().toString().replace(".java", "");
                Class<?> c = Class.forName(pkg + simple, true, loader);
                for (Method m : c.getDeclaredMethods()) {
                    if (!Modifier.isStatic(m.getModifiers())) continue;
                    m.setAccessible(true);
                    methods.put(c.getName() + "." + m.getName(), m);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(e);
        }
    }

    Method method(String qualifiedName) {
        Method m = methods.get(qualifiedName);
        if (m == null) throw new IllegalArgumentException("javac twin has no " + qualifiedName);
        return m;
    }
}
