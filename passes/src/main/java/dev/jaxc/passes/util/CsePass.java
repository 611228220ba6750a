package dev.jaxc.passes.util;

import dev.jaxc.ir.Function;
import dev.jaxc.ir.Op;
import dev.jaxc.ir.Region;
import dev.jaxc.ir.Value;
import dev.jaxc.ir.prim.ArrayCopy;
import dev.jaxc.ir.prim.ArrayLiteral;
import dev.jaxc.ir.prim.ArrayNew;
import dev.jaxc.ir.prim.Binary;
import dev.jaxc.ir.prim.BinaryOp;
import dev.jaxc.ir.prim.CmpOp;
import dev.jaxc.ir.prim.Compare;
import dev.jaxc.ir.prim.Primitive;
import dev.jaxc.ir.prim.Prng;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Common-subexpression elimination within each region: a region-free op equal to an earlier
 * one (same primitive and attributes, same inputs; commutative operands in a canonical order)
 * is dropped and its results replaced by the earlier ones. Allocations (array.new,
 * array.literal, array.copy) are never merged — each stays a distinct array the backend may
 * update in place. Regions are closed, so each has its own table. Values keep their identity.
 */
public final class CsePass {
    private record Key(Primitive prim, List<Value> inputs) {}

    private final Map<Value, Value> replaced = new HashMap<>();
    private final Map<Value, Integer> order = new HashMap<>();

    private CsePass() {}

    public static Function run(Function f) {
        return new Function(f.name(), new CsePass().region(f.body()), f.resultNames(), f.loc());
    }

    public static Region run(Region r) { return new CsePass().region(r); }

    private Region region(Region r) {
        for (Value p : r.params()) number(p);
        Map<Key, List<Value>> table = new HashMap<>();
        List<Op> out = new ArrayList<>();
        for (Op op : r.ops()) {
            List<Value> inputs = map(op.inputs());
            if (op.regions().isEmpty() && mergeable(op.prim())) {
                Key key = new Key(op.prim(), canonical(op.prim(), inputs));
                List<Value> prev = table.get(key);
                if (prev != null) {
                    for (int i = 0; i < prev.size(); i++) replaced.put(op.results().get(i), prev.get(i));
                    continue;
                }
                table.put(key, op.results());
            }
            List<Region> regions = new ArrayList<>();
            for (Region inner : op.regions()) regions.add(region(inner));
            boolean same = inputs.equals(op.inputs()) && regions.equals(op.regions());
            out.add(same ? op : new Op(op.prim(), inputs, op.results(), regions, op.loc()));
            for (Value v : op.results()) number(v);
        }
        List<Value> yields = map(r.yields());
        boolean same = yields.equals(r.yields()) && out.equals(r.ops());
        return same ? r : new Region(r.params(), out, yields);
    }

    private void number(Value v) { order.put(v, order.size()); }

    private List<Value> map(List<Value> vs) {
        List<Value> out = new ArrayList<>(vs.size());
        for (Value v : vs) out.add(replaced.getOrDefault(v, v));
        return out;
    }

    /** Allocations stay apart: each fresh array may be written in place. Scalar draws from one key merge. */
    private static boolean mergeable(Primitive p) {
        if (p instanceof Prng d) return !d.fn().result().isArray();
        return !(p instanceof ArrayNew || p instanceof ArrayLiteral || p instanceof ArrayCopy);
    }

    private List<Value> canonical(Primitive p, List<Value> in) {
        boolean commutes = false;
        if (p instanceof Binary b) {
            BinaryOp o = b.op();
            commutes = o == BinaryOp.ADD || o == BinaryOp.MUL || o == BinaryOp.MIN || o == BinaryOp.MAX
                    || o == BinaryOp.AND || o == BinaryOp.OR || o == BinaryOp.XOR || o == BinaryOp.HYPOT;
        } else if (p instanceof Compare c) {
            commutes = c.op() == CmpOp.EQ || c.op() == CmpOp.NE;
        }
        if (!commutes) return in;
        int a = order.getOrDefault(in.get(0), -1), b = order.getOrDefault(in.get(1), -1);
        return a <= b ? in : List.of(in.get(1), in.get(0));
    }
}
