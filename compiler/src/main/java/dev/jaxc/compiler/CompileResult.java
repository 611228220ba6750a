package dev.jaxc.compiler;

import dev.jaxc.frontend.SourceFile;
import dev.jaxc.ir.Program;
import dev.jaxc.ir.diag.Diagnostic;
import dev.jaxc.ir.diag.DiagnosticPrinter;
import java.util.List;
import java.util.Map;

/**
 * The outcome of a compile: class files by binary name (empty when there are errors), the
 * final IR, and the diagnostics with the sources needed to print them javac-style.
 */
public record CompileResult(Map<String, byte[]> classes, Program program, List<Diagnostic> diagnostics, List<SourceFile> sources) {
    public boolean ok() { return diagnostics.stream().noneMatch(Diagnostic::isError); }

    /** The diagnostics rendered as javac would, each ending in a newline. */
    public String formattedDiagnostics() {
        DiagnosticPrinter printer = new DiagnosticPrinter(file -> sources.stream()
                .filter(s -> s.path().equals(file)).findFirst().map(s -> s.text().lines().toList()).orElse(null));
        StringBuilder sb = new StringBuilder();
        for (Diagnostic d : diagnostics) sb.append(printer.format(d));
        long errors = diagnostics.stream().filter(Diagnostic::isError).count();
        if (errors > 0) sb.append(errors).append(errors == 1 ? " error\n" : " errors\n");
        return sb.toString();
    }
}
