package dev.jaxc.codegen.jvm;

import dev.jaxc.ir.Function;
import dev.jaxc.ir.Op;
import dev.jaxc.ir.Program;
import dev.jaxc.ir.Region;
import dev.jaxc.ir.Type;
import dev.jaxc.ir.Value;
import dev.jaxc.ir.prim.*;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * May-alias summaries of the ops that hide code (calls, cond, for, while): which array inputs a
 * result may share storage with at any depth (be, contain, or be a row of). {@link
 * OwnershipAnalysis} uses them to know when an array that stays live after such an op may be
 * referenced by its results and so must no longer be written in place.
 *
 * <p>Within a region each array value "reaches" a set of the region's parameters: a parameter
 * reaches itself; {@code array.get} rows, {@code array.set}, {@code select} and the rows of
 * {@code array.copy} / {@code array.literal} reach what their array inputs reach; fresh arrays
 * reach nothing. Loops close the carries' sets over iterations. Calls use the callee's summary
 * (recursive calls the conservative one). Only arrays of one dtype can alias.
 */
final class AliasAnalysis {
    private final Program program;
    private final IdentityHashMap<Op, boolean[][]> opSummaries = new IdentityHashMap<>();
    private final Map<String, boolean[][]> functionSummaries = new HashMap<>();
    private final Set<String> inProgress = new HashSet<>();

    AliasAnalysis(Program program) { this.program = program; }

    /** True if a result of op (a call, cond, for or while) may share storage with input {@code input}. */
    boolean mayReturn(Op op, int input) {
        for (boolean[] row : summary(op)) if (row[input]) return true;
        return false;
    }

    /** {@code [result][input]}: result may share storage with input. */
    boolean[][] summary(Op op) {
        boolean[][] s = opSummaries.get(op);
        if (s == null) {
            s = compute(op);
            opSummaries.put(op, s);
        }
        return s;
    }

    private boolean[][] compute(Op op) {
        int nIn = op.inputs().size();
        List<BitSet> reach;
        Primitive p = op.prim();
        if (p instanceof Call c) {
            boolean[][] f = functionSummary(c.callee(), op);
            return filter(op, f);
        } else if (p instanceof Cond) {
            reach = new ArrayList<>();
            for (int k = 0; k < op.results().size(); k++) reach.add(new BitSet(nIn));
            for (Region r : op.regions()) {
                BitSet[] y = yieldReach(r);
                for (int k = 0; k < y.length; k++) {
                    BitSet out = reach.get(k);
                    y[k].stream().forEach(j -> out.set(j + 1));
                }
            }
        } else if (p instanceof ForLoop f) {
            Region body = op.region(0);
            int base = 2 + f.nConsts();
            BitSet[] y = yieldReach(body);
            // body parameters: i, consts (inputs 2..), carries
            reach = closeCarries(op, base, List.<BitSet[]>of(y),
                    param -> param == 0 ? -1 : param - 1 < f.nConsts() ? 1 + param : -2 - (param - 1 - f.nConsts()));
        } else if (p instanceof WhileLoop w) {
            BitSet[] yc = yieldReach(op.region(0));
            BitSet[] yb = yieldReach(op.region(1));
            BitSet[] fwd = new BitSet[yb.length];
            for (int k = 0; k < yb.length; k++) fwd[k] = yc[k + 1];
            // both regions' parameters: consts (inputs 0..), carries
            reach = closeCarries(op, w.nConsts(), List.of(fwd, yb),
                    param -> param < w.nConsts() ? param : -2 - (param - w.nConsts()));
        } else {
            throw new IllegalArgumentException("no alias summary for " + p.name());
        }
        boolean[][] s = new boolean[op.results().size()][nIn];
        for (int k = 0; k < s.length; k++) {
            BitSet b = reach.get(k);
            for (int j = b.nextSetBit(0); j >= 0; j = b.nextSetBit(j + 1)) s[k][j] = true;
        }
        return filter(op, s);
    }

    /** Maps a region parameter to an op input (≥ 0), a carry ({@code -2 - c}) or nothing (-1). */
    private interface ParamMap { int map(int param); }

    /**
     * Loop results: carry c reaches its init and, through each region's yield for c, the inputs
     * reached by the parameters that yield reaches (consts directly, carries transitively).
     */
    private List<BitSet> closeCarries(Op op, int carryBase, List<BitSet[]> yieldsPerRegion, ParamMap map) {
        int m = op.inputs().size() - carryBase;
        List<BitSet> r = new ArrayList<>();
        for (int c = 0; c < m; c++) {
            BitSet b = new BitSet();
            b.set(carryBase + c);
            r.add(b);
        }
        boolean changed = true;
        while (changed) {
            changed = false;
            for (int c = 0; c < m; c++) {
                BitSet b = r.get(c);
                int before = b.cardinality();
                for (BitSet[] ys : yieldsPerRegion) {
                    BitSet y = ys[c];
                    for (int j = y.nextSetBit(0); j >= 0; j = y.nextSetBit(j + 1)) {
                        int t = map.map(j);
                        if (t >= 0) b.set(t);
                        else if (t <= -2) b.or(r.get(-2 - t));
                    }
                }
                if (b.cardinality() != before) changed = true;
            }
        }
        return r;
    }

    private boolean[][] functionSummary(String callee, Op call) {
        Function f = program.get(callee);
        if (f == null || inProgress.contains(callee)) return conservative(call);
        boolean[][] s = functionSummaries.get(callee);
        if (s != null) return s;
        inProgress.add(callee);
        try {
            BitSet[] y = yieldReach(f.body());
            s = new boolean[y.length][f.params().size()];
            for (int k = 0; k < y.length; k++)
                for (int j = y[k].nextSetBit(0); j >= 0; j = y[k].nextSetBit(j + 1)) s[k][j] = true;
        } finally {
            inProgress.remove(callee);
        }
        functionSummaries.put(callee, s);
        return s;
    }

    private static boolean[][] conservative(Op op) {
        boolean[][] s = new boolean[op.results().size()][op.inputs().size()];
        for (boolean[] row : s) java.util.Arrays.fill(row, true);
        return s;
    }

    /** Keeps only pairs that can alias at all: two arrays of one dtype. */
    private static boolean[][] filter(Op op, boolean[][] s) {
        boolean[][] out = new boolean[op.results().size()][op.inputs().size()];
        for (int k = 0; k < out.length; k++) {
            Type rt = op.results().get(k).type();
            for (int j = 0; j < out[k].length; j++) {
                Type it = op.inputs().get(j).type();
                out[k][j] = s[k][j] && rt.isArray() && it.isArray() && rt.dtype() == it.dtype();
            }
        }
        return out;
    }

    /** For each yield of r, the parameters of r it may share storage with. */
    BitSet[] yieldReach(Region r) {
        IdentityHashMap<Value, BitSet> reach = new IdentityHashMap<>();
        for (int i = 0; i < r.params().size(); i++) {
            BitSet b = new BitSet();
            if (r.params().get(i).type().isArray()) b.set(i);
            reach.put(r.params().get(i), b);
        }
        ReachRule rule = new ReachRule(reach);
        for (Op op : r.ops()) {
            rule.op = op;
            List<BitSet> res = op.prim().accept(rule);
            for (int k = 0; k < op.results().size(); k++) reach.put(op.results().get(k), res.get(k));
        }
        BitSet[] out = new BitSet[r.yields().size()];
        for (int k = 0; k < out.length; k++) out[k] = (BitSet) reach.get(r.yields().get(k)).clone();
        return out;
    }

    /** The reach of each result of one op from the reach of its inputs. */
    private final class ReachRule implements PrimitiveVisitor<List<BitSet>> {
        private final IdentityHashMap<Value, BitSet> reach;
        Op op;

        ReachRule(IdentityHashMap<Value, BitSet> reach) { this.reach = reach; }

        private BitSet of(int input) { return reach.get(op.inputs().get(input)); }

        private List<BitSet> none() { return List.of(new BitSet()); }

        private List<BitSet> union(int... inputs) {
            BitSet b = new BitSet();
            for (int i : inputs) b.or(of(i));
            return List.of(b);
        }

        private List<BitSet> viaSummary() {
            boolean[][] s = summary(op);
            List<BitSet> out = new ArrayList<>();
            for (boolean[] row : s) {
                BitSet b = new BitSet();
                for (int j = 0; j < row.length; j++) if (row[j]) b.or(of(j));
                out.add(b);
            }
            return out;
        }

        @Override public List<BitSet> visitConst(Const p) { return none(); }
        @Override public List<BitSet> visitUnary(Unary p) { return none(); }
        @Override public List<BitSet> visitBinary(Binary p) { return none(); }
        @Override public List<BitSet> visitCompare(Compare p) { return none(); }
        @Override public List<BitSet> visitConvert(Convert p) { return none(); }
        @Override public List<BitSet> visitSelect(Select p) { return union(1, 2); }
        @Override public List<BitSet> visitArrayNew(ArrayNew p) { return none(); }

        @Override public List<BitSet> visitArrayLiteral(ArrayLiteral p) {
            int[] all = new int[op.inputs().size()];
            for (int i = 0; i < all.length; i++) all[i] = i;
            return union(all);
        }

        @Override public List<BitSet> visitArrayGet(ArrayGet p) { return op.result().type().isArray() ? union(0) : none(); }
        @Override public List<BitSet> visitArraySet(ArraySet p) { return union(0, p.indices() + 1); }
        @Override public List<BitSet> visitArrayLength(ArrayLength p) { return none(); }
        @Override public List<BitSet> visitArrayCopy(ArrayCopy p) { return op.result().type().rank() >= 2 ? union(0) : none(); }
        @Override public List<BitSet> visitCall(Call p) { return viaSummary(); }
        @Override public List<BitSet> visitCond(Cond p) { return viaSummary(); }
        @Override public List<BitSet> visitForLoop(ForLoop p) { return viaSummary(); }
        @Override public List<BitSet> visitWhileLoop(WhileLoop p) { return viaSummary(); }
        /** Draws return fresh arrays. */
        @Override public List<BitSet> visitPrng(Prng p) { return none(); }
    }
}
