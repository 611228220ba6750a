package dev.jaxc.ir.diag;

import dev.jaxc.ir.Loc;

/**
 * Thrown by any stage on a user error: it carries a {@link Diagnostic} and is caught by the
 * driver, which prints it. Never shown as a stack trace.
 */
public class CompileException extends RuntimeException {
    private final Diagnostic diagnostic;

    public CompileException(Diagnostic d) {
        super(d.loc() + ": " + d.message(), null, false, false);
        this.diagnostic = d;
    }

    public CompileException(Loc loc, String message, String hint) { this(Diagnostic.error(loc, message, hint)); }

    public CompileException(Loc loc, String message) { this(loc, message, null); }

    public Diagnostic diagnostic() { return diagnostic; }
}
