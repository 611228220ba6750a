package dev.jaxc.passes.util;

import dev.jaxc.ir.Builder;
import dev.jaxc.ir.Op;
import dev.jaxc.ir.Type;
import dev.jaxc.ir.Value;
import dev.jaxc.ir.prim.ArrayCopy;
import dev.jaxc.ir.prim.ArrayLiteral;
import dev.jaxc.ir.prim.ArrayNew;
import dev.jaxc.ir.prim.ArraySet;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * IR for whole-array arithmetic that arrays-as-values need: zeros shaped like an array
 * (Java's arrays of arrays may be ragged, so shapes are values, not types), and elementwise
 * accumulation. Loops are emitted as ForLoops; nothing allocates per element.
 */
public final class ArrayShapes {
    private ArrayShapes() {}

    /**
     * A zero (scalars) or a zero-filled array with the shape of {@code like}. Where {@code def}
     * tells how {@code like} was built (array.new, array.literal, whole-row array.set), the
     * construction is replayed, which keeps Java's null rows of {@code new double[n][]} null;
     * otherwise rows are visited in a loop (so every row must be non-null).
     *
     * @param def the defining op of a value in scope, or null when unknown
     */
    public static Value zerosLike(Builder b, Value like, Function<Value, Op> def) {
        Type t = like.type();
        if (t.isScalar()) return b.zero(t.dtype());
        Op d = def == null ? null : def.apply(like);
        if (d != null) {
            if (d.prim() instanceof ArrayNew n) return b.emit1(n, d.inputs().toArray(new Value[0]));
            if (d.prim() instanceof ArrayCopy) return zerosLike(b, d.input(0), def);
            if (d.prim() instanceof ArraySet s) {
                Value base = zerosLike(b, d.input(0), def);
                Value stored = d.input(d.inputs().size() - 1);
                if (stored.type().isScalar()) return base;
                List<Value> args = new ArrayList<>(d.inputs().subList(1, 1 + s.indices()));
                args.add(zerosLike(b, stored, def));
                return b.arraySet(base, args.toArray(new Value[0]));
            }
            if (d.prim() instanceof ArrayLiteral lit) {
                if (t.rank() == 1) return b.arrayNew(t.dtype(), 1, b.i32(d.inputs().size()));
                List<Value> rows = new ArrayList<>();
                for (Value row : d.inputs()) rows.add(zerosLike(b, row, def));
                return b.arrayLiteral(lit.elem(), lit.rank(), rows);
            }
        }
        return zerosLoop(b, like);
    }

    private static Value zerosLoop(Builder b, Value like) {
        Type t = like.type();
        Value n = b.arrayLength(like);
        Value z = b.arrayNew(t.dtype(), t.rank(), n);
        if (t.rank() == 1) return z;
        return b.forLoop(b.i32(0), n, 1, false, List.of(like), List.of(z), (bb, ps) -> {
            Value row = bb.arrayGet(ps.get(1), ps.get(0));
            return List.of(bb.arraySet(ps.get(2), ps.get(0), zerosLoop(bb, row)));
        }).get(0);
    }

    /** {@code acc + x} elementwise (same shapes); scalars are added directly. */
    public static Value add(Builder b, Value acc, Value x) {
        if (acc.type().isScalar()) return b.add(acc, x);
        Value n = b.arrayLength(acc);
        return b.forLoop(b.i32(0), n, 1, false, List.of(x), List.of(acc), (bb, ps) -> {
            Value i = ps.get(0), xs = ps.get(1), a = ps.get(2);
            Value sum = add(bb, bb.arrayGet(a, i), bb.arrayGet(xs, i));
            return List.of(bb.arraySet(a, i, sum));
        }).get(0);
    }

    /** {@code a[idx] += v} in the form backends turn into an in-place update. */
    public static Value accumulate(Builder b, Value a, List<Value> idx, Value v) {
        Value[] getArgs = idx.toArray(new Value[0]);
        Value old = b.arrayGet(a, getArgs);
        Value[] setArgs = new Value[idx.size() + 1];
        for (int i = 0; i < idx.size(); i++) setArgs[i] = idx.get(i);
        setArgs[idx.size()] = add(b, old, v);
        return b.arraySet(a, setArgs);
    }


    /** Σ a·b over all elements (a scalar product for scalars). */
    public static Value dot(Builder b, Value x, Value y) {
        if (x.type().isScalar()) return b.mul(x, y);
        Value n = b.arrayLength(x);
        return b.forLoop(b.i32(0), n, 1, false, List.of(x, y), List.of(b.zero(x.type().dtype())), (bb, ps) -> {
            Value i = ps.get(0);
            return List.of(bb.add(ps.get(3), dot(bb, bb.arrayGet(ps.get(1), i), bb.arrayGet(ps.get(2), i))));
        }).get(0);
    }
}
