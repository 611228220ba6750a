package dev.jaxc.passes.ad;

import dev.jaxc.ir.Function;
import dev.jaxc.ir.Program;
import dev.jaxc.ir.Value;
import dev.jaxc.passes.transform.TransformContext;
import java.util.BitSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * AD's state for one derive evaluation, kept on the {@link TransformContext}: the helpers it
 * built (each callee is differentiated once per activity pattern and then called), the
 * primal twin of every array tangent of the JVP functions it made (reverse mode needs shapes
 * to make zero cotangents), and the functions in progress (recursion is rejected).
 */
final class AdContext {
    private final TransformContext tc;
    /** JVP function name → (original function, active parameter mask). */
    final Map<String, JvpOrigin> jvpOrigins = new HashMap<>();
    /** Function name → (tangent or cotangent value → a known value of the same shape). */
    final Map<String, Map<Value, Value>> twins = new HashMap<>();
    final Set<String> inProgress = new HashSet<>();
    /** Reverse-mode splits of callees by "name|mask". */
    final Map<String, CalleeSplit> splits = new HashMap<>();
    /** {@code f$cvjp} helper name → (f, active mask): forward mode of a custom-VJP function. */
    final Map<String, JvpOrigin> customVjpOrigins = new HashMap<>();

    record JvpOrigin(Function primal, BitSet active) {}

    private AdContext(TransformContext tc) { this.tc = tc; }

    static AdContext of(TransformContext tc) { return tc.extension(AdContext.class, () -> new AdContext(tc)); }

    TransformContext transformContext() { return tc; }

    Program program() { return tc.program(); }

    String freshName(String base) { return tc.freshName(base); }

    String memoized(String key) { return tc.memoized(key); }

    void memoize(String key, Function f) { tc.memoize(key, f); }

    Function function(String name) { return tc.program().get(name); }

    static String maskKey(BitSet mask) { return mask.toString().replace(" ", ""); }
}
