package dev.jaxc.codegen.jvm;

import dev.jaxc.ir.Op;
import dev.jaxc.ir.Region;
import dev.jaxc.ir.Value;
import dev.jaxc.ir.prim.*;
import java.util.ArrayList;
import java.util.List;

/**
 * Plans a region's use of the operand stack (see {@link StackPlan}). Each consumer (an op, or
 * the region's tail) takes some inputs from the stack in order ({@link StackInputs}). Scanning
 * them from the last, an input is left on the stack by its definition when that is the op just
 * before the consumer's already-planned trees (constants, which have no code, may lie between),
 * has one result and no regions, and the value has no other use; the scan then continues before that definition's own tree. Inputs that are not
 * stacked are loaded from their homes right before the next stacked tree (or the consumer), so
 * the stack holds the inputs in order. Nothing moves but loads of locals, which nothing in
 * between writes.
 */
final class StackPlanner {
    private StackPlanner() {}

    /** What a region's tail takes from the stack. */
    enum Tail {
        /** Nothing: the caller reads the yields from their homes. */
        NONE,
        /** The only yield, for a return. */
        VALUE,
        /** The first yield, as a while loop's condition. */
        BRANCH
    }

    static StackPlan plan(Region r, RegionUses uses, OwnershipAnalysis ownership, Tail tail) {
        int n = r.ops().size();
        List<List<Value>> loads = new ArrayList<>(n + 1);
        for (int q = 0; q <= n; q++) loads.add(new ArrayList<>());
        StackPlan plan = new StackPlan(loads);
        int[] treeStart = new int[n + 1];
        StackInputs inputs = new StackInputs(ownership);
        for (int q = 0; q <= n; q++) {
            int[] idx;
            List<Value> in;
            boolean branch;
            Op op = q < n ? r.ops().get(q) : null;
            if (op != null) {
                inputs.op = op;
                idx = op.prim().accept(inputs);
                in = new ArrayList<>(idx.length);
                for (int i : idx) in.add(op.input(i));
                branch = op.prim() instanceof Cond || op.prim() instanceof Select;
            } else {
                idx = tail == Tail.NONE ? new int[0] : new int[] {0};
                in = tail == Tail.NONE ? List.of() : List.of(r.yields().get(0));
                branch = tail == Tail.BRANCH;
            }
            int m = in.size();
            boolean[] stacked = new boolean[m];
            int[] start = new int[m];
            int cursor = skipConsts(r, q - 1);
            for (int j = m - 1; j >= 0; j--) {
                Value v = in.get(j);
                if (op != null && !inputs.stackable(idx[j])) continue;
                int pd = uses.defPos(v);
                if (pd < 0 || pd != cursor) continue;
                Op d = r.ops().get(pd);
                if (!eligible(d, v, uses)) continue;
                stacked[j] = true;
                start[j] = treeStart[pd];
                cursor = skipConsts(r, treeStart[pd] - 1);
                plan.stack(v);
                if (branch && j == 0 && d.prim() instanceof Compare) plan.fuse(d);
            }
            List<Value> pending = new ArrayList<>();
            treeStart[q] = q;
            for (int j = 0; j < m; j++) {
                if (stacked[j]) {
                    loads.get(start[j]).addAll(0, pending);
                    pending.clear();
                    treeStart[q] = Math.min(treeStart[q], start[j]);
                } else {
                    pending.add(in.get(j));
                }
            }
            loads.get(q).addAll(pending);
        }
        return plan;
    }

    /** Constants emit no code where they are defined, so trees may reach across them. */
    private static int skipConsts(Region r, int q) {
        while (q >= 0 && r.ops().get(q).prim() instanceof Const) q--;
        return q;
    }

    private static boolean eligible(Op d, Value v, RegionUses uses) {
        if (d.results().size() != 1 || !d.regions().isEmpty() || uses.useCount(v) != 1) return false;
        // constants are pushed where used; an in-place set's result shares its array's local
        return !(d.prim() instanceof Const) && !(d.prim() instanceof ArraySet);
    }

    /** The inputs each op takes from the stack, in push order; the lowerings agree with this table. */
    static final class StackInputs implements PrimitiveVisitor<int[]> {
        private static final int[] NONE = new int[0];
        private final OwnershipAnalysis ownership;
        Op op;

        StackInputs(OwnershipAnalysis ownership) { this.ownership = ownership; }

        /** An in-place set writes through its array's local, so the array is never a stacked tree. */
        boolean stackable(int input) { return !(op.prim() instanceof ArraySet && input == 0); }

        private int[] all() {
            int[] a = new int[op.inputs().size()];
            for (int i = 0; i < a.length; i++) a[i] = i;
            return a;
        }

        @Override public int[] visitConst(Const p) { return NONE; }
        @Override public int[] visitUnary(Unary p) { return all(); }
        @Override public int[] visitBinary(Binary p) { return all(); }
        @Override public int[] visitCompare(Compare p) { return all(); }
        @Override public int[] visitConvert(Convert p) { return all(); }
        /** The predicate; the chosen operand is loaded in its branch. */
        @Override public int[] visitSelect(Select p) { return new int[] {0}; }
        @Override public int[] visitArrayNew(ArrayNew p) { return all(); }
        /** Elements are loaded between the dup/index pushes of each store. */
        @Override public int[] visitArrayLiteral(ArrayLiteral p) { return NONE; }
        /** Array and first index; further indices are loaded after each aaload. */
        @Override public int[] visitArrayGet(ArrayGet p) { return new int[] {0, 1}; }

        @Override public int[] visitArraySet(ArraySet p) {
            if (!ownership.setPlan(op).inPlace()) return NONE;
            return p.indices() == 1 ? new int[] {0, 1, 2} : new int[] {0, 1};
        }

        @Override public int[] visitArrayLength(ArrayLength p) { return all(); }
        @Override public int[] visitArrayCopy(ArrayCopy p) { return all(); }
        @Override public int[] visitCall(Call p) { return all(); }
        @Override public int[] visitCond(Cond p) { return new int[] {0}; }
        @Override public int[] visitForLoop(ForLoop p) { return NONE; }
        @Override public int[] visitWhileLoop(WhileLoop p) { return NONE; }
        /** A legacy draw pushes its receiver before the inputs, so it loads them itself. */
        @Override public int[] visitPrng(Prng p) { return p.legacy() ? NONE : all(); }
    }
}
