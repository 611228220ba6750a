package dev.jaxc.passes.transform;

import dev.jaxc.ir.Function;
import dev.jaxc.ir.Program;
import java.util.HashMap;
import java.util.Map;

/**
 * What a transform may touch: the whole program (to read callees and add helpers) and a
 * namer that keeps helper names unique. Helpers are memoized by key so that, e.g., the JVP of
 * a callee is built once however many derivatives call it.
 */
public final class TransformContext {
    private final Program program;
    private final Map<String, String> memo = new HashMap<>();
    private final Map<Class<?>, Object> extensions = new HashMap<>();

    public TransformContext(Program program) { this.program = program; }

    public Program program() { return program; }

    /** A function name not yet used in the program, derived from {@code base}. */
    public String freshName(String base) {
        if (!program.has(base)) return base;
        for (int i = 1; ; i++) if (!program.has(base + "$" + i)) return base + "$" + i;
    }

    /** The name memoized under {@code key}, if any. */
    public String memoized(String key) { return memo.get(key); }

    public void memoize(String key, Function f) {
        memo.put(key, f.name());
    }

    /**
     * Per-evaluation state a family of transforms keeps beside the names (e.g. AD's record of
     * which helper is the JVP of which function), created on first use.
     */
    public <T> T extension(Class<T> key, java.util.function.Supplier<T> make) {
        return key.cast(extensions.computeIfAbsent(key, k -> make.get()));
    }
}
