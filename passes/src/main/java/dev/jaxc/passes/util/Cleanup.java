package dev.jaxc.passes.util;

import dev.jaxc.ir.Function;
import dev.jaxc.ir.Op;
import dev.jaxc.ir.Region;

/**
 * The standard clean-up after a transformation: symbolic-zero folding, CSE and pure DCE,
 * repeated while they keep shrinking the function (each can expose work for the others).
 */
public final class Cleanup {
    private static final int MAX_ROUNDS = 6;

    private Cleanup() {}

    /** For purely linear (tangent or cotangent) code: also folds {@code x*0}, JAX's symbolic-zero convention. */
    public static Function derivative(Function f) { return run(f, true); }

    /** For code that computes primal values too: IEEE-exact folding only, pure DCE. */
    public static Function exact(Function f) { return run(f, false); }

    private static Function run(Function f, boolean zeroProducts) {
        int size = size(f.body());
        for (int round = 0; round < MAX_ROUNDS; round++) {
            Function s0 = zeroProducts ? SimplifyPass.forDerivatives(f) : SimplifyPass.exact(f);
            f = DcePass.run(CsePass.run(s0));
            int s = size(f.body());
            if (s >= size && round >= 1) break; // round 2 sinks constants that round 1 exposed
            size = s;
        }
        return f;
    }

    /** Ops in a region, nested ones included. */
    public static int size(Region r) {
        int n = 0;
        for (Op op : r.ops()) {
            n++;
            for (Region inner : op.regions()) n += size(inner);
        }
        return n;
    }
}
