package dev.jaxc.frontend;

import dev.jaxc.ir.Program;
import dev.jaxc.ir.diag.Diagnostic;
import java.util.List;

/**
 * What one compile produced: one {@link Program} holding every {@code @Jit} method that
 * compiled, the classes seen, and the diagnostics (sorted by file, line, column).
 */
public record FrontendResult(Program program, List<ClassUnit> classes, List<Diagnostic> diagnostics) {
    public FrontendResult {
        classes = List.copyOf(classes);
        diagnostics = List.copyOf(diagnostics);
    }

    /** True when there is no error (the program then holds every {@code @Jit} method). */
    public boolean ok() { return diagnostics.stream().noneMatch(Diagnostic::isError); }
}
