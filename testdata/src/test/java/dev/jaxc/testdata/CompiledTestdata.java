package dev.jaxc.testdata;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.jaxc.compiler.CompileResult;
import dev.jaxc.compiler.GeneratedClassLoader;
import dev.jaxc.compiler.JaxcCompiler;
import dev.jaxc.compiler.SourceCollector;
import dev.jaxc.ir.interp.Interpreter;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import org.objectweb.asm.ClassReader;
import org.objectweb.asm.util.CheckClassAdapter;

/**
 * The testdata sources compiled once by jaxc, every class checked by ASM's CheckClassAdapter,
 * and loaded next to their javac-compiled originals.
 */
final class CompiledTestdata {
    static final Path SOURCES = Path.of("src/main/java");
    private static CompiledTestdata instance;

    final CompileResult result;
    final ClassLoader loader;
    /** One interpreter for the whole program: it verifies the program once, not per call. */
    final Interpreter interpreter;

    private CompiledTestdata(CompileResult result) {
        this.result = result;
        this.interpreter = new Interpreter(result.program());
        this.loader = new GeneratedClassLoader(result.classes(), CompiledTestdata.class.getClassLoader());
    }

    static synchronized CompiledTestdata get() throws Exception {
        if (instance == null) {
            CompileResult r = new JaxcCompiler().compile(SourceCollector.collect(List.of(SOURCES)));
            assertTrue(r.ok(), () -> "testdata must compile:\n" + r.formattedDiagnostics());
            for (var e : r.classes().entrySet()) checkClass(e.getKey(), e.getValue());
            instance = new CompiledTestdata(r);
        }
        return instance;
    }

    static void checkClass(String name, byte[] bytes) {
        StringWriter sw = new StringWriter();
        CheckClassAdapter.verify(new ClassReader(bytes), CompiledTestdata.class.getClassLoader(), false, new PrintWriter(sw));
        assertTrue(sw.toString().isEmpty(), () -> name + " fails bytecode verification:\n" + sw);
    }

    Class<?> companion(String sourceClass) throws ClassNotFoundException {
        return Class.forName(sourceClass + "Jaxc", true, loader);
    }
}
