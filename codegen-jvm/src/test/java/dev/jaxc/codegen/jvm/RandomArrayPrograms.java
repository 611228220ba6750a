package dev.jaxc.codegen.jvm;

import dev.jaxc.ir.Builder;
import dev.jaxc.ir.DType;
import dev.jaxc.ir.Function;
import dev.jaxc.ir.Loc;
import dev.jaxc.ir.Program;
import dev.jaxc.ir.Type;
import dev.jaxc.ir.Value;
import dev.jaxc.ir.prim.CmpOp;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Random well-typed functions over arrays of length 3 (and 3×3 matrices) that stress array
 * ownership: chains of sets, rows read and stored, copies, selects, calls that return their
 * arguments, loops and conds carrying arrays, values used again after they were set. Indices
 * stay in range, so the functions do not throw.
 */
final class RandomArrayPrograms {
    static final String CLASS = "t.R";
    static final Type D1 = Type.array(DType.F64, 1), D2 = Type.array(DType.F64, 2);
    private static final int N = 3;

    private final Random rnd;

    RandomArrayPrograms(long seed) { this.rnd = new Random(seed); }

    /** The helpers the generated functions call. */
    static void addHelpers(Program p) {
        p.add(Builder.function(CLASS + ".id", List.of(D1), List.of("a"), Loc.UNKNOWN, (b, ps) -> List.of(ps.get(0))));
        p.add(Builder.function(CLASS + ".bump", List.of(D1), List.of("a"), Loc.UNKNOWN, (b, ps) ->
                List.of(b.arraySet(ps.get(0), b.i32(0), b.add(b.arrayGet(ps.get(0), b.i32(0)), b.f64(1))))));
        p.add(Builder.function(CLASS + ".fresh", List.of(D1, Type.F64), List.of("a", "s"), Loc.UNKNOWN, (b, ps) ->
                List.of(b.mul(ps.get(1), b.f64(2)), b.arraySet(b.arrayCopy(ps.get(0)), b.i32(1), ps.get(1)))));
        p.add(Builder.function(CLASS + ".swap", List.of(D1, D2), List.of("a", "m"), Loc.UNKNOWN, (b, ps) ->
                List.of(b.arrayGet(ps.get(1), b.i32(1)), b.arraySet(ps.get(1), b.i32(2), ps.get(0)))));
    }

    /** Values visible in a region; {@code idx} are i32 values known to lie in [0, 3). */
    private static final class Scope {
        final List<Value> vals = new ArrayList<>();
        final List<Value> idx = new ArrayList<>();
    }

    Function generate(String name, int size) {
        return Builder.function(CLASS + "." + name, List.of(D1, D2, Type.F64), List.of("x", "m", "s"), Loc.UNKNOWN, (b, ps) -> {
            Scope sc = new Scope();
            sc.vals.addAll(ps);
            ops(b, sc, 0, size);
            List<Value> out = new ArrayList<>();
            for (int i = sc.vals.size() - 1; i >= 0 && out.size() < 6; i--)
                if (sc.vals.get(i).type().isArray() || out.isEmpty()) out.add(sc.vals.get(i));
            out.add(ps.get(0));
            out.add(ps.get(1));
            return out;
        });
    }

    private Value pick(Scope sc, Type t) {
        List<Value> of = new ArrayList<>();
        for (Value v : sc.vals) if (v.type().equals(t)) of.add(v);
        if (of.isEmpty()) return null;
        // favour recent values, so that chains of updates form
        if (rnd.nextInt(10) < 7) return of.get(Math.max(0, of.size() - 1 - rnd.nextInt(Math.min(3, of.size()))));
        return of.get(rnd.nextInt(of.size()));
    }

    private Value index(Builder b, Scope sc) {
        if (!sc.idx.isEmpty() && rnd.nextBoolean()) return sc.idx.get(rnd.nextInt(sc.idx.size()));
        return b.i32(rnd.nextInt(N));
    }

    private Value scalar(Builder b, Scope sc) {
        Value s = pick(sc, Type.F64);
        return s != null && rnd.nextInt(4) > 0 ? s : b.f64(rnd.nextInt(9) - 4);
    }

    private Type arrayType() { return rnd.nextBoolean() ? D1 : D2; }

    private void ops(Builder b, Scope sc, int depth, int count) {
        for (int k = 0; k < count; k++) {
            Value v = op(b, sc, depth, count);
            if (v != null) sc.vals.add(v);
        }
    }

    private Value op(Builder b, Scope sc, int depth, int count) {
        int choice = rnd.nextInt(depth >= 2 ? 17 : 20);
        Value a1 = pick(sc, D1), a2 = pick(sc, D2);
        switch (choice) {
            case 0: return b.arrayNew(DType.F64, 1, b.i32(N));
            case 1: return b.arrayNew(DType.F64, 2, b.i32(N), b.i32(N));
            case 2: return b.arrayLiteral(DType.F64, 1, List.of(scalar(b, sc), scalar(b, sc), scalar(b, sc)));
            case 3: return a1 == null ? null : b.arrayLiteral(DType.F64, 2, List.of(a1, pickOr(sc, D1, a1), pickOr(sc, D1, a1)));
            case 4: return rnd.nextBoolean() ? (a1 == null ? null : b.arrayCopy(a1)) : (a2 == null ? null : b.arrayCopy(a2));
            case 5: return a1 == null ? null : b.arrayGet(a1, index(b, sc));
            case 6: return a2 == null ? null : b.arrayGet(a2, index(b, sc), index(b, sc));
            case 7: return a2 == null ? null : b.arrayGet(a2, index(b, sc));
            case 8, 9: return a1 == null ? null : b.arraySet(a1, index(b, sc), scalar(b, sc));
            case 10, 11: return a2 == null ? null : b.arraySet(a2, index(b, sc), index(b, sc), scalar(b, sc));
            case 12: return a2 == null || a1 == null ? null : b.arraySet(a2, index(b, sc), a1);
            case 13: {
                Value s = scalar(b, sc);
                return rnd.nextBoolean() ? b.add(s, scalar(b, sc)) : b.mul(s, b.f64(0.5));
            }
            case 14: {
                Type t = arrayType();
                Value x = pick(sc, t), y = pick(sc, t);
                if (x == null) return null;
                return b.select(b.compare(CmpOp.LT, scalar(b, sc), scalar(b, sc)), x, y);
            }
            case 15: {
                if (a1 == null) return null;
                int h = rnd.nextInt(4);
                if (h == 0) return b.call(CLASS + ".id", List.of(D1), List.of(a1)).get(0);
                if (h == 1) return b.call(CLASS + ".bump", List.of(D1), List.of(a1)).get(0);
                if (h == 2) return b.call(CLASS + ".fresh", List.of(Type.F64, D1), List.of(a1, scalar(b, sc))).get(1);
                if (a2 == null) return null;
                List<Value> r = b.call(CLASS + ".swap", List.of(D1, D2), List.of(a1, a2));
                sc.vals.add(r.get(0));
                return r.get(1);
            }
            case 16: return scalar(b, sc);
            case 17: forLoop(b, sc, depth, count); return null;
            case 18: whileLoop(b, sc, depth, count); return null;
            default: cond(b, sc, depth, count); return null;
        }
    }

    private Value pickOr(Scope sc, Type t, Value dflt) {
        Value v = pick(sc, t);
        return v == null ? dflt : v;
    }

    private List<Value> subset(Scope sc, int max, boolean arraysOnly) {
        List<Value> out = new ArrayList<>();
        int n = rnd.nextInt(max + 1);
        for (int i = 0; i < n; i++) {
            Type t = arraysOnly || rnd.nextInt(4) > 0 ? arrayType() : Type.F64;
            Value v = pick(sc, t);
            if (v != null) out.add(v);
        }
        return out;
    }

    private Scope child(Scope parent, List<Value> params) {
        Scope sc = new Scope();
        sc.vals.addAll(params);
        return sc;
    }

    /** A yield of type t from the region's scope, favouring its latest value of that type. */
    private Value yieldOf(Builder b, Scope sc, Type t) {
        Value v = pick(sc, t);
        if (v != null) return v;
        return t.equals(Type.F64) ? b.f64(0) : t.equals(D1) ? b.arrayNew(DType.F64, 1, b.i32(N)) : b.arrayNew(DType.F64, 2, b.i32(N), b.i32(N));
    }

    private void forLoop(Builder b, Scope sc, int depth, int count) {
        List<Value> consts = subset(sc, 2, false), inits = subset(sc, 3, false);
        if (inits.isEmpty()) return;
        boolean down = rnd.nextBoolean();
        List<Value> r = b.forLoop(b.i32(down ? N - 1 : 0), b.i32(down ? 0 : N), down ? -1 : 1, down, consts, inits, (bb, q) -> {
            Scope in = child(sc, q.subList(1, q.size()));
            in.idx.add(q.get(0));
            ops(bb, in, depth + 1, Math.max(2, count / 2));
            List<Value> ys = new ArrayList<>();
            for (Value init : inits) ys.add(yieldOf(bb, in, init.type()));
            return ys;
        });
        sc.vals.addAll(r);
    }

    private void whileLoop(Builder b, Scope sc, int depth, int count) {
        List<Value> consts = subset(sc, 2, false), inits = new ArrayList<>(subset(sc, 2, true));
        inits.add(0, b.i32(0));
        List<Value> r = b.whileLoop(consts, inits, (c, q) -> {
            Scope in = child(sc, q);
            Value counter = q.get(consts.size());
            if (rnd.nextBoolean()) ops(c, in, depth + 1, 2);
            List<Value> ys = new ArrayList<>();
            ys.add(c.compare(CmpOp.LT, counter, c.i32(N)));
            ys.add(counter);
            for (Value init : inits.subList(1, inits.size())) ys.add(yieldOf(c, in, init.type()));
            return ys;
        }, (bd, q) -> {
            Scope in = child(sc, q);
            Value counter = q.get(consts.size());
            in.idx.add(counter);
            ops(bd, in, depth + 1, Math.max(2, count / 2));
            List<Value> ys = new ArrayList<>();
            ys.add(bd.add(counter, bd.i32(1)));
            for (Value init : inits.subList(1, inits.size())) ys.add(yieldOf(bd, in, init.type()));
            return ys;
        });
        sc.vals.addAll(r.subList(1, r.size()));
    }

    private void cond(Builder b, Scope sc, int depth, int count) {
        List<Value> operands = subset(sc, 3, false);
        List<Type> results = new ArrayList<>();
        for (int i = 0, n = 1 + rnd.nextInt(2); i < n; i++) results.add(rnd.nextInt(4) == 0 ? Type.F64 : arrayType());
        Value p = b.compare(CmpOp.LT, scalar(b, sc), scalar(b, sc));
        Builder.RegionBody branch = (bb, q) -> {
            Scope in = child(sc, q);
            ops(bb, in, depth + 1, Math.max(1, count / 3));
            List<Value> ys = new ArrayList<>();
            for (Type t : results) ys.add(yieldOf(bb, in, t));
            return ys;
        };
        sc.vals.addAll(b.cond(p, operands, branch, branch));
    }
}
