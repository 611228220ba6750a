package dev.jaxc.passes.util;

import dev.jaxc.ir.Builder;
import dev.jaxc.ir.DType;
import dev.jaxc.ir.Function;
import dev.jaxc.ir.Op;
import dev.jaxc.ir.Region;
import dev.jaxc.ir.Value;
import dev.jaxc.ir.prim.*;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Symbolic-zero and constant folding: {@code x+0, 0+x, x-0, x*1, x/1 → x}, {@code 0-x → -x},
 * {@code -(-x) → x}, {@code x*0 → 0} (see below), arithmetic on constants, {@code select}
 * with a constant predicate or equal arms, {@code cond} on a constant predicate (the branch
 * is inlined), constants sunk into the regions that read them, loop carries that pass
 * through unchanged turned into loop constants, and counted loops with no iterations removed.
 *
 * <p>{@code x*0 → 0} on floats is wrong when x is infinite or NaN; it is JAX's symbolic-zero
 * convention (a zero tangent times anything is zero) and is enabled by {@link #forDerivatives()}.
 * {@link #exact()} folds only what IEEE arithmetic agrees with, except that {@code x+0.0 → x}
 * and {@code 0.0-x → -x} may change the sign of a zero result.
 */
public final class SimplifyPass {
    private final boolean foldZeroProducts;
    private final Map<Value, Value> subst = new HashMap<>();
    private final Map<Value, Const> consts = new HashMap<>();
    private final Map<Value, Op> defs = new HashMap<>();

    private SimplifyPass(boolean foldZeroProducts) { this.foldZeroProducts = foldZeroProducts; }

    public static Function forDerivatives(Function f) { return new SimplifyPass(true).apply(f); }

    public static Function exact(Function f) { return new SimplifyPass(false).apply(f); }

    private Function apply(Function f) {
        return new Function(f.name(), region(f.body(), Map.of()), f.resultNames(), f.loc());
    }

    /** Simplifies r; parameters listed in {@code sunk} are replaced by constants emitted at the top. */
    private Region region(Region r, Map<Integer, Const> sunk) {
        Builder b = new Builder();
        for (var e : sunk.entrySet()) {
            Value c = b.constant(e.getValue());
            consts.put(c, e.getValue());
            subst.put(r.params().get(e.getKey()), c);
        }
        for (Op op : r.ops()) op(b, op);
        return b.finish(r.params(), map(r.yields()));
    }

    private Value map(Value v) {
        Value s = subst.get(v);
        return s == null ? v : s;
    }

    private List<Value> map(List<Value> vs) {
        List<Value> out = new ArrayList<>(vs.size());
        for (Value v : vs) out.add(map(v));
        return out;
    }

    private void op(Builder b, Op op) {
        b.at(op.loc());
        List<Value> in = map(op.inputs());
        if (op.prim() instanceof Cond) {
            cond(b, op, in);
        } else if (op.prim() instanceof ForLoop f) {
            forLoop(b, op, f, in);
        } else if (op.prim() instanceof WhileLoop w) {
            whileLoop(b, op, w, in);
        } else {
            Value rep = fold(b, op.prim(), in);
            if (rep != null) {
                subst.put(op.result(), rep);
                return;
            }
            Op out = new Op(op.prim(), in, op.results(), List.of(), op.loc());
            b.append(out);
            record(out);
        }
    }

    private void record(Op op) {
        for (Value v : op.results()) defs.put(v, op);
        if (op.prim() instanceof Const c) consts.put(op.result(), c);
    }

    private Value emit(Builder b, Primitive p, Value... in) {
        Value v = b.emit1(p, in);
        record(b.ops().get(b.ops().size() - 1));
        return v;
    }

    private Value constant(Builder b, Const c) { return emit(b, c); }

    // ---- region-free folds ----------------------------------------------------------------

    private Value fold(Builder b, Primitive p, List<Value> in) {
        if (p instanceof Binary bin) return binary(b, bin, in.get(0), in.get(1));
        if (p instanceof Unary u && u.op() == UnaryOp.NEG) return neg(b, in.get(0));
        if (p instanceof Convert c) return convert(b, c, in.get(0));
        if (p instanceof Select) {
            Const pc = consts.get(in.get(0));
            if (pc != null) return pc.asBool() ? in.get(1) : in.get(2);
            if (in.get(1) == in.get(2)) return in.get(1);
        }
        return null;
    }

    private Value binary(Builder b, Binary bin, Value x, Value y) {
        Const cx = consts.get(x), cy = consts.get(y);
        DType d = x.type().dtype();
        boolean exactZeroProduct = foldZeroProducts || d.isInteger();
        switch (bin.op()) {
            case ADD:
                if (isZero(cy)) return x;
                if (isZero(cx)) return y;
                break;
            case SUB:
                if (isZero(cy)) return x;
                if (isZero(cx)) return neg(b, y);
                break;
            case MUL:
                if (isOne(cy)) return x;
                if (isOne(cx)) return y;
                if (exactZeroProduct && isZero(cx)) return x;
                if (exactZeroProduct && isZero(cy)) return y;
                if (isMinusOne(cy)) return neg(b, x);
                if (isMinusOne(cx)) return neg(b, y);
                break;
            case DIV:
                if (isOne(cy)) return x;
                if (d.isInteger()) return null;
                break;
            default:
                return null;
        }
        if (cx == null || cy == null) return null;
        Const r = arith(bin.op(), cx, cy);
        return r == null ? null : constant(b, r);
    }

    private static Const arith(BinaryOp op, Const a, Const c) {
        switch (a.dtype()) {
            case F64: {
                double x = a.asDouble(), y = c.asDouble();
                return Const.ofDouble(switch (op) { case ADD -> x + y; case SUB -> x - y; case MUL -> x * y; default -> x / y; });
            }
            case F32: {
                float x = a.asFloat(), y = c.asFloat();
                return Const.ofFloat(switch (op) { case ADD -> x + y; case SUB -> x - y; case MUL -> x * y; default -> x / y; });
            }
            case I32: {
                int x = a.asInt(), y = c.asInt();
                return Const.ofInt(switch (op) { case ADD -> x + y; case SUB -> x - y; default -> x * y; });
            }
            case I64: {
                long x = a.asLong(), y = c.asLong();
                return Const.ofLong(switch (op) { case ADD -> x + y; case SUB -> x - y; default -> x * y; });
            }
            default:
                return null;
        }
    }

    private Value neg(Builder b, Value x) {
        Op d = defs.get(x);
        if (d != null && d.prim() instanceof Unary u && u.op() == UnaryOp.NEG) return d.input(0);
        Const c = consts.get(x);
        if (c != null) {
            switch (c.dtype()) {
                case F64: return constant(b, Const.ofDouble(-c.asDouble()));
                case F32: return constant(b, Const.ofFloat(-c.asFloat()));
                case I32: return constant(b, Const.ofInt(-c.asInt()));
                case I64: return constant(b, Const.ofLong(-c.asLong()));
                default: break;
            }
        }
        return emit(b, new Unary(UnaryOp.NEG), x);
    }

    private Value convert(Builder b, Convert cv, Value x) {
        if (x.type().dtype() == cv.to()) return x;
        Const c = consts.get(x);
        if (c == null) return null;
        double v;
        switch (c.dtype()) {
            case F64: v = c.asDouble(); break;
            case F32: v = c.asFloat(); break;
            case I32: v = c.asInt(); break;
            default: return null; // i64 → double may round; leave it to run time
        }
        return constant(b, Const.of(cv.to(), v));
    }

    private static boolean isZero(Const c) { return c != null && c.dtype().isNumeric() && c.isZero(); }

    private static boolean isOne(Const c) { return c != null && c.dtype().isNumeric() && c.equals(Const.one(c.dtype())); }

    private static boolean isMinusOne(Const c) { return c != null && c.dtype().isNumeric() && c.equals(Const.of(c.dtype(), -1)); }

    // ---- structured control flow ----------------------------------------------------------

    private Map<Integer, Const> sinkable(List<Value> outer, int paramOffset) {
        Map<Integer, Const> m = new HashMap<>();
        for (int i = 0; i < outer.size(); i++) {
            Const c = consts.get(outer.get(i));
            if (c != null) m.put(paramOffset + i, c);
        }
        return m;
    }

    private void cond(Builder b, Op op, List<Value> in) {
        Const p = consts.get(in.get(0));
        List<Value> operands = in.subList(1, in.size());
        if (p != null) {
            Region r = op.region(p.asBool() ? 0 : 1);
            for (int i = 0; i < operands.size(); i++) subst.put(r.params().get(i), operands.get(i));
            for (Op inner : r.ops()) op(b, inner);
            for (int i = 0; i < op.results().size(); i++) subst.put(op.results().get(i), map(r.yields().get(i)));
            return;
        }
        Map<Integer, Const> sunk = sinkable(operands, 0);
        Region t = region(op.region(0), sunk), e = region(op.region(1), sunk);
        // A result both branches take from the same operand is that operand.
        BitSet keep = new BitSet();
        for (int j = 0; j < op.results().size(); j++) {
            int it = t.params().indexOf(t.yields().get(j)), ie = e.params().indexOf(e.yields().get(j));
            if (it >= 0 && it == ie) subst.put(op.results().get(j), operands.get(it));
            else keep.set(j);
        }
        t = new Region(t.params(), t.ops(), pick(t.yields(), keep));
        e = new Region(e.params(), e.ops(), pick(e.yields(), keep));
        Op out = new Op(op.prim(), in, pick(op.results(), keep), List.of(t, e), op.loc());
        b.append(out);
        record(out);
    }

    private void forLoop(Builder b, Op op, ForLoop f, List<Value> in) {
        int nc = f.nConsts();
        List<Value> inits = in.subList(2 + nc, in.size());
        Const lo = consts.get(in.get(0)), hi = consts.get(in.get(1));
        if (lo != null && hi != null && !runs(lo.asInt(), hi.asInt(), f)) {
            for (int j = 0; j < op.results().size(); j++) subst.put(op.results().get(j), inits.get(j));
            return;
        }
        Region body = region(op.region(0), sinkable(in.subList(2, 2 + nc), 1));
        List<Value> carryParams = body.params().subList(1 + nc, body.params().size());
        BitSet through = new BitSet();
        for (int j = 0; j < carryParams.size(); j++) if (body.yields().get(j) == carryParams.get(j)) through.set(j);
        if (through.isEmpty()) {
            Op out = new Op(op.prim(), in, op.results(), List.of(body), op.loc());
            b.append(out);
            record(out);
            return;
        }
        BitSet rest = complement(through, carryParams.size());
        List<Value> params = new ArrayList<>(body.params().subList(0, 1 + nc));
        params.addAll(pick(carryParams, through));
        params.addAll(pick(carryParams, rest));
        List<Value> inputs = new ArrayList<>(in.subList(0, 2 + nc));
        inputs.addAll(pick(inits, through));
        inputs.addAll(pick(inits, rest));
        for (int j = through.nextSetBit(0); j >= 0; j = through.nextSetBit(j + 1)) subst.put(op.results().get(j), inits.get(j));
        Region nb = new Region(params, body.ops(), pick(body.yields(), rest));
        Op out = new Op(f.withConsts(nc + through.cardinality()), inputs, pick(op.results(), rest), List.of(nb), op.loc());
        b.append(out);
        record(out);
    }

    private static boolean runs(int lo, int hi, ForLoop f) {
        if (f.step() > 0) return f.inclusive() ? lo <= hi : lo < hi;
        return f.inclusive() ? lo >= hi : lo > hi;
    }

    private void whileLoop(Builder b, Op op, WhileLoop w, List<Value> in) {
        int nc = w.nConsts();
        Map<Integer, Const> sunk = sinkable(in.subList(0, nc), 0);
        Region cond = region(op.region(0), sunk), body = region(op.region(1), sunk);
        int m = op.results().size();
        BitSet through = new BitSet();
        for (int j = 0; j < m; j++)
            if (cond.yields().get(1 + j) == cond.params().get(nc + j) && body.yields().get(j) == body.params().get(nc + j)) through.set(j);
        if (through.isEmpty()) {
            Op out = new Op(op.prim(), in, op.results(), List.of(cond, body), op.loc());
            b.append(out);
            record(out);
            return;
        }
        BitSet rest = complement(through, m);
        List<Value> inits = in.subList(nc, in.size());
        List<Value> inputs = new ArrayList<>(in.subList(0, nc));
        inputs.addAll(pick(inits, through));
        inputs.addAll(pick(inits, rest));
        for (int j = through.nextSetBit(0); j >= 0; j = through.nextSetBit(j + 1)) subst.put(op.results().get(j), inits.get(j));
        Region nc0 = reorderWhileRegion(cond, nc, through, rest, true);
        Region nb = reorderWhileRegion(body, nc, through, rest, false);
        Op out = new Op(new WhileLoop(nc + through.cardinality()), inputs, pick(op.results(), rest), List.of(nc0, nb), op.loc());
        b.append(out);
        record(out);
    }

    private static Region reorderWhileRegion(Region r, int nc, BitSet through, BitSet rest, boolean isCond) {
        List<Value> carries = r.params().subList(nc, r.params().size());
        List<Value> params = new ArrayList<>(r.params().subList(0, nc));
        params.addAll(pick(carries, through));
        params.addAll(pick(carries, rest));
        List<Value> yields = new ArrayList<>();
        if (isCond) {
            yields.add(r.yields().get(0));
            yields.addAll(pick(r.yields().subList(1, r.yields().size()), rest));
        } else {
            yields.addAll(pick(r.yields(), rest));
        }
        return new Region(params, r.ops(), yields);
    }

    private static BitSet complement(BitSet s, int n) {
        BitSet c = new BitSet();
        c.set(0, n);
        c.andNot(s);
        return c;
    }

    private static <T> List<T> pick(List<T> xs, BitSet keep) {
        List<T> out = new ArrayList<>();
        for (int i = 0; i < xs.size(); i++) if (keep.get(i)) out.add(xs.get(i));
        return out;
    }
}
