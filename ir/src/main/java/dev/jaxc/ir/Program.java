package dev.jaxc.ir;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;

/** A set of functions that may call each other by name (one compilation unit's worth). */
public final class Program {
    private final Map<String, Function> functions = new LinkedHashMap<>();

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
}
