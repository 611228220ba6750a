package dev.jaxc.ir.text;

import dev.jaxc.ir.Value;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Set;

/**
 * Names the values of one function in definition order: a value's (sanitized) hint, made unique
 * with {@code _1}, {@code _2}, ...; values without a hint get {@code 0}, {@code 1}, ... Hinted
 * names never start with a digit, so the two kinds cannot collide, and parsing the names back as
 * hints reproduces the same names.
 */
final class ValueNamer {
    private final Map<Value, String> names = new IdentityHashMap<>();
    private final Set<String> used = new HashSet<>();
    private int counter;

    /** Name for a value at its definition (or at a use of a value this function never defines). */
    String name(Value v) {
        String n = names.get(v);
        if (n != null) return n;
        String base = Names.sanitizeHint(v.hint());
        if (base == null) {
            do n = Integer.toString(counter++); while (used.contains(n));
        } else {
            n = base;
            for (int k = 1; used.contains(n); k++) n = base + "_" + k;
        }
        used.add(n);
        names.put(v, n);
        return n;
    }

    String ref(Value v) { return "%" + name(v); }
}
