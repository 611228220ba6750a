package dev.jaxc.frontend;

import com.github.javaparser.ast.Node;
import dev.jaxc.ir.Value;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;

/**
 * The current SSA value of each Java variable in the region being built. A variable that is
 * declared but not definitely assigned has no entry.
 */
final class Env {
    private final LinkedHashMap<Var, Value> values = new LinkedHashMap<>();

    Value get(Var v) {
        Value x = values.get(v);
        if (x == null) throw new IllegalStateException("variable '" + v + "' has no value here");
        return x;
    }

    boolean has(Var v) { return values.containsKey(v); }

    void put(Var v, Value x) { values.put(v, x); }

    void remove(Var v) { values.remove(v); }

    /** Variables with a value, in the order they first got one. */
    List<Var> vars() { return new ArrayList<>(values.keySet()); }

    /** Ends the scope of {@code n}: forgets the variables declared inside it. */
    void removeDeclaredWithin(Node n) { values.keySet().removeIf(v -> v.decl != null && Ast.isWithin(v.decl, n)); }
}
