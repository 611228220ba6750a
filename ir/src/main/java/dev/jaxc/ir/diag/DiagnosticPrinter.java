package dev.jaxc.ir.diag;

import java.util.List;
import java.util.function.Function;

/**
 * Formats diagnostics as javac does:
 * <pre>
 * Foo.java:12:9: error: writes to parameter array 'x'
 *         x[i] = 0;
 *         ^
 *   hint: copy it first: double[] y = x.clone();
 * </pre>
 */
public final class DiagnosticPrinter {
    private final Function<String, List<String>> sourceLines;

    /** @param sourceLines the lines of a file by the name used in {@link dev.jaxc.ir.Loc#file()}, or null if unknown */
    public DiagnosticPrinter(Function<String, List<String>> sourceLines) { this.sourceLines = sourceLines; }

    public String format(Diagnostic d) {
        StringBuilder sb = new StringBuilder();
        var loc = d.loc();
        boolean positioned = loc != null && loc.line() > 0;
        if (loc != null) {
            sb.append(loc.file());
            if (positioned) sb.append(':').append(loc.line()).append(':').append(loc.column());
            sb.append(": ");
        }
        sb.append(d.severity().name().toLowerCase()).append(": ").append(d.message()).append('\n');
        if (positioned) {
            List<String> lines = sourceLines.apply(loc.file());
            if (lines != null && loc.line() <= lines.size()) {
                String line = lines.get(loc.line() - 1);
                sb.append(line).append('\n');
                StringBuilder caret = new StringBuilder();
                for (int i = 0; i < loc.column() - 1 && i < line.length(); i++) caret.append(line.charAt(i) == '\t' ? '\t' : ' ');
                sb.append(caret).append("^\n");
            }
        }
        if (d.hint() != null) sb.append("  hint: ").append(d.hint()).append('\n');
        return sb.toString();
    }
}
