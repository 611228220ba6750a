package dev.jaxc.bench;

import dev.jaxc.compiler.CompileResult;
import dev.jaxc.compiler.GeneratedClassLoader;
import dev.jaxc.compiler.JaxcCompiler;
import dev.jaxc.frontend.SourceFile;
import java.io.IOException;
import java.io.InputStream;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Compiles benchmark sources (packaged as resources next to their javac classes) with jaxc at
 * class-initialisation time and hands out method handles to the companions. Handles kept in
 * static finals are constants to the JIT, so calls through them inline like direct calls.
 */
public final class JaxcLoader {
    private JaxcLoader() {}

    public static Class<?> companion(String sourceClass, String... resources) {
        try {
            List<SourceFile> sources = new ArrayList<>();
            for (String r : resources) {
                try (InputStream in = JaxcLoader.class.getResourceAsStream(r)) {
                    if (in == null) throw new IllegalStateException("missing benchmark source resource " + r);
                    sources.add(new SourceFile(r, new String(in.readAllBytes(), StandardCharsets.UTF_8)));
                }
            }
            CompileResult result = new JaxcCompiler().compile(sources);
            if (!result.ok()) throw new IllegalStateException(result.formattedDiagnostics());
            ClassLoader loader = new GeneratedClassLoader(result.classes(), JaxcLoader.class.getClassLoader());
            return Class.forName(sourceClass + "Jaxc", true, loader);
        } catch (IOException | ClassNotFoundException e) {
            throw new IllegalStateException(e);
        }
    }

    public static MethodHandle handle(Class<?> companion, String name, Class<?> returnType, Class<?>... params) {
        try {
            return MethodHandles.publicLookup().findStatic(companion, name, MethodType.methodType(returnType, params));
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }
}
