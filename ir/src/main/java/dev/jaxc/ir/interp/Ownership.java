package dev.jaxc.ir.interp;

import dev.jaxc.ir.Op;
import dev.jaxc.ir.Region;
import dev.jaxc.ir.Value;
import dev.jaxc.ir.prim.*;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * When may the interpreter hand an array on without copying it? {@code array.set} has value
 * semantics, so it copies, unless no one can observe the difference. A use of an array value
 * may take the value's array object over ("transfer") when every other use of the value in
 * the region comes earlier and only reads it (array.get, array.length, array.copy, or as the
 * array of an array.set, which copies then), and the value appears only once in that use. At
 * run time the interpreter also tracks, per frame slot, whether the slot's array is owned:
 * freshly made by array.new/literal/copy/set, or transferred in through a region parameter or
 * a result. An array.set whose array input is owned and transferable updates in place. Rows of
 * rank ≥ 2 arrays may be shared (array.get, array.copy), so only the outermost array is ever
 * updated in place; inner rows are copied. Arrays from the caller of the interpreter are never
 * owned.
 */
final class Ownership {
    private Ownership() {}

    /** Transferable uses of one region: per op and input, and per yield. */
    record Result(boolean[][] inputs, boolean[] yields) {}

    private record Use(int index, boolean readsOnly) {}

    static Result analyze(Region r) {
        List<Op> ops = r.ops();
        Map<Value, List<Use>> uses = new IdentityHashMap<>();
        for (int j = 0; j < ops.size(); j++) {
            Op op = ops.get(j);
            for (int k = 0; k < op.inputs().size(); k++) {
                Value v = op.inputs().get(k);
                if (v.type().isArray()) uses.computeIfAbsent(v, x -> new ArrayList<>()).add(new Use(j, op.prim().accept(new ReadsOnly(k))));
            }
        }
        for (Value y : r.yields()) if (y.type().isArray()) uses.computeIfAbsent(y, x -> new ArrayList<>()).add(new Use(ops.size(), false));

        boolean[][] in = new boolean[ops.size()][];
        for (int j = 0; j < ops.size(); j++) {
            List<Value> inputs = ops.get(j).inputs();
            in[j] = new boolean[inputs.size()];
            for (int k = 0; k < inputs.size(); k++) in[j][k] = transferable(uses.get(inputs.get(k)), j);
        }
        boolean[] ys = new boolean[r.yields().size()];
        for (int k = 0; k < ys.length; k++) ys[k] = transferable(uses.get(r.yields().get(k)), ops.size());
        return new Result(in, ys);
    }

    /** The use at {@code index} is the value's only use there, and all its other uses are earlier reads. */
    private static boolean transferable(List<Use> uses, int index) {
        if (uses == null) return false;
        boolean seen = false;
        for (Use u : uses) {
            if (u.index() == index) {
                if (seen) return false;
                seen = true;
            } else if (u.index() > index || !u.readsOnly()) {
                return false;
            }
        }
        return seen;
    }

    /** Whether input {@code k} of a primitive is only read (no reference to the array survives the op). */
    private record ReadsOnly(int k) implements PrimitiveVisitor<Boolean> {
        @Override public Boolean visitConst(Const p) { return true; }
        @Override public Boolean visitUnary(Unary p) { return true; }
        @Override public Boolean visitBinary(Binary p) { return true; }
        @Override public Boolean visitCompare(Compare p) { return true; }
        @Override public Boolean visitConvert(Convert p) { return true; }
        @Override public Boolean visitSelect(Select p) { return false; }
        @Override public Boolean visitArrayNew(ArrayNew p) { return true; }
        /** Elements of a literal become its rows. */
        @Override public Boolean visitArrayLiteral(ArrayLiteral p) { return false; }
        @Override public Boolean visitArrayGet(ArrayGet p) { return true; }
        /** The array is copied (unless this is the transferring use); a stored value becomes a row. */
        @Override public Boolean visitArraySet(ArraySet p) { return k == 0; }
        @Override public Boolean visitArrayLength(ArrayLength p) { return true; }
        @Override public Boolean visitArrayCopy(ArrayCopy p) { return true; }
        @Override public Boolean visitCall(Call p) { return false; }
        @Override public Boolean visitCond(Cond p) { return false; }
        @Override public Boolean visitForLoop(ForLoop p) { return false; }
        @Override public Boolean visitWhileLoop(WhileLoop p) { return false; }
        /** Logits and weights are only read by the runtime. */
        @Override public Boolean visitPrng(Prng p) { return true; }
    }
}
