package dev.jaxc.passes.ad;

import dev.jaxc.ir.Value;
import dev.jaxc.ir.prim.ArrayGet;
import dev.jaxc.ir.prim.ArrayLiteral;
import dev.jaxc.ir.prim.ArraySet;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Forward-mode rules of the array primitives. The tangent of an array is an array of the same
 * shape, built by mirroring the primal operations; a zero tangent stays symbolic until a
 * nonzero value is stored into it. array.new, array.length and the indices carry no tangent.
 */
final class ArrayJvpRules {
    private ArrayJvpRules() {}

    static JvpRule get(ArrayGet p) {
        return (e, op, in, tin, out) -> {
            Value[] idx = in.subList(1, in.size()).toArray(new Value[0]);
            return Arrays.asList(e.b().arrayGet(tin.get(0), idx));
        };
    }

    static JvpRule set(ArraySet p) {
        return (e, op, in, tin, out) -> {
            int last = in.size() - 1;
            Value ta = e.instantiate(tin.get(0), in.get(0));
            Value tv = e.instantiate(tin.get(last), in.get(last));
            List<Value> args = new ArrayList<>(in.subList(1, last));
            args.add(tv);
            return Arrays.asList(e.b().arraySet(ta, args.toArray(new Value[0])));
        };
    }

    static JvpRule literal(ArrayLiteral p) {
        return (e, op, in, tin, out) -> {
            List<Value> elems = new ArrayList<>();
            for (int i = 0; i < in.size(); i++) elems.add(e.instantiate(tin.get(i), in.get(i)));
            return Arrays.asList(e.b().arrayLiteral(p.elem(), p.rank(), elems));
        };
    }

    /** a.clone(): the tangent is cloned too, so later in-place updates of either stay apart. */
    static final JvpRule COPY = (e, op, in, tin, out) -> Arrays.asList(e.b().arrayCopy(tin.get(0)));
}
