package dev.jaxc.ir.verify;

import dev.jaxc.ir.Loc;

/**
 * Ill-formed IR: a compiler bug, not a user error, so it is deliberately not a
 * {@link dev.jaxc.ir.diag.CompileException}. The message names the function, the op (by its
 * path of op and region indices and a one-line summary) and the op's location.
 */
public final class IrVerificationException extends RuntimeException {
    private final String function;
    private final Loc loc;
    private final String detail;

    public IrVerificationException(String function, String where, Loc loc, String detail) {
        super("IR verification failed in " + function + (where.isEmpty() ? "" : ", " + where)
                + (loc == null || loc.line() == 0 ? "" : " at " + loc) + ": " + detail);
        this.function = function;
        this.loc = loc;
        this.detail = detail;
    }

    public String function() { return function; }
    public Loc loc() { return loc; }
    /** What is wrong, without the position prefix. */
    public String detail() { return detail; }
}
