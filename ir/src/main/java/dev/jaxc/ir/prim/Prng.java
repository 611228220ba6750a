package dev.jaxc.ir.prim;

import dev.jaxc.ir.Region;
import dev.jaxc.ir.Type;
import java.util.List;

/**
 * A call of the runtime PRNG: {@code Random.<fn>(...)}, or with {@code legacy} the same method
 * of {@code Threefry.LEGACY} (JAX's non-partitionable counter layout). The result is a pure
 * function of the inputs (keys are plain {@code i64} data), bit for bit what the runtime method
 * returns; array results are fresh arrays owned by the caller, array inputs are only read.
 * Methods that check their arguments throw what the runtime throws ({@link PrngFn#mayThrow}).
 * Printed {@code prng.uniform}, {@code prng.legacy.split}; the operand count picks the overload.
 */
public record Prng(PrngFn fn, boolean legacy) implements Primitive {
    public Prng {
        if (fn == null) throw new IllegalArgumentException("prng without a function");
        if (legacy && !fn.hasLegacy()) throw new IllegalArgumentException(fn.javaName() + " has no legacy variant");
    }

    public Prng(PrngFn fn) { this(fn, false); }

    public static final String PREFIX = "prng.";
    public static final String LEGACY_PREFIX = "prng.legacy.";

    @Override public String name() { return (legacy ? LEGACY_PREFIX : PREFIX) + fn.javaName(); }

    @Override public List<Type> typeRule(List<Type> inputs, List<Region> regions) {
        TypeError.check(inputs.equals(fn.params()), "%s takes %s, got %s", name(), fn.params(), inputs);
        return List.of(fn.result());
    }

    /** The primitive a text-form mnemonic with this many operands names, or null. */
    public static Prng fromIrName(String name, int operands) {
        boolean legacy = name.startsWith(LEGACY_PREFIX);
        if (!legacy && !name.startsWith(PREFIX)) return null;
        PrngFn fn = PrngFn.byJavaName(name.substring((legacy ? LEGACY_PREFIX : PREFIX).length()), operands);
        return fn == null || legacy && !fn.hasLegacy() ? null : new Prng(fn, legacy);
    }

    @Override public <R> R accept(PrimitiveVisitor<R> v) { return v.visitPrng(this); }
}
