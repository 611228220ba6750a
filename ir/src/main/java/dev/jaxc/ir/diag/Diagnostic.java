package dev.jaxc.ir.diag;

import dev.jaxc.ir.Loc;

/**
 * A user-facing error or warning with a source position and, where there is one, what to do
 * instead. Rendered javac-style by {@link DiagnosticPrinter}.
 */
public record Diagnostic(Severity severity, Loc loc, String message, String hint) {
    public enum Severity { ERROR, WARNING, NOTE }

    public static Diagnostic error(Loc loc, String message, String hint) {
        return new Diagnostic(Severity.ERROR, loc, message, hint);
    }

    public static Diagnostic error(Loc loc, String message) { return error(loc, message, null); }

    public boolean isError() { return severity == Severity.ERROR; }
}
