package dev.jaxc.ir.interp;

import dev.jaxc.ir.prim.Prng;
import dev.jaxc.ir.prim.PrngFn;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Evaluation of {@code prng} ops: the runtime's own method ({@code dev.jaxc.random.Random.<fn>},
 * or {@code Threefry.LEGACY.<fn>}), found through {@code java.lang.invoke} once per primitive.
 * The runtime is the specification of these primitives, so the interpreter calls it rather than
 * reimplementing it; the ir module does not depend on it, and a program with draws needs
 * jaxc-runtime on the class path when it runs.
 */
final class PrngEval {
    private static final ConcurrentHashMap<Prng, MethodHandle> HANDLES = new ConcurrentHashMap<>();

    private PrngEval() {}

    /** A handle taking the inputs as an {@code Object[]} of boxed scalars and arrays and returning the boxed result. */
    static MethodHandle handle(Prng p) { return HANDLES.computeIfAbsent(p, PrngEval::resolve); }

    private static MethodHandle resolve(Prng p) {
        PrngFn fn = p.fn();
        try {
            MethodHandles.Lookup lookup = MethodHandles.publicLookup();
            ClassLoader loader = PrngEval.class.getClassLoader();
            MethodType type = MethodType.fromMethodDescriptorString(fn.descriptor(), loader);
            MethodHandle h;
            if (p.legacy()) {
                Class<?> threefry = Class.forName(PrngFn.THREEFRY_CLASS, true, loader);
                Object legacy = lookup.findStaticGetter(threefry, "LEGACY", threefry).invoke();
                h = lookup.findVirtual(threefry, fn.javaName(), type).bindTo(legacy);
            } else {
                h = lookup.findStatic(Class.forName(PrngFn.RANDOM_CLASS, true, loader), fn.javaName(), type);
            }
            return h.asType(h.type().generic()).asSpreader(Object[].class, fn.params().size());
        } catch (ClassNotFoundException | TypeNotPresentException e) {
            throw new IllegalStateException(p.name() + " needs jaxc-runtime (" + PrngFn.RANDOM_CLASS + ") on the class path", e);
        } catch (Throwable e) {
            throw new IllegalStateException("cannot link " + p.name() + " to the runtime: " + e, e);
        }
    }

    /** Calls the runtime; what it throws (bad sizes, empty logits) propagates unchanged. */
    static Object invoke(MethodHandle h, Object[] args) {
        try {
            return (Object) h.invokeExact(args);
        } catch (RuntimeException | Error e) {
            throw e;
        } catch (Throwable e) {
            throw new IllegalStateException(e);
        }
    }
}
