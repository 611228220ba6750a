package dev.jaxc.codegen.jvm;

import dev.jaxc.ir.Function;
import dev.jaxc.ir.Op;
import dev.jaxc.ir.Region;
import dev.jaxc.ir.Type;
import dev.jaxc.ir.Value;
import dev.jaxc.ir.prim.*;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * Decides where the functional {@code array.set} of the IR may write into the old array (in
 * place) and where it must copy, so that generated code has the IR's value semantics exactly
 * while the code the frontend makes from ordinary Java loops copies nothing.
 *
 * <h2>Ownership depth</h2>
 * Every array value has a <em>storage</em> with an ownership depth d: the array objects at
 * levels {@code 0..d-1} reachable from it (level 0 the array itself, level 1 its rows, ...) are
 * referenced by nothing else that is still live. An {@code array.set} with k indices writes the
 * object at level {@code k-1} of one path; it is done in place iff the array is
 * <em>exclusive</em> at that op with depth ≥ k, where exclusive depth is 0 unless
 * <ol>
 * <li>the array has no use after the op in its region (later ops' inputs, including ops whose
 *   nested regions read it, and the region's yields count) and appears once among the op's
 *   inputs, and then it is d lowered to the level of any row borrowed from it that is still
 *   live (see {@code array.get} below).</li>
 * </ol>
 * Otherwise the levels of the path from the exclusive depth down to {@code k-1} are cloned
 * (copy-on-write: the outer array if it is not exclusive, then the rows written through) and
 * the store goes into the copies.
 *
 * <h2>Depth of each value</h2>
 * <ul>
 * <li>{@code array.new}: full (rank; rows past the given dimensions are null and shared with
 *   nobody). {@code array.literal}: 1 + the least exclusive depth of its row elements.</li>
 * <li>{@code array.copy}: 1, or the source's exclusive depth if larger (its rows then belong to
 *   the copy alone); a source that stays live keeps depth ≤ 1, its rows now being shared.</li>
 * <li>{@code array.set}: in place, the same storage with depth ≤ k + the exclusive depth of a
 *   stored row; with a cloned outer array, 1. A stored row that stays live drops to depth 0.</li>
 * <li>{@code array.get} of a row: depth 0. The source's storage is capped to the row's level,
 *   for good if the row escapes (is stored, yielded, passed where a result may return it), or
 *   as a <em>borrow</em> until the row's last use if it is only read.</li>
 * <li>Function parameters and loop consts: 0 (never written in place), except the parameters
 *   a function's {@link #OWNED_PARAMS} attribute lists: a parallel loop's chunk function gets
 *   the loop's own arrays, to fill its part of them in place. Call results: 0, but 1 for the
 *   only array result of a callee that cannot return (part of) its arguments: that array was
 *   made by the callee and nothing else refers to it.</li>
 * <li>{@code select} of arrays: the lesser exclusive depth of its operands; an operand that
 *   stays live drops to 0.</li>
 * <li>{@code prng} draws: full (fresh arrays of rank 1).</li>
 * <li>cond: each branch's parameter gets the operand's exclusive depth; a result has the least
 *   depth its branches yield with (a yield counts if the value is yielded once).</li>
 * <li>for / while: a carry's parameter has depth D, the greatest fixpoint of
 *   {@code D = min(entry depth, depth of what each region yields for it)}. The entry depth is
 *   the init's exclusive depth; if that is less than the loop needs (the most indices of any
 *   {@code array.set} of the carry's type inside the loop, when the carry is not just passed
 *   through), the init is copied once before the loop (a clone, or a deep copy for 2+-index
 *   writes) instead of on every iteration. Results have depth D.</li>
 * <li>An array input that stays live after a call, cond or loop whose result may share storage
 *   with it ({@link AliasAnalysis}) drops to depth 0.</li>
 * </ul>
 */
final class OwnershipAnalysis {
    /** How one {@code array.set} runs: {@code copied[l]} says whether the object at level l of its path is cloned first. */
    record SetPlan(boolean[] copied) {
        boolean inPlace() {
            for (boolean c : copied) if (c) return false;
            return true;
        }

        boolean clonesOuter() { return copied[0]; }
    }

    /** What a loop does to a carry's init before the first iteration. */
    enum EntryCopy { NONE, SHALLOW, DEEP }

    private final RegionUses.Cache uses;
    private final AliasAnalysis aliases;
    private final boolean inPlace;
    private final IdentityHashMap<Op, SetPlan> setPlans = new IdentityHashMap<>();
    private final IdentityHashMap<Op, EntryCopy[]> entryCopies = new IdentityHashMap<>();
    private final IdentityHashMap<Op, Map<Type, Integer>> setIndices = new IdentityHashMap<>();

    private OwnershipAnalysis(RegionUses.Cache uses, AliasAnalysis aliases, boolean inPlace) {
        this.uses = uses;
        this.aliases = aliases;
        this.inPlace = inPlace;
    }

    /** Program attribute of a function listing parameters it may write in place ({@link ForLoop#OWNED_PARAMS}). */
    static final String OWNED_PARAMS = ForLoop.OWNED_PARAMS;

    /**
     * @param inPlace false (tests only) to copy on every array.set and never before loops
     * @param ownedParams indices of parameters the function may write in place
     */
    static OwnershipAnalysis of(Function f, RegionUses.Cache uses, AliasAnalysis aliases, boolean inPlace, java.util.Set<Integer> ownedParams) {
        OwnershipAnalysis a = new OwnershipAnalysis(uses, aliases, inPlace);
        Storage[] params = new Storage[f.params().size()];
        for (int i = 0; i < params.length; i++) params[i] = new Storage(ownedParams.contains(i) ? f.params().get(i).type().rank() : 0);
        a.walk(f.body(), params);
        return a;
    }

    SetPlan setPlan(Op set) {
        SetPlan p = setPlans.get(set);
        if (p == null) throw new IllegalStateException("array.set outside the analysed function");
        return p;
    }

    EntryCopy entryCopy(Op loop, int carry) {
        EntryCopy[] c = entryCopies.get(loop);
        return c == null || c[carry] == null ? EntryCopy.NONE : c[carry];
    }

    /** Mutable ownership state of the array objects behind one or more (in-place chained) values. */
    private static final class Storage {
        int depth;
        /** {level, last position of use} of rows borrowed for reading. */
        final List<int[]> borrows = new ArrayList<>();

        Storage(int depth) { this.depth = depth; }
    }

    /** Walks r with the given parameter storages (null for scalars); returns each yield's exclusive depth. */
    private int[] walk(Region r, Storage[] params) {
        RegionUses u = uses.of(r);
        IdentityHashMap<Value, Storage> st = new IdentityHashMap<>();
        for (int i = 0; i < params.length; i++) if (params[i] != null) st.put(r.params().get(i), params[i]);
        Walker w = new Walker(u, st);
        for (int q = 0; q < r.ops().size(); q++) {
            w.q = q;
            w.op = r.ops().get(q);
            w.op.prim().accept(w);
        }
        int[] out = new int[r.yields().size()];
        for (int j = 0; j < out.length; j++) {
            Value y = r.yields().get(j);
            Storage s = st.get(y);
            if (s != null && java.util.Collections.frequency(r.yields(), y) == 1) out[j] = s.depth;
        }
        return out;
    }

    /** The most indices of any array.set on arrays of type t inside op's regions. */
    private int neededDepth(Op op, Type t) {
        Map<Type, Integer> m = setIndices.get(op);
        if (m == null) {
            m = new HashMap<>();
            collectSets(op.regions(), m);
            setIndices.put(op, m);
        }
        return m.getOrDefault(t, 0);
    }

    private static void collectSets(List<Region> regions, Map<Type, Integer> m) {
        for (Region r : regions)
            for (Op o : r.ops()) {
                if (o.prim() instanceof ArraySet s) m.merge(o.input(0).type(), s.indices(), Math::max);
                collectSets(o.regions(), m);
            }
    }

    private final class Walker implements PrimitiveVisitor<Void> {
        private final RegionUses u;
        private final IdentityHashMap<Value, Storage> st;
        int q;
        Op op;

        Walker(RegionUses u, IdentityHashMap<Value, Storage> st) {
            this.u = u;
            this.st = st;
        }

        private Value in(int i) { return op.input(i); }

        /** Depth to which v's objects may be taken over by op: 0 unless v dies here, once. */
        private int excl(Value v) {
            Storage s = st.get(v);
            if (!inPlace || s == null || !u.deadAfter(v, q) || RegionUses.occurrences(op, v) > 1) return 0;
            int d = s.depth;
            for (int[] b : s.borrows) if (b[1] >= q) d = Math.min(d, b[0]);
            return d;
        }

        private void cap(Value v, int depth) {
            Storage s = st.get(v);
            if (s != null) s.depth = Math.min(s.depth, depth);
        }

        private void capIfLive(Value v, int depth) {
            if (!u.deadAfter(v, q)) cap(v, depth);
        }

        private void result(int k, int depth) {
            Value r = op.results().get(k);
            if (r.type().isArray()) st.put(r, new Storage(depth));
        }

        /** Inputs that stay live and may be returned by the op's results lose ownership. */
        private void capReturnedInputs() {
            for (int j = 0; j < op.inputs().size(); j++)
                if (op.input(j).type().isArray() && aliases.mayReturn(op, j)) capIfLive(op.input(j), 0);
        }

        @Override public Void visitConst(Const p) { return null; }
        @Override public Void visitUnary(Unary p) { return null; }
        @Override public Void visitBinary(Binary p) { return null; }
        @Override public Void visitCompare(Compare p) { return null; }
        @Override public Void visitConvert(Convert p) { return null; }
        @Override public Void visitArrayLength(ArrayLength p) { return null; }

        @Override public Void visitSelect(Select p) {
            if (!op.result().type().isArray()) return null;
            result(0, Math.min(excl(in(1)), excl(in(2))));
            capIfLive(in(1), 0);
            capIfLive(in(2), 0);
            return null;
        }

        @Override public Void visitArrayNew(ArrayNew p) {
            result(0, p.rank());
            return null;
        }

        @Override public Void visitArrayLiteral(ArrayLiteral p) {
            int d = p.rank();
            if (p.rank() >= 2)
                for (Value e : op.inputs()) {
                    d = Math.min(d, 1 + excl(e));
                    capIfLive(e, 0);
                }
            result(0, p.rank() == 1 ? 1 : d);
            return null;
        }

        @Override public Void visitArrayGet(ArrayGet p) {
            Value row = op.result();
            if (!row.type().isArray()) return null;
            result(0, 0);
            Storage s = st.get(in(0));
            if (s != null) {
                int end = borrowEnd(u, row);
                if (end == CAPTURED) s.depth = Math.min(s.depth, p.indices());
                else s.borrows.add(new int[] {p.indices(), end});
            }
            return null;
        }

        @Override public Void visitArraySet(ArraySet p) {
            Value a = in(0), w = in(p.indices() + 1);
            int ex = excl(a);
            boolean[] clone = new boolean[p.indices()];
            for (int l = 0; l < clone.length; l++) clone[l] = l >= ex;
            int dw = 0;
            if (w.type().isArray()) {
                dw = excl(w);
                capIfLive(w, 0);
            }
            if (!clone[0]) {
                Storage s = st.get(a);
                s.depth = Math.min(s.depth, p.indices() + dw);
                st.put(op.result(), s);
            } else {
                capIfLive(a, 1);
                result(0, 1);
            }
            setPlans.put(op, new SetPlan(clone));
            return null;
        }

        @Override public Void visitArrayCopy(ArrayCopy p) {
            Value a = in(0);
            result(0, a.type().rank() == 1 ? 1 : Math.max(1, excl(a)));
            capIfLive(a, 1);
            return null;
        }

        /** Array draws are fresh arrays of rank 1, owned outright; array inputs are only read. */
        @Override public Void visitPrng(Prng p) {
            result(0, op.result().type().rank());
            return null;
        }

        @Override public Void visitCall(Call p) {
            boolean[][] summary = aliases.summary(op);
            long arrays = op.results().stream().filter(r -> r.type().isArray()).count();
            for (int k = 0; k < op.results().size(); k++) {
                boolean fresh = arrays == 1;
                for (boolean b : summary[k]) fresh &= !b;
                // the only array a callee returns, reaching none of its arguments, is the caller's alone
                result(k, fresh ? 1 : 0);
            }
            capReturnedInputs();
            return null;
        }

        @Override public Void visitCond(Cond p) {
            int n = op.inputs().size() - 1;
            int[] operand = new int[n];
            for (int j = 0; j < n; j++) operand[j] = excl(in(j + 1));
            int[] depth = null;
            for (Region r : op.regions()) {
                Storage[] ps = new Storage[n];
                for (int j = 0; j < n; j++) if (in(j + 1).type().isArray()) ps[j] = new Storage(operand[j]);
                int[] y = walk(r, ps);
                if (depth == null) depth = y;
                else for (int k = 0; k < y.length; k++) depth[k] = Math.min(depth[k], y[k]);
            }
            for (int k = 0; k < op.results().size(); k++) result(k, depth[k]);
            capReturnedInputs();
            return null;
        }

        @Override public Void visitForLoop(ForLoop p) {
            Region body = op.region(0);
            int nc = p.nConsts(), base = 2 + nc, m = op.inputs().size() - base;
            boolean[] modified = new boolean[m];
            for (int c = 0; c < m; c++) modified[c] = body.yields().get(c) != body.params().get(1 + nc + c);
            int[] d = entry(base, modified);
            while (true) {
                Storage[] ps = new Storage[body.params().size()];
                for (int j = 0; j < nc; j++) if (in(2 + j).type().isArray()) ps[1 + j] = new Storage(0);
                for (int c = 0; c < m; c++) if (in(base + c).type().isArray()) ps[1 + nc + c] = new Storage(d[c]);
                if (!lower(d, walk(body, ps), 0)) break;
            }
            for (int c = 0; c < m; c++) result(c, d[c]);
            capReturnedInputs();
            return null;
        }

        @Override public Void visitWhileLoop(WhileLoop p) {
            Region cond = op.region(0), body = op.region(1);
            int nc = p.nConsts(), m = op.inputs().size() - nc;
            boolean[] modified = new boolean[m];
            for (int c = 0; c < m; c++)
                modified[c] = cond.yields().get(1 + c) != cond.params().get(nc + c) || body.yields().get(c) != body.params().get(nc + c);
            int[] d = entry(nc, modified);
            while (true) {
                boolean changed = lower(d, walk(cond, loopParams(nc, m, d)), 1);
                changed |= lower(d, walk(body, loopParams(nc, m, d)), 0);
                if (!changed) break;
            }
            for (int c = 0; c < m; c++) result(c, d[c]);
            capReturnedInputs();
            return null;
        }

        private Storage[] loopParams(int nc, int m, int[] d) {
            Storage[] ps = new Storage[nc + m];
            for (int j = 0; j < nc; j++) if (in(j).type().isArray()) ps[j] = new Storage(0);
            for (int c = 0; c < m; c++) if (in(nc + c).type().isArray()) ps[nc + c] = new Storage(d[c]);
            return ps;
        }

        /** d[c] = min(d[c], yielded[offset + c]); true if anything changed. */
        private static boolean lower(int[] d, int[] yielded, int offset) {
            boolean changed = false;
            for (int c = 0; c < d.length; c++) {
                int nd = Math.min(d[c], yielded[offset + c]);
                if (nd != d[c]) {
                    d[c] = nd;
                    changed = true;
                }
            }
            return changed;
        }

        /** Entry depths of a loop's carries (inputs from {@code base}); records which inits are copied. */
        private int[] entry(int base, boolean[] modified) {
            int m = modified.length;
            int[] d = new int[m];
            EntryCopy[] copies = new EntryCopy[m];
            for (int c = 0; c < m; c++) {
                Value init = in(base + c);
                copies[c] = EntryCopy.NONE;
                if (!init.type().isArray()) continue;
                int e = excl(init);
                int needed = modified[c] && inPlace ? neededDepth(op, init.type()) : 0;
                if (e >= needed) {
                    d[c] = e;
                } else if (needed >= 2) {
                    copies[c] = EntryCopy.DEEP;
                    d[c] = init.type().rank();
                } else {
                    copies[c] = EntryCopy.SHALLOW;
                    d[c] = 1;
                }
            }
            entryCopies.put(op, copies);
            return d;
        }
    }

    private static final int CAPTURED = Integer.MIN_VALUE;

    /**
     * For a row read out of an array: the last position at which it (or a row read out of it)
     * is used if all its uses only read it, else {@link #CAPTURED}.
     */
    private int borrowEnd(RegionUses u, Value row) {
        int end = -1;
        for (RegionUses.Use use : u.uses(row)) {
            if (use.op() == null) return CAPTURED;
            Op o = use.op();
            if (o.prim() instanceof ArrayGet && o.result().type().isArray()) {
                int e = borrowEnd(u, o.result());
                if (e == CAPTURED) return CAPTURED;
                end = Math.max(end, e);
            } else if (o.prim().accept(new Captures(o, use.input()))) {
                return CAPTURED;
            }
            end = Math.max(end, use.position());
        }
        return end;
    }

    /** Whether op may keep a reference to (part of) its array input {@code input} in a result. */
    private final class Captures implements PrimitiveVisitor<Boolean> {
        private final Op op;
        private final int input;

        Captures(Op op, int input) {
            this.op = op;
            this.input = input;
        }

        private boolean viaSummary() { return aliases.mayReturn(op, input); }

        private boolean rows() { return op.input(input).type().rank() >= 2; }

        @Override public Boolean visitConst(Const p) { return false; }
        @Override public Boolean visitUnary(Unary p) { return false; }
        @Override public Boolean visitBinary(Binary p) { return false; }
        @Override public Boolean visitCompare(Compare p) { return false; }
        @Override public Boolean visitConvert(Convert p) { return false; }
        @Override public Boolean visitSelect(Select p) { return true; }
        @Override public Boolean visitArrayNew(ArrayNew p) { return false; }
        @Override public Boolean visitArrayLiteral(ArrayLiteral p) { return true; }
        @Override public Boolean visitArrayGet(ArrayGet p) { return op.result().type().isArray(); }
        /** A set on a row never writes it (the row is not owned) but a copy of it shares its rows. */
        @Override public Boolean visitArraySet(ArraySet p) { return input != 0 || rows(); }
        @Override public Boolean visitArrayLength(ArrayLength p) { return false; }
        @Override public Boolean visitArrayCopy(ArrayCopy p) { return rows(); }
        @Override public Boolean visitCall(Call p) { return viaSummary(); }
        @Override public Boolean visitCond(Cond p) { return viaSummary(); }
        @Override public Boolean visitForLoop(ForLoop p) { return viaSummary(); }
        @Override public Boolean visitWhileLoop(WhileLoop p) { return viaSummary(); }
        @Override public Boolean visitPrng(Prng p) { return false; }
    }
}
