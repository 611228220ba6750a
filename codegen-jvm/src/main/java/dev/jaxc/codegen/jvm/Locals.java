package dev.jaxc.codegen.jvm;

import dev.jaxc.ir.Type;
import dev.jaxc.ir.Value;
import java.util.BitSet;
import java.util.IdentityHashMap;

/**
 * Local variable slots of one method and the home of each SSA value. A value either owns its
 * slot (freed when the value dies, for reuse by later values) or aliases another's (region
 * parameters, the result of an in-place {@code array.set}). Allocation is first fit, so the
 * same IR always gets the same slots.
 */
final class Locals {
    private final BitSet used = new BitSet();
    private final IdentityHashMap<Value, Home> homes = new IdentityHashMap<>();
    private final IdentityHashMap<Value, Home.Local> owned = new IdentityHashMap<>();

    Home.Local allocate(Type t) {
        int size = JvmTypes.size(t);
        int s = used.nextClearBit(0);
        while (size == 2 && used.get(s + 1)) s = used.nextClearBit(s + 1);
        used.set(s, s + size);
        return new Home.Local(s, t);
    }

    void free(Home.Local l) { used.clear(l.slot(), l.slot() + l.size()); }

    /** v lives in a fresh slot it owns. */
    Home.Local define(Value v) {
        Home.Local l = allocate(v.type());
        own(v, l);
        return l;
    }

    /** v lives in (and will free) slot l. */
    void own(Value v, Home.Local l) {
        homes.put(v, l);
        owned.put(v, l);
    }

    /** v is another name for h: it frees nothing. */
    void alias(Value v, Home h) { homes.put(v, h); }

    /** {@code to} takes over {@code from}'s home, including the duty to free it. */
    void transfer(Value from, Value to) {
        Home h = home(from);
        homes.put(to, h);
        Home.Local l = owned.remove(from);
        if (l != null) owned.put(to, l);
    }

    /** v is dead: its slot, if it owns one, may be reused. Its home stays readable for code already planned. */
    void release(Value v) {
        Home.Local l = owned.remove(v);
        if (l != null) free(l);
    }

    boolean has(Value v) { return homes.containsKey(v); }

    /** True if v owns (will free) its local. */
    boolean owns(Value v) { return owned.containsKey(v); }

    Home home(Value v) {
        Home h = homes.get(v);
        if (h == null) throw new IllegalStateException("no home for " + v);
        return h;
    }
}
