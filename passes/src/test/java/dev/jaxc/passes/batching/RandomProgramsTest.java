package dev.jaxc.passes.batching;

import dev.jaxc.ir.Builder;
import dev.jaxc.ir.DType;
import dev.jaxc.ir.Function;
import dev.jaxc.ir.Loc;
import dev.jaxc.ir.Program;
import dev.jaxc.ir.Type;
import dev.jaxc.ir.Value;
import dev.jaxc.ir.prim.BinaryOp;
import dev.jaxc.ir.prim.CmpOp;
import dev.jaxc.ir.prim.UnaryOp;
import dev.jaxc.ir.text.IrPrinter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Random programs — branches on varying and uniform conditions, for loops with per-lane trip
 * counts, while loops, local arrays, reads that may be out of range, integer division that may
 * be by zero, nested in one another — vmapped with random axes and checked lane by lane against
 * the program itself (results bit for bit; a batch with a throwing lane throws the same type).
 */
class RandomProgramsTest {
    static final Type VEC = Type.array(DType.F64, 1);
    static final int PROGRAMS = Integer.getInteger("vmap.programs", 200);

    @Test
    void vmapOfRandomProgramsIsThePerLaneProgram() {
        for (int seed = 0; seed < PROGRAMS; seed++) {
            Random rnd = new Random(seed);
            Function f = Builder.function("t.rnd", List.of(Type.F64, Type.F64, Type.I32, VEC), List.of("a", "b", "k", "x"), Loc.UNKNOWN,
                    (b, ps) -> List.of(new Gen(rnd).program(b, ps)));
            Program p = new Program(List.of(f, helper()));
            List<Integer> axes = new ArrayList<>();
            for (int k = 0; k < 4; k++) axes.add(rnd.nextInt(3) == 0 ? null : k == 3 && rnd.nextBoolean() ? 1 : 0);
            if (axes.stream().allMatch(a -> a == null)) axes.set(rnd.nextInt(4), 0);
            try {
                VmapHarness.checkRandom(p, "t.rnd", axes, 0, seed);
            } catch (AssertionError | RuntimeException e) {
                throw new AssertionError("random program " + seed + " with in_axes " + axes + ":\n" + IrPrinter.print(f), e);
            }
        }
    }

    /** {@code helper(u, v) = u > v ? u * 0.5 : sin(v)}. */
    static Function helper() {
        return Builder.function("t.helper", List.of(Type.F64, Type.F64), List.of("u", "v"), Loc.UNKNOWN, (b, ps) ->
                b.cond(b.compare(CmpOp.GT, ps.get(0), ps.get(1)), ps,
                        (t, q) -> List.of(t.mul(q.get(0), t.f64(0.5))), (e, q) -> List.of(e.unary(UnaryOp.SIN, q.get(1)))));
    }

    /** Emits a random program over (a, b, k, x) returning one double. */
    static final class Gen {
        final Random rnd;
        int budget = 14;

        Gen(Random rnd) { this.rnd = rnd; }

        Value program(Builder b, List<Value> ps) {
            Pool pool = new Pool(new ArrayList<>(List.of(ps.get(0), ps.get(1))), new ArrayList<>(List.of(ps.get(2))), new ArrayList<>(List.of(ps.get(3))));
            statements(b, pool, 3);
            Value s = pool.d.get(pool.d.size() - 1);
            for (int i = 0; i < 2 && i < pool.d.size() - 1; i++) s = b.add(s, pool.d.get(rnd.nextInt(pool.d.size())));
            return b.add(s, b.convert(pool.i.get(pool.i.size() - 1), DType.F64));
        }

        /** Values in scope: doubles, ints, double arrays. */
        record Pool(List<Value> d, List<Value> i, List<Value> arrays) {
            Pool copy() { return new Pool(new ArrayList<>(d), new ArrayList<>(i), new ArrayList<>(arrays)); }
        }

        private Value pick(List<Value> vs) { return vs.get(rnd.nextInt(vs.size())); }

        void statements(Builder b, Pool pool, int depth) {
            int n = 2 + rnd.nextInt(3);
            for (int s = 0; s < n && budget > 0; s++) {
                budget--;
                int kind = rnd.nextInt(depth > 0 ? 11 : 7);
                switch (kind) {
                    case 0, 1 -> pool.d.add(arith(b, pool));
                    case 2 -> pool.i.add(intArith(b, pool));
                    case 3 -> pool.d.add(read(b, pool));
                    case 4 -> pool.arrays.add(fill(b, pool));
                    case 5 -> pool.arrays.add(update(b, pool));
                    case 6 -> pool.d.add(b.call("t.helper", List.of(Type.F64), List.of(pick(pool.d), pick(pool.d))).get(0));
                    case 7, 8 -> cond(b, pool, depth);
                    case 9 -> forLoop(b, pool, depth);
                    default -> whileLoop(b, pool);
                }
            }
        }

        Value arith(Builder b, Pool pool) {
            Value x = pick(pool.d), y = pick(pool.d);
            return switch (rnd.nextInt(7)) {
                case 0 -> b.add(x, y);
                case 1 -> b.sub(x, y);
                case 2 -> b.mul(x, y);
                case 3 -> b.div(x, b.add(b.unary(UnaryOp.ABS, y), b.f64(0.5)));
                case 4 -> b.unary(UnaryOp.SIN, x);
                case 5 -> b.unary(UnaryOp.SQRT, b.unary(UnaryOp.ABS, x));
                default -> b.binary(BinaryOp.MAX, x, b.convert(pick(pool.i), DType.F64));
            };
        }

        /** May divide by zero. */
        Value intArith(Builder b, Pool pool) {
            Value x = pick(pool.i), y = pick(pool.i);
            return switch (rnd.nextInt(5)) {
                case 0 -> b.add(x, y);
                case 1 -> b.binary(BinaryOp.REM, x, b.add(y, b.i32(3)));
                case 2 -> b.div(x, y);
                case 3 -> b.convert(b.mul(pick(pool.d), b.f64(3)), DType.I32);
                default -> b.binary(BinaryOp.XOR, x, b.binary(BinaryOp.SHL, y, b.i32(1)));
            };
        }

        /** May be out of range. */
        Value read(Builder b, Pool pool) {
            Value a = pick(pool.arrays);
            Value idx = b.binary(BinaryOp.REM, pick(pool.i), b.i32(6));
            return b.arrayGet(a, idx);
        }

        /** {@code a' = a with [i] := v} (i may be out of range). */
        Value update(Builder b, Pool pool) {
            return b.arraySet(pick(pool.arrays), b.binary(BinaryOp.REM, pick(pool.i), b.i32(6)), pick(pool.d));
        }

        /** {@code new double[m]} (m may be negative), filled in a loop. */
        Value fill(Builder b, Pool pool) {
            Value m = b.binary(BinaryOp.REM, pick(pool.i), b.i32(5));
            Value arr = b.arrayNew(DType.F64, 1, m);
            Value seedV = pick(pool.d);
            return b.forLoop(b.i32(0), m, 1, false, List.of(seedV), List.of(arr), (d, q) ->
                    List.of(d.arraySet(q.get(2), q.get(0), d.mul(q.get(1), d.convert(q.get(0), DType.F64))))).get(0);
        }

        void cond(Builder b, Pool pool, int depth) {
            Value p = rnd.nextBoolean()
                    ? b.compare(CmpOp.LT, pick(pool.d), pick(pool.d))
                    : b.compare(CmpOp.GE, pick(pool.i), b.i32(rnd.nextInt(5) - 2));
            List<Value> ops = new ArrayList<>();
            ops.addAll(pool.d);
            ops.addAll(pool.i);
            ops.addAll(pool.arrays);
            int nd = pool.d.size(), ni = pool.i.size();
            Builder.RegionBody side = (bb, q) -> {
                Pool inner = new Pool(new ArrayList<>(q.subList(0, nd)), new ArrayList<>(q.subList(nd, nd + ni)), new ArrayList<>(q.subList(nd + ni, q.size())));
                statements(bb, inner, depth - 1);
                return List.of(inner.d.get(inner.d.size() - 1), inner.i.get(inner.i.size() - 1));
            };
            List<Value> r = b.cond(p, ops, side, side);
            pool.d.add(r.get(0));
            pool.i.add(r.get(1));
        }

        /** {@code for (j = 0; j < bound; j++)} with a bound that may differ per lane. */
        void forLoop(Builder b, Pool pool, int depth) {
            Value bound = b.binary(BinaryOp.REM, pick(pool.i), b.i32(4));
            List<Value> consts = new ArrayList<>(pool.d);
            consts.addAll(pool.arrays);
            int nd = pool.d.size();
            Value acc0 = pick(pool.d);
            List<Value> r = b.forLoop(b.i32(0), bound, 1, false, consts, List.of(acc0, pick(pool.i)), (bb, q) -> {
                Pool inner = new Pool(new ArrayList<>(q.subList(1, 1 + nd)), new ArrayList<>(List.of(q.get(0), q.get(q.size() - 1))),
                        new ArrayList<>(q.subList(1 + nd, q.size() - 2)));
                inner.d.add(q.get(q.size() - 2));
                statements(bb, inner, depth - 1);
                Value acc = bb.add(q.get(q.size() - 2), bb.mul(inner.d.get(inner.d.size() - 1), bb.f64(0.5)));
                return List.of(acc, bb.add(inner.i.get(inner.i.size() - 1), bb.i32(1)));
            });
            pool.d.add(r.get(0));
            pool.i.add(r.get(1));
        }

        /** {@code while (c < limit && s < 20) { s += |v| + 0.25; c++ }}: a trip count per lane. */
        void whileLoop(Builder b, Pool pool) {
            Value limit = b.binary(BinaryOp.REM, pick(pool.i), b.i32(7));
            Value v = pick(pool.d);
            List<Value> r = b.whileLoop(List.of(limit, v), List.of(b.f64(0), b.i32(0)),
                    (c, q) -> List.of(c.binary(BinaryOp.AND, c.compare(CmpOp.LT, q.get(3), q.get(0)), c.compare(CmpOp.LT, q.get(2), c.f64(20))), q.get(2), q.get(3)),
                    (d, q) -> List.of(d.add(q.get(2), d.add(d.unary(UnaryOp.ABS, q.get(1)), d.f64(0.25))), d.add(q.get(3), d.i32(1))));
            pool.d.add(r.get(0));
            pool.i.add(r.get(1));
        }
    }

    @Test
    void generatorMakesVariedPrograms() {
        int withWhile = 0, withFor = 0, withCond = 0;
        for (int seed = 0; seed < PROGRAMS; seed++) {
            Random rnd = new Random(seed);
            Function f = Builder.function("t.rnd", List.of(Type.F64, Type.F64, Type.I32, VEC), List.of("a", "b", "k", "x"), Loc.UNKNOWN,
                    (b, ps) -> List.of(new Gen(rnd).program(b, ps)));
            if (seed == 0) continue;
            String text = IrPrinter.print(f);
            if (text.contains(" while ")) withWhile++;
            if (text.contains(" for[")) withFor++;
            if (text.contains(" cond ")) withCond++;
        }
        org.junit.jupiter.api.Assertions.assertTrue(withWhile > 20 && withFor > 20 && withCond > 20,
                Arrays.toString(new int[] {withWhile, withFor, withCond}));
    }
}
