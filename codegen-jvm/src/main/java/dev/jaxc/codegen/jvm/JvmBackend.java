package dev.jaxc.codegen.jvm;

import dev.jaxc.ir.Function;
import dev.jaxc.ir.Program;
import java.util.List;
import java.util.Map;

/**
 * The JVM backend: IR functions to class files (ASM). Function {@code p.Foo.m} becomes
 * {@code public static} method {@code m} of companion class {@code p.FooJaxc} (see {@link
 * JvmNames}); a multi-result function returns a record nested in the companion. Output is
 * deterministic: the same functions give the same bytes, whatever order they were added in.
 */
public final class JvmBackend {
    private JvmBackend() {}

    /**
     * Emits every function of {@code program} named {@code <sourceBinaryClassName>.<method>} into
     * that class's companion. Calls may target functions of other classes in the program.
     *
     * @return binary class name ({@code p.FooJaxc}, {@code p.FooJaxc$Vg}) → class file bytes,
     *     the companion first, then its records by method name
     * @throws dev.jaxc.ir.diag.CompileException when a function cannot be a JVM method (name,
     *     size) or its record cannot be a Java record
     */
    public static Map<String, byte[]> emit(Program program, String sourceBinaryClassName) {
        return emit(program, sourceBinaryClassName, true);
    }

    /** With {@code inPlace} false every array.set copies: the plain value semantics that tests compare against. */
    static Map<String, byte[]> emit(Program program, String sourceBinaryClassName, boolean inPlace) {
        String prefix = sourceBinaryClassName + ".";
        List<Function> fns = program.functions().stream()
                .filter(f -> f.name().startsWith(prefix) && f.name().indexOf('.', prefix.length()) < 0)
                // by name, so that the order functions were added to the program changes nothing
                .sorted(java.util.Comparator.comparing(Function::name))
                .toList();
        return CompanionEmitter.emit(program, sourceBinaryClassName, fns, inPlace);
    }
}
