package dev.jaxc.testdata.adbench;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.jaxc.compiler.CompileResult;
import dev.jaxc.compiler.GeneratedClassLoader;
import dev.jaxc.compiler.JaxcCompiler;
import dev.jaxc.compiler.SourceCollector;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.nio.file.Path;
import java.util.List;

/** The ADBench models compiled once by jaxc, for the objective and derivative tests. */
final class AdBenchCompiled {
    private static ClassLoader loader;

    private AdBenchCompiled() {}

    static synchronized ClassLoader loader() throws Exception {
        if (loader == null) {
            CompileResult r = new JaxcCompiler().compile(SourceCollector.collect(List.of(Path.of("src/main/java/dev/jaxc/testdata/adbench"))));
            assertTrue(r.ok(), r::formattedDiagnostics);
            loader = new GeneratedClassLoader(r.classes(), AdBenchCompiled.class.getClassLoader());
        }
        return loader;
    }

    static Method method(String cls, String name) throws Exception {
        for (Method m : Class.forName("dev.jaxc.testdata.adbench." + cls + "Jaxc", true, loader()).getMethods())
            if (m.getName().equals(name)) return m;
        throw new AssertionError(cls + "Jaxc." + name);
    }

    /** Invokes a companion method, unwrapping the exception it threw. */
    static Object call(String cls, String name, Object... args) throws Throwable {
        try {
            return method(cls, name).invoke(null, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }

    /** A record component by accessor name. */
    static Object part(Object record, String accessor) throws Exception {
        return record.getClass().getMethod(accessor).invoke(record);
    }
}
