package dev.jaxc.maven;

import dev.jaxc.frontend.SourceFile;
import dev.jaxc.ir.Loc;
import dev.jaxc.ir.diag.Diagnostic;
import dev.jaxc.ir.diag.DiagnosticPrinter;
import java.util.List;

/**
 * Renders a diagnostic the way maven-compiler-plugin renders javac's, {@code /abs/Foo.java:[12,9] message},
 * which IDEs and CI annotators turn into links; then the source line, the caret and the hint
 * as {@code jaxc compile} prints them.
 */
final class MavenDiagnosticFormatter {
    private final DiagnosticPrinter printer;

    MavenDiagnosticFormatter(List<SourceFile> sources) {
        this.printer = new DiagnosticPrinter(file -> sources.stream()
                .filter(s -> s.path().equals(file)).findFirst().map(s -> s.text().lines().toList()).orElse(null));
    }

    String format(Diagnostic d) {
        String javacStyle = printer.format(d);
        int eol = javacStyle.indexOf('\n');
        String rest = eol < 0 || eol == javacStyle.length() - 1 ? "" : "\n" + javacStyle.substring(eol + 1, javacStyle.length() - 1);
        return location(d.loc()) + d.message() + rest;
    }

    static String location(Loc loc) {
        if (loc == null || Loc.UNKNOWN.equals(loc)) return "";
        return loc.line() > 0 ? loc.file() + ":[" + loc.line() + "," + loc.column() + "] " : loc.file() + ": ";
    }
}
