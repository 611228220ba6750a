package dev.jaxc.passes.ad;

import static org.junit.jupiter.api.Assertions.*;

import dev.jaxc.ir.Builder;
import dev.jaxc.ir.DType;
import dev.jaxc.ir.Type;
import dev.jaxc.ir.Value;
import dev.jaxc.ir.prim.BinaryOp;
import dev.jaxc.ir.prim.CmpOp;
import dev.jaxc.ir.prim.UnaryOp;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Random differentiable programs — arithmetic, conds, counted loops over an array, while loops
 * with data-dependent trip counts, local arrays written and read, calls, nested in one another — each
 * checked by {@link DerivativeChecks}: reverse = forward to 1e-12, and both against central
 * differences (skipped where the program jumps within the difference step: a cond or a trip
 * count that changes there makes differences meaningless).
 */
class RandomProgramsTest {
    static final Type V = Type.array(DType.F64, 1);
    static final int PROGRAMS = 200;

    @Test
    void randomProgramsDifferentiateConsistently() {
        int checkedFd = 0;
        for (int seed = 0; seed < PROGRAMS; seed++) {
            AdHarness h = new AdHarness();
            Random rnd = new Random(seed);
            // A callee with a loop, so it is differentiated once and called (not inlined).
            h.add("helper", List.of(Type.F64, Type.F64, V), List.of("u", "w", "xs"), (b, ps) -> List.of(
                    b.forLoop(b.i32(0), b.arrayLength(ps.get(2)), 1, false, ps, List.of(b.f64(0)), (bb, q) -> {
                        Value xi = bb.arrayGet(q.get(3), q.get(0));
                        return List.of(bb.add(q.get(4), bb.unary(UnaryOp.SIN, bb.add(bb.mul(q.get(1), xi), q.get(2)))));
                    }).get(0)));
            h.add("f", List.of(Type.F64, Type.F64, V), List.of("a", "b", "x"), (b, ps) -> List.of(new Gen(rnd).program(b, ps)));
            Object[] args = {0.3 + rnd.nextDouble(), -0.5 + rnd.nextDouble(), new double[] {0.2, -0.7, 1.1, 0.4}};
            try {
                if (DerivativeChecks.checkSkippingJumps(h, "f", seed, args)) checkedFd++;
            } catch (AssertionError | RuntimeException e) {
                throw new AssertionError("random program " + seed + ":\n" + h.print("f"), e);
            }
        }
        assertTrue(checkedFd > PROGRAMS / 2, "most programs are smooth at the point: " + checkedFd);
    }

    /** Emits a random program over (a, b, x) returning one double. */
    static final class Gen {
        final Random rnd;
        int budget = 18;

        Gen(Random rnd) { this.rnd = rnd; }

        Value program(Builder b, List<Value> ps) {
            List<Value> pool = new ArrayList<>(List.of(ps.get(0), ps.get(1), b.arrayGet(ps.get(2), b.i32(1))));
            statements(b, pool, ps.get(2), 3);
            Value s = pool.get(0);
            for (int i = 1; i < pool.size(); i++) s = b.add(s, pool.get(i));
            return s;
        }

        private Value pick(List<Value> pool) { return pool.get(rnd.nextInt(pool.size())); }

        /** Smooth, bounded combinations of pool values. */
        Value expr(Builder b, List<Value> pool) {
            Value u = pick(pool), w = pick(pool);
            switch (rnd.nextInt(9)) {
                case 0: return b.add(u, w);
                case 1: return b.mul(u, w);
                case 2: return b.sub(b.unary(UnaryOp.SIN, u), w);
                case 3: return b.unary(UnaryOp.TANH, b.mul(u, w));
                case 4: return b.div(u, b.add(b.f64(1.5), b.mul(w, w)));
                case 5: return b.unary(UnaryOp.EXP, b.unary(UnaryOp.TANH, u));
                case 6: return b.mul(b.unary(UnaryOp.COS, w), u);
                case 7: return b.unary(UnaryOp.LOG, b.add(b.f64(1.2), b.unary(UnaryOp.SIN, u)));
                default: return b.binary(BinaryOp.HYPOT, u, b.add(w, b.f64(0.5)));
            }
        }

        void statements(Builder b, List<Value> pool, Value x, int depth) {
            int n = 2 + rnd.nextInt(3);
            for (int k = 0; k < n && budget-- > 0; k++) {
                int kind = depth > 0 ? rnd.nextInt(7) : 0;
                switch (kind) {
                    case 1 -> pool.add(cond(b, pool, x, depth));
                    case 2 -> pool.add(forLoop(b, pool, x, depth));
                    case 3 -> pool.add(whileLoop(b, pool, x, depth));
                    case 4 -> pool.add(localArray(b, pool, x));
                    case 5 -> pool.add(b.call("t.T.helper", List.of(Type.F64), List.of(pick(pool), pick(pool), x)).get(0));
                    default -> pool.add(expr(b, pool));
                }
            }
        }

        Value cond(Builder b, List<Value> pool, Value x, int depth) {
            Value p = b.compare(CmpOp.GT, pick(pool), pick(pool));
            List<Value> ops = new ArrayList<>(pool);
            ops.add(x);
            return b.cond(p, ops, (t, q) -> branch(t, q, depth), (e, q) -> branch(e, q, depth)).get(0);
        }

        private List<Value> branch(Builder b, List<Value> q, int depth) {
            List<Value> pool = new ArrayList<>(q.subList(0, q.size() - 1));
            int before = pool.size();
            statements(b, pool, q.get(q.size() - 1), depth - 1);
            return List.of(pool.size() > before ? pool.get(pool.size() - 1) : expr(b, pool));
        }

        Value forLoop(Builder b, List<Value> pool, Value x, int depth) {
            List<Value> consts = new ArrayList<>(pool);
            consts.add(x);
            int nc = consts.size();
            Value init = pick(pool);
            return b.forLoop(b.i32(0), b.arrayLength(x), 1 + rnd.nextInt(2), false, consts, List.of(init), (bb, q) -> {
                List<Value> inner = new ArrayList<>(q.subList(1, nc));
                Value xs = q.get(nc), acc = q.get(nc + 1);
                inner.add(bb.arrayGet(xs, q.get(0)));
                inner.add(acc);
                statements(bb, inner, xs, depth - 1);
                return List.of(bb.add(bb.mul(acc, bb.f64(0.7)), bb.unary(UnaryOp.SIN, inner.get(inner.size() - 1))));
            }).get(0);
        }

        /** while (t < 1 + |u|·2) { t += 0.37; s = 0.8·s + g(s, pool) } — the trip count moves with u. */
        Value whileLoop(Builder b, List<Value> pool, Value x, int depth) {
            List<Value> consts = new ArrayList<>(pool);
            consts.add(x);
            int nc = consts.size();
            Value bound = b.add(b.f64(1), b.mul(b.f64(2), b.unary(UnaryOp.ABS, pick(pool))));
            consts.add(bound);
            return b.whileLoop(consts, List.of(b.f64(0), pick(pool)),
                    (c, q) -> List.of(c.compare(CmpOp.LT, q.get(nc + 1), q.get(nc)), q.get(nc + 1), q.get(nc + 2)),
                    (w, q) -> {
                        List<Value> inner = new ArrayList<>(q.subList(0, nc - 1));
                        Value s = q.get(nc + 2);
                        inner.add(s);
                        statements(w, inner, q.get(nc - 1), depth - 1);
                        Value next = w.add(w.mul(w.f64(0.8), s), w.mul(w.f64(0.3), w.unary(UnaryOp.TANH, inner.get(inner.size() - 1))));
                        return List.of(w.add(q.get(nc + 1), w.f64(0.37)), next);
                    }).get(1);
        }

        /** y = new double[n]; y[i] = e(x[i], u); return Σ y[i]·y[n-1-i]. */
        Value localArray(Builder b, List<Value> pool, Value x) {
            Value n = b.arrayLength(x), u = pick(pool);
            Value y = b.forLoop(b.i32(0), n, 1, false, List.of(x, u), List.of(b.arrayNew(DType.F64, 1, n)), (bb, q) -> {
                Value xi = bb.arrayGet(q.get(1), q.get(0));
                return List.of(bb.arraySet(q.get(3), q.get(0), bb.mul(bb.unary(UnaryOp.SIN, bb.add(xi, q.get(2))), xi)));
            }).get(0);
            return b.forLoop(b.i32(0), n, 1, false, List.of(y, n), List.of(b.f64(0)), (bb, q) -> {
                Value j = bb.sub(bb.sub(q.get(2), bb.i32(1)), q.get(0));
                return List.of(bb.add(q.get(3), bb.mul(bb.arrayGet(q.get(1), q.get(0)), bb.arrayGet(q.get(1), j))));
            }).get(0);
        }
    }
}
