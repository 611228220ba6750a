package dev.jaxc.passes.transform;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The transforms the expression language knows. Each issue that implements one registers it
 * here; a known name without an implementation is a clear diagnostic, never a crash.
 */
public final class TransformRegistry {
    /** Every transform name of the language, in documentation order. */
    public static final List<String> KNOWN = List.of(
            "jvp", "vjp", "grad", "value_and_grad", "jacfwd", "jacrev", "hessian", "vmap", "pmap");

    private final Map<String, Transform> transforms = new LinkedHashMap<>();

    public TransformRegistry register(String name, Transform t) {
        if (!KNOWN.contains(name)) throw new IllegalArgumentException("unknown transform " + name);
        transforms.put(name, t);
        return this;
    }

    public Transform get(String name) { return transforms.get(name); }

    public boolean isKnown(String name) { return KNOWN.contains(name); }

    /** The registry with every transform implemented so far. */
    public static TransformRegistry standard() {
        TransformRegistry r = new TransformRegistry();
        StandardTransforms.registerAll(r);
        return r;
    }
}
