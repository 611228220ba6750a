package dev.jaxc.ir;

/**
 * An SSA value. Identity is object identity: every value is defined exactly once, either as a
 * region parameter or as a result of one op. {@code hint} is a readable name (the Java variable
 * it came from) used by printers; it carries no meaning.
 */
public final class Value {
    private final Type type;
    private final String hint;

    public Value(Type type, String hint) {
        this.type = java.util.Objects.requireNonNull(type, "type");
        this.hint = hint;
    }

    public Value(Type type) { this(type, null); }

    public Type type() { return type; }
    public String hint() { return hint; }

    @Override public String toString() { return "%" + (hint == null ? "v" : hint) + "@" + Integer.toHexString(System.identityHashCode(this)) + ":" + type; }
}
