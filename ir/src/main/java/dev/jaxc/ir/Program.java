package dev.jaxc.ir;

import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A set of functions that may call each other by name (one compilation unit's worth), and a
 * side table of per-function attributes: string key/value pairs that stages record for later
 * ones, e.g. the frontend records {@code custom_jvp} from a method's {@code @CustomJvp}
 * annotation for AD to read. Attributes are keyed by function name, so a pass that rebuilds a
 * function under the same name keeps them.
 */
public final class Program {
    private final Map<String, Function> functions = new LinkedHashMap<>();
    private final Map<String, Map<String, String>> attributes = new LinkedHashMap<>();

    public Program() {}

    public Program(Collection<Function> fns) { fns.forEach(this::add); }

    public Program add(Function f) {
        if (functions.putIfAbsent(f.name(), f) != null) throw new IllegalArgumentException("duplicate function " + f.name());
        return this;
    }

    /** Adds or replaces. */
    public Program put(Function f) {
        functions.put(f.name(), f);
        return this;
    }

    public Function get(String name) { return functions.get(name); }
    public boolean has(String name) { return functions.containsKey(name); }
    public Collection<Function> functions() { return functions.values(); }

    /** Sets attribute {@code key} of function {@code fn} (the function need not be added yet). */
    public Program setAttribute(String fn, String key, String value) {
        attributes.computeIfAbsent(fn, k -> new LinkedHashMap<>()).put(key, value);
        return this;
    }

    /** The value of an attribute of a function, or null. */
    public String attribute(String fn, String key) {
        Map<String, String> a = attributes.get(fn);
        return a == null ? null : a.get(key);
    }

    /** All attributes of a function (read-only, possibly empty). */
    public Map<String, String> attributes(String fn) {
        Map<String, String> a = attributes.get(fn);
        return a == null ? Map.of() : Collections.unmodifiableMap(a);
    }
}
