package dev.jaxc.frontend;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * Java's block scopes of local variables during attribution. A name whose declaration was
 * rejected is "poisoned": its uses fail quietly instead of adding a second diagnostic.
 */
final class Scopes {
    /** Thrown where a use depends on something already reported. */
    static final class Abort extends RuntimeException {
        Abort() { super(null, null, false, false); }
    }

    private final Deque<Map<String, Var>> stack = new ArrayDeque<>();
    private final Deque<Set<String>> poisoned = new ArrayDeque<>();

    void push() {
        stack.push(new HashMap<>());
        poisoned.push(new HashSet<>());
    }

    void pop() {
        stack.pop();
        poisoned.pop();
    }

    /** The visible variable of that name, null if none; throws Abort for a poisoned name. */
    Var lookup(String name) {
        var vars = stack.iterator();
        var bad = poisoned.iterator();
        while (vars.hasNext()) {
            Var v = vars.next().get(name);
            if (v != null) return v;
            if (bad.next().contains(name)) throw new Abort();
        }
        return null;
    }

    boolean isDeclared(String name) {
        for (Map<String, Var> m : stack) if (m.containsKey(name)) return true;
        for (Set<String> s : poisoned) if (s.contains(name)) return true;
        return false;
    }

    void declare(Var v) { stack.peek().put(v.name, v); }

    void poison(String name) { poisoned.peek().add(name); }
}
