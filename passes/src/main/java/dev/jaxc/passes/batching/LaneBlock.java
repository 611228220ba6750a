package dev.jaxc.passes.batching;

import dev.jaxc.ir.Region;
import dev.jaxc.ir.Type;
import dev.jaxc.ir.Value;
import dev.jaxc.ir.prim.ArrayNew;
import dev.jaxc.ir.prim.ArraySet;
import dev.jaxc.ir.prim.Binary;
import dev.jaxc.ir.prim.BinaryOp;
import dev.jaxc.ir.prim.Const;
import dev.jaxc.ir.prim.ForLoop;
import dev.jaxc.passes.util.RegionScope;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * The open lane loop {@code for (l = 0; l < t; l++)}: consecutive per-lane work of the batched
 * function, fused into one counted loop so that intermediate values stay scalars (registers)
 * instead of batch-sized arrays. The loop is emitted when the block is closed; only then is it
 * known which lane values the rest of the function still needs (they are stored into tile
 * arrays, the loop's carries) and which batched arrays it updated (those become carries too).
 */
final class LaneBlock {
    /** A value threaded through the lane loop: {@code init} outside, {@code param} inside, {@code next} yielded. */
    static final class Carry {
        final Value init;
        final Value param;
        Value next;
        Value result;

        Carry(Value init, Value param) {
            this.init = init;
            this.param = param;
            this.next = param;
        }
    }

    final RegionScope scope;
    /** The tile-local lane number. */
    final Value l;
    /** Global lane number of lane 0 (visible in the enclosing gang scope), or null for 0. */
    private final Value lo;
    private Value g;
    final List<Carry> carries = new ArrayList<>();
    /** Per-lane reads of batched arrays, by the array value. */
    final Map<Value, Value> reads = new IdentityHashMap<>();
    private final Map<Const, Value> consts = new java.util.HashMap<>();
    /** Lane values already stored at this lane of a tile array (local index, axis 0) → that array's version. */
    final Map<Value, Value> storedIn = new IdentityHashMap<>();
    /** Block-local versions of batched arrays updated here → the enclosing value they started from. */
    final Map<Value, Value> chainRoot = new IdentityHashMap<>();

    LaneBlock(RegionScope gang, Value lo) {
        this.scope = gang.child();
        this.l = scope.param(Type.I32, "l");
        this.lo = lo;
    }

    /** The lane number in the whole batch. */
    Value global() {
        if (g == null) g = lo == null ? l : scope.emit1(new Binary(BinaryOp.ADD), l, lo);
        return g;
    }

    Value index(boolean global) { return global ? global() : l; }

    /** A constant emitted inside the loop (cheaper to rematerialize than to pass in). */
    Value constant(Const c) { return consts.computeIfAbsent(c, k -> scope.emit1(k)); }

    /** A new carry initialised from {@code init} (a value of the enclosing gang scope). */
    Carry carry(Value init) {
        Carry c = new Carry(init, scope.param(init.type(), init.hint()));
        carries.add(c);
        return c;
    }

    /** Turns the captured enclosing array {@code outer} into a carry (it is updated in place here). */
    Carry carryCaptured(Value outer) {
        Carry c = new Carry(outer, scope.release(outer));
        carries.add(c);
        return c;
    }

    /** A tile array in {@code gang} holding one value of {@code laneType} for each of t lanes. */
    static Value tile(RegionScope gang, Value t, Type laneType) {
        return gang.emit1(new ArrayNew(laneType.dtype(), laneType.rank() + 1), t);
    }

    /**
     * Emits the loop into {@code gang} (for t lanes). Of the reprs in {@code needed}, lane values
     * of this loop are stored into tile arrays, and batched arrays updated here become carries.
     * Returns, for each such lane value or array version, the carry whose result now holds it;
     * an empty loop is not emitted.
     */
    Map<Value, Carry> close(RegionScope gang, Value t, List<Repr> needed) {
        Map<Value, Carry> stored = new IdentityHashMap<>();
        Map<Value, Value> chainCarried = new IdentityHashMap<>(); // root → carried version
        for (Repr r : needed) {
            if (r instanceof Repr.Bat bt && chainRoot.containsKey(bt.arr()) && !stored.containsKey(bt.arr())) {
                Value root = chainRoot.get(bt.arr());
                if (chainCarried.put(root, bt.arr()) != null) throw new IllegalStateException("two versions of one batched array outlive a lane loop");
                Carry c = carryCaptured(root);
                c.next = bt.arr();
                stored.put(bt.arr(), c);
            }
        }
        for (Repr r : needed) {
            if (!(r instanceof Repr.Lane ln) || !scope.owns(ln.v()) || stored.containsKey(ln.v())) continue;
            // A lane value some tile array that outlives the loop already holds at this lane is read from there.
            Value in = storedIn.get(ln.v());
            Carry c = in == null ? null : stored.get(in);
            if (c == null) {
                c = carry(tile(gang, t, ln.v().type()));
                c.next = scope.emit1(new ArraySet(1), c.param, l, ln.v());
            }
            stored.put(ln.v(), c);
        }
        if (carries.isEmpty() && !scope.hasOps()) return stored;
        List<Value> params = new ArrayList<>(), inits = new ArrayList<>(), nexts = new ArrayList<>();
        for (Carry c : carries) {
            params.add(c.param);
            inits.add(c.init);
            nexts.add(c.next);
        }
        List<Value> consts = scope.captured();
        Region body = scope.close(List.of(l), consts, params, nexts);
        List<Value> in = new ArrayList<>();
        in.add(gang.emit1(Const.ofInt(0)));
        in.add(t);
        in.addAll(consts);
        in.addAll(inits);
        List<Value> results = gang.emit(new ForLoop(1, false, consts.size()), in, List.of(body));
        for (int i = 0; i < carries.size(); i++) carries.get(i).result = results.get(i);
        return stored;
    }
}
