package dev.jaxc.ir;

/** A source position (1-based line and column) carried by ops for diagnostics. */
public record Loc(String file, int line, int column) {
    public static final Loc UNKNOWN = new Loc("<unknown>", 0, 0);

    @Override public String toString() { return file + ":" + line + ":" + column; }
}
