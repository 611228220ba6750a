package dev.jaxc.passes.batching;

import dev.jaxc.ir.Function;
import dev.jaxc.ir.Op;
import dev.jaxc.ir.Region;
import dev.jaxc.ir.Type;
import dev.jaxc.ir.Value;
import dev.jaxc.ir.prim.*;
import dev.jaxc.passes.batching.Repr.Bat;
import dev.jaxc.passes.batching.Repr.Lane;
import dev.jaxc.passes.batching.Repr.Uni;
import dev.jaxc.passes.util.RegionScope;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Emits the batched form of one function for a gang of lanes (a tile of the batch), ISPC style:
 * uniform work once, varying work per lane inside {@link LaneBlock lane loops}. Consecutive
 * per-lane ops share one open lane loop; the loop is closed ("flushed") only where a loop or
 * branch must run around lane loops, and only the lane values still live there are stored.
 *
 * <p>State per value of the source function is a {@link Repr}. Code runs under a mask (the lanes
 * that own it) inside batched branches and lock-step loops; ops that may throw are guarded
 * there so that a lane never throws for code it does not own. Per-primitive rules live in
 * {@link BatchRules}, control flow in {@link ControlFlowRules}; this class is their machinery.
 */
final class GangEmitter {
    /** A repr that must survive lane-loop flushes although no source value names it (masks, branch results). */
    static final class Slot {
        Repr r;

        Slot(Repr r) { this.r = r; }
    }

    private static final class Frame {
        int index;
    }

    final VaryingAnalysis va;
    private final Liveness live;
    // Insertion-ordered (Value has identity equality): flush() allocates tiles in this order, and
    // the emitted code must not depend on identity hash codes (jaxc's output is deterministic).
    private final Map<Value, Repr> env = new LinkedHashMap<>();
    private final Map<Region, Frame> frames = new IdentityHashMap<>();
    private final List<Slot> pinned = new ArrayList<>();
    /** In-place update chains of batched arrays: version → next version. */
    private final Map<Value, Value> successor = new IdentityHashMap<>();
    /** Gang values made by {@code const}, rematerialized inside lane loops. */
    private final Map<Value, Const> constants = new IdentityHashMap<>();
    /** Gang values made by {@code array.new} → their sizes (broadcasting such an array allocates per lane). */
    private final Map<Value, List<Value>> newSizes = new IdentityHashMap<>();

    /** Where ops of the current (gang-level) region go. */
    RegionScope gs;
    /** Where uniform ops may be hoisted to (the function body for the outermost region). */
    private RegionScope hoist;
    /** The open lane loop of {@link #gs}, or null. */
    private LaneBlock blk;
    /** Lanes that own the code being emitted; null = all. */
    Slot mask;
    /** Global number of the tile's lane 0 (null: 0) and the tile's lane count. */
    private Value lo, t;

    GangEmitter(VaryingAnalysis va, Liveness live) {
        this.va = va;
        this.live = live;
    }

    /**
     * Emits f for the lanes {@code [lo, lo + t)} into {@code gang}, storing lane g's results into
     * {@code outs[k][g]}; returns the updated outs.
     */
    List<Value> run(Function f, List<Repr> args, RegionScope gang, RegionScope hoist, Value lo, Value t, List<Value> outs) {
        this.gs = gang;
        this.hoist = hoist;
        this.lo = lo;
        this.t = t;
        List<Slot> ys = region(f.body(), args);
        List<Value> vals = new ArrayList<>();
        for (Slot y : ys) {
            Value v = lane(y.r);
            // A uniform array result is still one array per lane.
            vals.add(y.r instanceof Uni && v.type().isArray() ? copyOrKeep(v) : v);
        }
        List<Slot> outSlots = new ArrayList<>();
        for (int k = 0; k < outs.size(); k++) {
            Bat out = new Bat(outs.get(k), 0, true);
            outSlots.add(pin(setLane(out, vals.get(k))));
        }
        unpin(ys);
        flush();
        List<Value> result = new ArrayList<>();
        for (Slot s : outSlots) result.add(((Bat) s.r).arr());
        unpin(outSlots);
        return result;
    }

    // ---- values -----------------------------------------------------------------------------

    Repr repr(Value v) {
        Repr r = env.get(v);
        if (r == null) throw new IllegalStateException("no batched form for " + v);
        return r;
    }

    List<Repr> reprs(List<Value> vs) {
        List<Repr> out = new ArrayList<>(vs.size());
        for (Value v : vs) out.add(repr(v));
        return out;
    }

    void bind(Value v, Repr r) {
        if (!v.type().equals(r.laneType())) throw new IllegalStateException("binding " + v + " to " + r);
        env.put(v, r);
    }

    Slot pin(Repr r) {
        Slot s = new Slot(r);
        pinned.add(s);
        return s;
    }

    List<Slot> pinAll(List<Repr> rs) {
        List<Slot> out = new ArrayList<>(rs.size());
        for (Repr r : rs) out.add(pin(r));
        return out;
    }

    void unpin(Slot s) {
        for (int i = pinned.size() - 1; i >= 0; i--) {
            if (pinned.get(i) == s) {
                pinned.remove(i);
                return;
            }
        }
    }

    void unpin(List<Slot> ss) { for (Slot s : ss) unpin(s); }

    static List<Repr> reprsOf(List<Slot> ss) {
        List<Repr> out = new ArrayList<>(ss.size());
        for (Slot s : ss) out.add(s.r);
        return out;
    }

    /** Needed by an op not yet finished or a later one. */
    private boolean liveAtFlush(Value v) {
        Frame f = frames.get(live.regionOf(v));
        return f != null && live.lastUse(v) >= f.index;
    }

    /** Needed after the op in progress. */
    boolean liveAfter(Value v) {
        Frame f = frames.get(live.regionOf(v));
        return f != null && live.lastUse(v) > f.index;
    }

    // ---- regions and ops --------------------------------------------------------------------

    /** Emits a region's ops with its parameters bound to {@code args}; returns its yields, pinned. */
    List<Slot> region(Region r, List<Repr> args) {
        Frame f = new Frame();
        frames.put(r, f);
        for (int i = 0; i < args.size(); i++) bind(r.params().get(i), args.get(i));
        List<Op> ops = r.ops();
        for (int i = 0; i < ops.size(); i++) {
            f.index = i;
            op(ops.get(i));
        }
        f.index = ops.size();
        List<Slot> ys = new ArrayList<>();
        for (Value y : r.yields()) ys.add(pin(repr(y)));
        frames.remove(r);
        // The region's values are dead now (its results live on in the pinned yields).
        for (Value p : r.params()) env.remove(p);
        for (Op op : ops) for (Value v : op.results()) env.remove(v);
        return ys;
    }

    private void op(Op op) {
        gs.at(op.loc());
        if (blk != null) blk.scope.at(op.loc());
        if (va.plan(op) == Plan.UNIFORM) uniform(op);
        else op.prim().accept(new BatchRules(this, op));
    }

    /** Copies an op whose inputs are all uniform, as high up as its inputs allow. */
    private void uniform(Op op) {
        List<Value> ins = new ArrayList<>();
        for (Value in : op.inputs()) ins.add(((Uni) repr(in)).v());
        RegionScope target = hoist;
        for (Value v : ins) {
            if (!target.sees(v)) {
                target = gs;
                break;
            }
        }
        target.at(op.loc());
        List<Value> res = target.copy(op, ins);
        for (int k = 0; k < res.size(); k++) bind(op.results().get(k), new Uni(res.get(k)));
        if (op.prim() instanceof Const c) constants.put(res.get(0), c);
        if (op.prim() instanceof ArrayNew) newSizes.put(res.get(0), ins);
    }

    /** Runs {@code body} with {@code s} as the gang scope (a loop body or branch); flushes before returning. */
    <T> T inScope(RegionScope s, Supplier<T> body) {
        if (blk != null) throw new IllegalStateException("entering a nested scope with an open lane loop");
        RegionScope savedGs = gs, savedHoist = hoist;
        Slot savedMask = mask;
        gs = s;
        hoist = s;
        try {
            T out = body.get();
            flush();
            return out;
        } finally {
            gs = savedGs;
            hoist = savedHoist;
            mask = savedMask;
        }
    }

    // ---- lane loops -------------------------------------------------------------------------

    /** The tile's lane count (visible in the gang scope's ancestors). */
    Value tileLength() { return t; }

    LaneBlock block() {
        if (blk == null) blk = new LaneBlock(gs, lo);
        return blk;
    }

    /** The value of r for the current lane, inside the open lane loop. */
    Value lane(Repr r) {
        LaneBlock b = block();
        if (r instanceof Uni u) {
            Const c = constants.get(u.v());
            return c != null ? b.constant(c) : b.scope.use(u.v());
        }
        if (r instanceof Lane ln) {
            if (!b.scope.owns(ln.v())) throw new IllegalStateException("lane value " + ln.v() + " outlived its lane loop");
            return ln.v();
        }
        Bat bt = (Bat) r;
        Value known = b.reads.get(bt.arr());
        if (known == null) {
            known = laneOfBatched(b, bt);
            b.reads.put(bt.arr(), known);
        }
        return known;
    }

    List<Value> lanes(List<Value> vs) {
        List<Value> out = new ArrayList<>(vs.size());
        for (Value v : vs) out.add(lane(repr(v)));
        return out;
    }

    private Value laneOfBatched(LaneBlock b, Bat bt) {
        RegionScope s = b.scope;
        Value arr = s.use(bt.arr());
        Value idx = b.index(bt.global());
        if (bt.axis() == 0) return s.emit1(new ArrayGet(1), arr, idx);
        // Lane l's array is the slice arr[i][l]: gather it (only whole-array uses of axis-1 arrays get here).
        Type lt = bt.laneType();
        Value len = s.emit1(new ArrayLength(), arr);
        Value fresh = s.emit1(new ArrayNew(lt.dtype(), lt.rank()), len);
        return s.forLoop(b.constant(Const.ofInt(0)), len, 1, false, List.of(fresh), (in, ps) -> {
            Value e = in.emit1(new ArrayGet(2), arr, ps.get(0), idx);
            return List.of(in.emit1(new ArraySet(1), ps.get(1), ps.get(0), e));
        }).get(0);
    }

    /** Index list for an element access of a batched array: the lane index inserted at its axis. */
    List<Value> batchedIndices(Bat bt, List<Value> idx) {
        List<Value> out = new ArrayList<>(idx);
        out.add(bt.axis(), block().index(bt.global()));
        return out;
    }

    Value maskLane() { return mask == null ? null : lane(mask.r); }

    boolean masked() { return mask != null; }

    /**
     * Emits {@code prim(ins)} for the current lane; under a mask, inside a cond so that lanes that
     * do not own the code skip it and get {@code dflt} instead (an op that may throw).
     */
    List<Value> guarded(Primitive prim, List<Value> ins, java.util.function.Function<RegionScope, List<Value>> dflt) {
        LaneBlock b = block();
        Value m = maskLane();
        if (m == null) return b.scope.emit(prim, ins, List.of());
        return b.scope.cond(m, (s, ps) -> s.emit(prim, ins, List.of()), (s, ps) -> dflt.apply(s));
    }

    /** Zero, false, or an empty array of each type: what a skipped op gives masked lanes. */
    static List<Value> defaults(RegionScope s, List<Type> types) {
        List<Value> out = new ArrayList<>(types.size());
        for (Type ty : types) {
            if (ty.isScalar()) out.add(s.emit1(Const.zero(ty.dtype())));
            else out.add(s.emit1(new ArrayNew(ty.dtype(), ty.rank()), s.emit1(Const.ofInt(0))));
        }
        return out;
    }

    private Value allocTile(Type laneType) { return LaneBlock.tile(gs, t, laneType); }

    /** {@code arr} with the current lane's value set to v (a functional update, in place when the backend can). */
    Bat setLane(Bat arr, Value v) {
        LaneBlock b = block();
        Value r = b.scope.emit1(new ArraySet(1), b.scope.use(arr.arr()), b.index(arr.global()), v);
        chain(arr, r);
        if (!arr.global() && arr.axis() == 0) b.storedIn.put(v, r);
        return arr.withArr(r);
    }

    /** Records that {@code next} is the update of {@code from}'s batched array inside the open lane loop. */
    void chain(Bat from, Value next) {
        LaneBlock b = block();
        // The chain starts from the array as the lane loop's enclosing scope sees it (what the loop captured).
        Value root = b.chainRoot.containsKey(from.arr()) ? b.chainRoot.get(from.arr()) : gs.use(from.arr());
        b.chainRoot.put(next, root);
        successor.put(from.arr(), next);
    }

    /**
     * True if {@code self}, the array input of the current op, holds batched array {@code arr}
     * for the last time: neither it nor any other source value naming arr is needed afterwards.
     */
    boolean exclusive(Value arr, Value self) {
        if (liveAfter(self)) return false;
        for (Map.Entry<Value, Repr> e : env.entrySet())
            if (e.getKey() != self && e.getValue() instanceof Bat b && b.arr() == arr && liveAfter(e.getKey())) return false;
        return true;
    }

    /** True if {@code later} is {@code earlier} or an in-place update of it made in a scope visible here. */
    boolean descends(Value later, Value earlier) {
        for (Value v = earlier; v != null && visible(v); v = successor.get(v)) if (v == later) return true;
        return false;
    }

    /**
     * The last in-place update of a batched array visible here (a sibling branch's updates are
     * not: they belong to the other side of a real cond).
     */
    Value latest(Value arr) {
        Value v = arr;
        for (Value n = successor.get(v); n != null && visible(n); n = successor.get(v)) v = n;
        return v;
    }

    private boolean visible(Value v) { return blk != null && blk.scope.owns(v) || gs.sees(v); }

    /**
     * Closes the open lane loop: lane values still needed are stored into tile arrays and
     * batched arrays updated inside become carries; every repr that named them is rebound to
     * the loop's results.
     */
    void flush() {
        LaneBlock b = blk;
        if (b == null) return;
        blk = null;
        List<Repr> needed = new ArrayList<>();
        for (Map.Entry<Value, Repr> e : env.entrySet()) if (liveAtFlush(e.getKey())) needed.add(e.getValue());
        for (Slot s : pinned) needed.add(s.r);
        Map<Value, LaneBlock.Carry> stored = b.close(gs, t, needed);
        for (Map.Entry<Value, Repr> e : env.entrySet()) e.setValue(rebound(e.getValue(), stored));
        for (Slot s : pinned) s.r = rebound(s.r, stored);
    }

    private Repr rebound(Repr r, Map<Value, LaneBlock.Carry> stored) {
        if (r instanceof Lane ln) {
            LaneBlock.Carry c = stored.get(ln.v());
            return c == null ? r : new Bat(c.result, 0, false);
        }
        if (r instanceof Bat bt) {
            LaneBlock.Carry c = stored.get(bt.arr());
            if (c == null) return r;
            successor.put(bt.arr(), c.result);
            return bt.withArr(c.result);
        }
        return r;
    }

    // ---- lane-wise helpers ------------------------------------------------------------------

    /** A uniform array as a batched one: a fresh per-lane array when it is a fresh zero array, else per-lane copies. */
    Bat broadcast(Uni u) {
        Value v = u.v();
        Type ty = v.type();
        List<Value> sizes = newSizes.get(v);
        if (sizes != null) {
            List<Value> dims = new ArrayList<>();
            dims.add(t);
            dims.addAll(sizes);
            return new Bat(gs.emit(new ArrayNew(ty.dtype(), ty.rank() + 1), dims, List.of()).get(0), 0, false);
        }
        Value tile = allocTile(ty);
        Value x = lane(u);
        return setLane(new Bat(tile, 0, false), ty.isArray() ? copyOrKeep(x) : x);
    }

    /** The lane's own copy of an array (masked lanes keep the original: they never write it). */
    Value copyOrKeep(Value arr) { return guarded(new ArrayCopy(), List.of(arr), s -> List.of(s.use(arr))).get(0); }

    Repr and(Slot m, Repr p) { return m == null ? p : logic(BinaryOp.AND, m.r, p); }

    Repr logic(BinaryOp op, Repr a, Repr b) {
        if (a instanceof Uni ua && b instanceof Uni ub) return new Uni(gs.emit1(new Binary(op), ua.v(), ub.v()));
        Value x = lane(a), y = lane(b);
        return new Lane(block().scope.emit1(new Binary(op), x, y));
    }

    Repr not(Repr p) {
        if (p instanceof Uni u) return new Uni(gs.emit1(new Unary(UnaryOp.NOT), u.v()));
        Value x = lane(p);
        return new Lane(block().scope.emit1(new Unary(UnaryOp.NOT), x));
    }

    /** {@code p ? a : b} per lane (uniform when all three are). */
    Repr select(Repr p, Repr a, Repr b) {
        if (p instanceof Uni up && a instanceof Uni ua && b instanceof Uni ub)
            return new Uni(gs.emit1(new Select(), up.v(), ua.v(), ub.v()));
        Value x = lane(p), y = lane(a), z = lane(b);
        return new Lane(block().scope.emit1(new Select(), x, y, z));
    }

    /** The constant a uniform repr holds, if it was made by {@code const}. */
    Const constantOf(Repr r) { return r instanceof Uni u ? constants.get(u.v()) : null; }

    /** A gang-scope constant. */
    Value gangConst(Const c) {
        Value v = gs.emit1(c);
        constants.put(v, c);
        return v;
    }

    /**
     * Brings each repr into the form a loop carry or branch result has: the value itself when
     * uniform ({@code varying} false), else a tile array indexed by the tile-local lane number.
     * Lane values are stored into {@code storages[k]} (the carry's own array, updated in place)
     * when given and no other result names that array, else into a fresh tile. Flushes.
     */
    List<Value> normalize(List<Slot> ys, List<Boolean> varying, List<Value> storages) {
        int n = ys.size();
        Value[] read = new Value[n];
        for (int k = 0; k < n; k++) {
            Repr r = ys.get(k).r;
            if (!varying.get(k)) {
                if (!(r instanceof Uni)) throw new IllegalStateException("uniform result " + k + " is " + r);
                continue;
            }
            if (r instanceof Bat bt && bt.axis() == 0 && !bt.global()) continue;
            if (r instanceof Uni u && u.v().type().isArray() && newSizes.containsKey(u.v())) {
                ys.get(k).r = broadcast(u);
                continue;
            }
            Value x = lane(r);
            read[k] = r instanceof Uni && x.type().isArray() ? copyOrKeep(x) : x;
        }
        for (int k = 0; k < n; k++) {
            if (read[k] == null) continue;
            Value dest = storages == null ? null : storages.get(k);
            if (dest != null) {
                for (int j = 0; j < n; j++)
                    if (j != k && ys.get(j).r instanceof Bat bj && descends(bj.arr(), dest)) dest = null;
            }
            if (dest == null) dest = allocTile(ys.get(k).r.laneType());
            ys.get(k).r = setLane(new Bat(dest, 0, false), read[k]);
        }
        flush();
        List<Value> out = new ArrayList<>(n);
        for (int k = 0; k < n; k++) {
            Repr r = ys.get(k).r;
            out.add(gs.use(r instanceof Uni u ? u.v() : ((Bat) r).arr()));
        }
        return out;
    }

    /** Reprs for a loop's or branch's parameters / results in normalized form. */
    static List<Repr> normalizedReprs(List<Value> vs, List<Boolean> varying) {
        List<Repr> out = new ArrayList<>(vs.size());
        for (int k = 0; k < vs.size(); k++)
            out.add(varying.get(k) ? new Bat(vs.get(k), 0, false) : new Uni(vs.get(k)));
        return out;
    }
}
