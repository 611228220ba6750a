package dev.jaxc.codegen.jvm;

import dev.jaxc.ir.Builder;
import dev.jaxc.ir.DType;
import dev.jaxc.ir.Function;
import dev.jaxc.ir.Loc;
import dev.jaxc.ir.Type;
import dev.jaxc.ir.Value;
import dev.jaxc.ir.prim.*;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Random functions over scalars of every dtype: expression trees (which the backend keeps on
 * the operand stack), comparisons feeding conds, selects and while loops (fused into jumps),
 * conversions, shifts, integer division that may throw, and loops whose carries get permuted.
 * Loops run a few iterations, so everything terminates.
 */
final class RandomScalarPrograms {
    static final String CLASS = "t.S";
    static final List<Type> PARAMS = List.of(Type.F64, Type.F32, Type.I64, Type.I32, Type.BOOL);

    private final Random rnd;

    RandomScalarPrograms(long seed) { this.rnd = new Random(seed); }

    Function generate(String name, int size) {
        return Builder.function(CLASS + "." + name, PARAMS, List.of("d", "f", "l", "i", "b"), Loc.UNKNOWN, (b, ps) -> {
            List<Value> sc = new ArrayList<>(ps);
            ops(b, sc, 0, size);
            List<Value> out = new ArrayList<>();
            for (Type t : PARAMS) out.add(pick(b, sc, t));
            return out;
        });
    }

    private Value pick(Builder b, List<Value> sc, Type t) {
        List<Value> of = sc.stream().filter(v -> v.type().equals(t)).toList();
        if (of.isEmpty()) return constant(b, t.dtype());
        if (rnd.nextInt(10) < 6) return of.get(of.size() - 1 - rnd.nextInt(Math.min(2, of.size())));
        return of.get(rnd.nextInt(of.size()));
    }

    private Type type() { return PARAMS.get(rnd.nextInt(PARAMS.size())); }

    private Value constant(Builder b, DType d) {
        return switch (d) {
            case F64 -> b.f64(List.of(0.0, -0.0, 1.5, Double.NaN, -3.0).get(rnd.nextInt(5)));
            case F32 -> b.f32(List.of(0.0f, 2.5f, Float.NaN, -1.0f).get(rnd.nextInt(4)));
            case I64 -> b.i64(List.of(0L, 1L, -7L, Long.MAX_VALUE, 40L).get(rnd.nextInt(5)));
            case I32 -> b.i32(List.of(0, 1, -1, 3, 200000, Integer.MIN_VALUE).get(rnd.nextInt(6)));
            case BOOL -> b.bool(rnd.nextBoolean());
        };
    }

    private Value operand(Builder b, List<Value> sc, Type t) {
        return rnd.nextInt(5) == 0 ? constant(b, t.dtype()) : pick(b, sc, t);
    }

    private void ops(Builder b, List<Value> sc, int depth, int count) {
        for (int k = 0; k < count; k++) sc.addAll(op(b, sc, depth, count));
    }

    private List<Value> op(Builder b, List<Value> sc, int depth, int count) {
        int kind = rnd.nextInt(depth >= 2 ? 6 : 9);
        Type t = type();
        DType d = t.dtype();
        switch (kind) {
            case 0, 1: {
                List<BinaryOp> ops = List.of(BinaryOp.values()).stream().filter(o -> o.accepts(d)).toList();
                if (ops.isEmpty()) return List.of();
                BinaryOp op = ops.get(rnd.nextInt(ops.size()));
                Value x = operand(b, sc, t);
                Value y = op.domain() == BinaryOp.Domain.SHIFT ? operand(b, sc, Type.I32) : operand(b, sc, t);
                return List.of(b.emit1(new Binary(op, rnd.nextInt(4) == 0), x, y));
            }
            case 2: {
                List<UnaryOp> ops = List.of(UnaryOp.values()).stream().filter(o -> o.accepts(d)).toList();
                UnaryOp op = ops.get(rnd.nextInt(ops.size()));
                return List.of(b.emit1(new Unary(op, op.isMathFunction() && rnd.nextBoolean()), operand(b, sc, t)));
            }
            case 3: {
                if (d == DType.BOOL) return List.of();
                DType to = PARAMS.get(rnd.nextInt(4)).dtype();
                return List.of(b.emit1(new Convert(to), operand(b, sc, t)));
            }
            case 4: {
                CmpOp op = d == DType.BOOL ? (rnd.nextBoolean() ? CmpOp.EQ : CmpOp.NE) : CmpOp.values()[rnd.nextInt(6)];
                return List.of(b.compare(op, operand(b, sc, t), operand(b, sc, t)));
            }
            case 5: return List.of(b.select(predicate(b, sc), operand(b, sc, t), operand(b, sc, t)));
            case 6: return forLoop(b, sc, depth, count);
            case 7: return whileLoop(b, sc, depth, count);
            default: return cond(b, sc, depth, count);
        }
    }

    /** Usually a fresh comparison (fused into the jump), sometimes a boolean value. */
    private Value predicate(Builder b, List<Value> sc) {
        if (rnd.nextInt(3) == 0) return operand(b, sc, Type.BOOL);
        Type t = PARAMS.get(rnd.nextInt(4));
        return b.compare(CmpOp.values()[rnd.nextInt(6)], operand(b, sc, t), operand(b, sc, t));
    }

    private List<Value> some(Builder b, List<Value> sc, int max) {
        List<Value> out = new ArrayList<>();
        for (int i = 0, n = 1 + rnd.nextInt(max); i < n; i++) out.add(pick(b, sc, type()));
        return out;
    }

    /** Yields of the given values' types from a region's scope (often permuted parameters). */
    private List<Value> yields(Builder b, List<Value> sc, List<Value> like) {
        List<Value> out = new ArrayList<>();
        for (Value v : like) out.add(pick(b, sc, v.type()));
        return out;
    }

    private List<Value> forLoop(Builder b, List<Value> sc, int depth, int count) {
        List<Value> consts = some(b, sc, 2), inits = some(b, sc, 3);
        int step = rnd.nextBoolean() ? 1 : -2;
        Value lo = b.i32(step > 0 ? 0 : 4), hi = b.i32(step > 0 ? 3 : -1);
        return b.forLoop(lo, hi, step, rnd.nextBoolean(), consts, inits, (bb, q) -> {
            List<Value> in = new ArrayList<>(q);
            ops(bb, in, depth + 1, Math.max(2, count / 2));
            return yields(bb, in, inits);
        });
    }

    private List<Value> whileLoop(Builder b, List<Value> sc, int depth, int count) {
        List<Value> consts = some(b, sc, 2), inits = new ArrayList<>(some(b, sc, 2));
        inits.add(0, b.i32(0));
        List<Value> r = b.whileLoop(consts, inits, (c, q) -> {
            List<Value> in = new ArrayList<>(q);
            Value k = q.get(consts.size());
            if (rnd.nextBoolean()) ops(c, in, depth + 1, 2);
            List<Value> ys = new ArrayList<>();
            ys.add(c.compare(CmpOp.LT, k, c.i32(3)));
            ys.add(k);
            ys.addAll(yields(c, in, inits.subList(1, inits.size())));
            return ys;
        }, (bd, q) -> {
            List<Value> in = new ArrayList<>(q);
            Value k = q.get(consts.size());
            ops(bd, in, depth + 1, Math.max(2, count / 2));
            List<Value> ys = new ArrayList<>();
            ys.add(bd.add(k, bd.i32(1)));
            ys.addAll(yields(bd, in, inits.subList(1, inits.size())));
            return ys;
        });
        return r.subList(1, r.size());
    }

    private List<Value> cond(Builder b, List<Value> sc, int depth, int count) {
        List<Value> operands = some(b, sc, 3);
        List<Value> like = some(b, sc, 2);
        Builder.RegionBody branch = (bb, q) -> {
            List<Value> in = new ArrayList<>(q);
            ops(bb, in, depth + 1, Math.max(1, count / 3));
            return yields(bb, in, like);
        };
        return b.cond(predicate(b, sc), operands, branch, branch);
    }
}
