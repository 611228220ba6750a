package dev.jaxc.ir.prim;

/** A violated type rule; the verifier and the builder report it with the op's location. */
public class TypeError extends RuntimeException {
    public TypeError(String message) { super(message); }

    static void check(boolean ok, String fmt, Object... args) {
        if (!ok) throw new TypeError(String.format(fmt, args));
    }
}
