package dev.jaxc.ir;

import dev.jaxc.ir.prim.*;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Random well-typed programs: straight-line code of every primitive, nested cond/for/while
 * regions with consts and carries, and calls of earlier functions. Loops have small constant
 * trip counts and calls never recurse, so every program terminates; it may still throw Java's
 * exceptions (an index out of range, a division by zero), which is part of what is tested.
 */
public final class RandomPrograms {
    static final List<Type> TYPES = List.of(Type.F64, Type.F32, Type.I64, Type.I32, Type.BOOL,
            Type.array(DType.F64, 1), Type.array(DType.I32, 1), Type.array(DType.F64, 2));

    private final Random rnd;
    private final boolean withPrng;
    private final List<Function> done = new ArrayList<>();

    private RandomPrograms(long seed, boolean withPrng) {
        this.rnd = new Random(seed);
        this.withPrng = withPrng;
    }

    /** A program whose last function, {@link #entry}, calls the others; it runs on the interpreter alone. */
    public static Program generate(long seed) { return generate(seed, false); }

    /**
     * With {@code withPrng}, some ops are runtime PRNG calls, which the interpreter can run only
     * with jaxc-runtime on the class path (the text round trip needs no runtime).
     */
    public static Program generate(long seed, boolean withPrng) {
        RandomPrograms g = new RandomPrograms(seed, withPrng);
        int n = 1 + g.rnd.nextInt(3);
        for (int i = 0; i < n; i++) g.done.add(g.function("r.Gen.f" + i + (i == n - 1 ? "" : "$h")));
        return new Program(g.done);
    }

    public static Function entry(Program p) {
        Function last = null;
        for (Function f : p.functions()) last = f;
        return last;
    }

    private Function function(String name) {
        int np = 1 + rnd.nextInt(4);
        List<Type> types = new ArrayList<>();
        List<String> hints = new ArrayList<>();
        for (int i = 0; i < np; i++) {
            types.add(pick(TYPES));
            hints.add(rnd.nextInt(4) == 0 ? null : "p" + (rnd.nextBoolean() ? "" : i));
        }
        Function f = Builder.function(name, types, hints, Loc.UNKNOWN, (b, ps) -> {
            List<Value> avail = new ArrayList<>(ps);
            ops(b, avail, 2);
            List<Value> out = new ArrayList<>();
            for (int i = 0, k = 1 + rnd.nextInt(3); i < k; i++) out.add(pick(avail));
            return out;
        });
        if (f.resultTypes().size() > 1 && rnd.nextBoolean()) {
            List<String> names = new ArrayList<>();
            for (int i = 0; i < f.resultTypes().size(); i++) names.add("r" + i);
            f = new Function(f.name(), f.body(), names, f.loc());
        }
        return f;
    }

    private void ops(Builder b, List<Value> avail, int depth) {
        for (int i = 0, n = rnd.nextInt(10); i < n; i++) avail.addAll(op(b, avail, depth));
    }

    private List<Value> op(Builder b, List<Value> avail, int depth) {
        if (withPrng && rnd.nextInt(6) == 0) return List.of(prng(b, avail));
        int kind = rnd.nextInt(depth > 0 ? 16 : 13);
        switch (kind) {
            case 0: return List.of(b.constant(constant(pick(DType.values()))));
            case 1: {
                Value v = scalar(b, avail);
                List<UnaryOp> ops = List.of(UnaryOp.values()).stream().filter(o -> o.accepts(v.type().dtype())).toList();
                if (ops.isEmpty()) return List.of();
                UnaryOp op = pick(ops);
                return List.of(b.emit1(new Unary(op, op.isMathFunction() && rnd.nextBoolean()), v));
            }
            case 2: {
                Value v = scalar(b, avail);
                List<BinaryOp> ops = List.of(BinaryOp.values()).stream().filter(o -> o.accepts(v.type().dtype())).toList();
                if (ops.isEmpty()) return List.of();
                BinaryOp op = pick(ops);
                Value rhs = op.domain() == BinaryOp.Domain.SHIFT ? valueOf(b, avail, Type.I32) : valueOf(b, avail, v.type());
                return List.of(b.emit1(new Binary(op, op.isMathFunction() && rnd.nextBoolean()), v, rhs));
            }
            case 3: {
                Value v = scalar(b, avail);
                CmpOp op = v.type().dtype() == DType.BOOL ? pick(List.of(CmpOp.EQ, CmpOp.NE)) : pick(CmpOp.values());
                return List.of(b.compare(op, v, valueOf(b, avail, v.type())));
            }
            case 4: {
                Value v = scalar(b, avail);
                if (!v.type().dtype().isNumeric()) return List.of();
                return List.of(b.emit1(new Convert(pick(List.of(DType.F64, DType.F32, DType.I64, DType.I32))), v));
            }
            case 5: {
                Value a = avail.isEmpty() ? scalar(b, avail) : pick(avail);
                return List.of(b.select(valueOf(b, avail, Type.BOOL), a, valueOf(b, avail, a.type())));
            }
            case 6: {
                Type t = pick(TYPES.subList(5, TYPES.size()));
                Value[] dims = new Value[1 + rnd.nextInt(t.rank())];
                for (int i = 0; i < dims.length; i++) dims[i] = size(b);
                return List.of(b.arrayNew(t.dtype(), t.rank(), dims));
            }
            case 7: {
                Type t = pick(TYPES.subList(5, TYPES.size()));
                List<Value> elems = new ArrayList<>();
                for (int i = 0, n = rnd.nextInt(4); i < n; i++) elems.add(valueOf(b, avail, t.element()));
                return List.of(b.arrayLiteral(t.dtype(), t.rank(), elems));
            }
            case 8: {
                Value a = array(b, avail);
                Value[] idx = indices(b, avail, a);
                return List.of(b.arrayGet(a, idx));
            }
            case 9: {
                Value a = array(b, avail);
                Value[] idx = indices(b, avail, a);
                Value[] args = java.util.Arrays.copyOf(idx, idx.length + 1);
                args[idx.length] = valueOf(b, avail, Type.of(a.type().dtype(), a.type().rank() - idx.length));
                return List.of(b.arraySet(a, args));
            }
            case 10: return List.of(b.arrayLength(array(b, avail)));
            case 11: return List.of(b.arrayCopy(array(b, avail)));
            case 12: {
                if (done.isEmpty()) return List.of();
                Function callee = pick(done);
                List<Value> args = new ArrayList<>();
                for (Type t : callee.paramTypes()) args.add(valueOf(b, avail, t));
                return b.call(callee.name(), callee.resultTypes(), args);
            }
            case 13: {
                List<Value> operands = subset(avail);
                List<Type> out = new ArrayList<>();
                for (int i = 0, n = rnd.nextInt(3); i < n; i++) out.add(pick(TYPES));
                return b.cond(valueOf(b, avail, Type.BOOL), operands, (t, q) -> region(t, q, depth, out), (e, q) -> region(e, q, depth, out));
            }
            case 14: {
                List<Value> consts = subset(avail), inits = subset(avail);
                Value lo = b.i32(rnd.nextInt(6) - 2), hi = b.i32(rnd.nextInt(8) - 2);
                int step = pick(List.of(1, 1, 2, -1));
                return b.forLoop(lo, hi, step, rnd.nextBoolean(), consts, inits,
                        (l, q) -> region(l, q, depth, types(inits)));
            }
            default: {
                List<Value> consts = subset(avail);
                List<Value> inits = new ArrayList<>();
                inits.add(b.i32(0));
                inits.addAll(subset(avail));
                int limit = rnd.nextInt(4);
                int k = consts.size();
                return b.whileLoop(consts, inits, (c, q) -> {
                    List<Value> carries = q.subList(k, q.size());
                    List<Value> next = region(c, q, depth, types(carries));
                    List<Value> out = new ArrayList<>();
                    out.add(c.compare(CmpOp.LT, q.get(k), c.i32(limit)));
                    out.add(q.get(k));
                    out.addAll(next.subList(1, next.size()));
                    return out;
                }, (d, q) -> {
                    List<Value> next = new ArrayList<>(region(d, q, depth, types(q.subList(k, q.size()))));
                    next.set(0, d.add(q.get(k), d.i32(1)));
                    return next;
                });
            }
        }
    }

    /** A call of a random runtime method, in either mode, on well-typed operands. */
    private Value prng(Builder b, List<Value> avail) {
        PrngFn fn = pick(PrngFn.values());
        boolean legacy = fn.hasLegacy() && rnd.nextBoolean();
        List<Value> in = new ArrayList<>();
        for (Type t : fn.params()) in.add(t.equals(Type.I32) ? size(b) : valueOf(b, avail, t));
        return b.emit(new Prng(fn, legacy), in, List.of()).get(0);
    }

    /** A nested region's ops, yielding values of the given types. */
    private List<Value> region(Builder b, List<Value> params, int depth, List<Type> yieldTypes) {
        List<Value> avail = new ArrayList<>(params);
        ops(b, avail, depth - 1);
        List<Value> out = new ArrayList<>();
        for (Type t : yieldTypes) out.add(valueOf(b, avail, t));
        return out;
    }

    private static List<Type> types(List<Value> vs) { return vs.stream().map(Value::type).toList(); }

    private Value[] indices(Builder b, List<Value> avail, Value a) {
        Value[] idx = new Value[1 + rnd.nextInt(a.type().rank())];
        for (int i = 0; i < idx.length; i++) idx[i] = rnd.nextInt(10) == 0 ? valueOf(b, avail, Type.I32) : b.i32(rnd.nextInt(4) == 0 ? 1 : 0);
        return idx;
    }

    /** Small sizes only (-1 included, for NegativeArraySizeException): an arbitrary int could exhaust memory. */
    private Value size(Builder b) { return b.i32(rnd.nextInt(40) == 0 ? -1 : rnd.nextInt(4)); }

    private Value scalar(Builder b, List<Value> avail) {
        List<Value> s = avail.stream().filter(v -> v.type().isScalar()).toList();
        return s.isEmpty() || rnd.nextInt(5) == 0 ? b.constant(constant(pick(DType.values()))) : pick(s);
    }

    private Value array(Builder b, List<Value> avail) {
        List<Value> s = avail.stream().filter(v -> v.type().isArray()).toList();
        return s.isEmpty() ? valueOf(b, avail, pick(TYPES.subList(5, TYPES.size()))) : pick(s);
    }

    /** An available value of the type, or a fresh constant / array of it. */
    private Value valueOf(Builder b, List<Value> avail, Type t) {
        List<Value> s = avail.stream().filter(v -> v.type().equals(t)).toList();
        if (!s.isEmpty() && rnd.nextInt(4) != 0) return pick(s);
        if (t.isScalar()) return b.constant(constant(t.dtype()));
        Value[] dims = new Value[t.rank()];
        for (int i = 0; i < dims.length; i++) dims[i] = b.i32(rnd.nextInt(3) + 1);
        return b.arrayNew(t.dtype(), t.rank(), dims);
    }

    private List<Value> subset(List<Value> avail) {
        List<Value> out = new ArrayList<>();
        for (Value v : avail) if (rnd.nextInt(3) == 0) out.add(v);
        return out;
    }

    private Const constant(DType d) {
        int r = rnd.nextInt(12);
        return switch (d) {
            case F64 -> r < Samples.SPECIAL_CONSTS.size() / 3 && rnd.nextBoolean()
                    ? pick(Samples.SPECIAL_CONSTS.stream().filter(c -> c.dtype() == d).toList())
                    : Const.ofDouble(rnd.nextInt(9) - 4 + (rnd.nextBoolean() ? 0.5 : 0));
            case F32 -> r < 3 ? pick(Samples.SPECIAL_CONSTS.stream().filter(c -> c.dtype() == d).toList())
                    : Const.ofFloat(rnd.nextInt(9) - 4 + (rnd.nextBoolean() ? 0.25f : 0));
            case I64 -> r < 2 ? Const.ofLong(rnd.nextBoolean() ? Long.MIN_VALUE : Long.MAX_VALUE) : Const.ofLong(rnd.nextInt(9) - 4);
            case I32 -> r < 2 ? Const.ofInt(rnd.nextBoolean() ? Integer.MIN_VALUE : Integer.MAX_VALUE) : Const.ofInt(rnd.nextInt(7) - 2);
            case BOOL -> Const.ofBool(rnd.nextBoolean());
        };
    }

    private <T> T pick(List<T> l) { return l.get(rnd.nextInt(l.size())); }

    private <T> T pick(T[] a) { return a[rnd.nextInt(a.length)]; }
}
