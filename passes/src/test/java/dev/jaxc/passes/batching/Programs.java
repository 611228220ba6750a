package dev.jaxc.passes.batching;

import dev.jaxc.ir.Builder;
import dev.jaxc.ir.DType;
import dev.jaxc.ir.Function;
import dev.jaxc.ir.Loc;
import dev.jaxc.ir.Type;
import dev.jaxc.ir.Value;
import dev.jaxc.ir.prim.BinaryOp;
import dev.jaxc.ir.prim.CmpOp;
import dev.jaxc.ir.prim.PrngFn;
import dev.jaxc.ir.prim.UnaryOp;
import java.util.List;

/** Source functions (built with the IR builder) that the batching tests vmap. */
final class Programs {
    private Programs() {}

    private static Function fn(String name, List<Type> types, List<String> names, Builder.RegionBody body) {
        return Builder.function(name, types, names, Loc.UNKNOWN, body);
    }

    /** sin(x) * y + 1 */
    static Function elementwise() {
        return fn("t.elementwise", List.of(Type.F64, Type.F64), List.of("x", "y"), (b, ps) ->
                List.of(b.add(b.mul(b.unary(UnaryOp.SIN, ps.get(0)), ps.get(1)), b.f64(1.0))));
    }

    /** {@code 0 <= i && i < a.length ? a[i] : -1.0}: the then-side throws for lanes that do not take it. */
    static Function guardedIndex() {
        return fn("t.guardedIndex", List.of(Type.array(DType.F64, 1), Type.I32), List.of("a", "i"), (b, ps) -> {
            Value a = ps.get(0), i = ps.get(1);
            Value ok = b.binary(BinaryOp.AND, b.compare(CmpOp.GE, i, b.i32(0)), b.compare(CmpOp.LT, i, b.arrayLength(a)));
            return b.cond(ok, List.of(a, i),
                    (t, q) -> List.of(t.arrayGet(q.get(0), q.get(1))),
                    (e, q) -> List.of(e.f64(-1.0)));
        });
    }

    /** {@code a[i]}: throws for a lane out of range. */
    static Function plainIndex() {
        return fn("t.plainIndex", List.of(Type.array(DType.F64, 1), Type.I32), List.of("a", "i"), (b, ps) ->
                List.of(b.arrayGet(ps.get(0), ps.get(1))));
    }

    /** {@code b != 0 ? a / b : a % 7}: integer division only where the divisor is not 0. */
    static Function safeDivide() {
        return fn("t.safeDivide", List.of(Type.I32, Type.I32), List.of("a", "b"), (b, ps) -> {
            Value nz = b.compare(CmpOp.NE, ps.get(1), b.i32(0));
            return b.cond(nz, List.of(ps.get(0), ps.get(1)),
                    (t, q) -> List.of(t.div(q.get(0), q.get(1))),
                    (e, q) -> List.of(e.binary(BinaryOp.REM, q.get(0), e.i32(7))));
        });
    }

    /** Collatz steps of n (at most 100): a while loop with a per-lane trip count and a branch inside. */
    static Function collatz() {
        return fn("t.collatz", List.of(Type.I32), List.of("n"), (b, ps) -> {
            List<Value> r = b.whileLoop(List.of(), List.of(ps.get(0), b.i32(0)),
                    (c, q) -> {
                        Value go = c.binary(BinaryOp.AND, c.compare(CmpOp.NE, q.get(0), c.i32(1)), c.compare(CmpOp.LT, q.get(1), c.i32(100)));
                        return List.of(go, q.get(0), q.get(1));
                    },
                    (d, q) -> {
                        Value n = q.get(0);
                        Value even = d.compare(CmpOp.EQ, d.binary(BinaryOp.REM, n, d.i32(2)), d.i32(0));
                        Value next = d.cond(even, List.of(n),
                                (t, z) -> List.of(t.div(z.get(0), t.i32(2))),
                                (e, z) -> List.of(e.add(e.mul(z.get(0), e.i32(3)), e.i32(1)))).get(0);
                        return List.of(next, d.add(q.get(1), d.i32(1)));
                    });
            return List.of(r.get(1));
        });
    }

    /** {@code s = 0; for (i = 0; i < k; i++) s += x * i}: a per-lane trip count. */
    static Function triangular() {
        return fn("t.triangular", List.of(Type.I32, Type.F64), List.of("k", "x"), (b, ps) -> {
            List<Value> r = b.forLoop(b.i32(0), ps.get(0), 1, false, List.of(ps.get(1)), List.of(b.f64(0.0)), (d, q) -> {
                Value term = d.mul(q.get(1), d.convert(q.get(0), DType.F64));
                return List.of(d.add(q.get(2), term));
            });
            return List.of(r.get(0));
        });
    }

    /** Ten damped steps: a uniform loop around varying carries, one of them uniform. */
    static Function damped() {
        return fn("t.damped", List.of(Type.F64, Type.F64), List.of("x", "c"), (b, ps) -> {
            List<Value> r = b.forLoop(b.i32(0), b.i32(10), 1, false, List.of(ps.get(1)), List.of(ps.get(0), b.i32(0)), (d, q) -> {
                Value i = q.get(0), c = q.get(1), x = q.get(2), k = q.get(3);
                Value nx = d.add(d.mul(x, c), d.convert(i, DType.F64));
                return List.of(nx, d.add(k, d.i32(2)));
            });
            return List.of(b.add(r.get(0), b.convert(r.get(1), DType.F64)));
        });
    }

    /** {@code t = new double[4]; for (i < 4) t[i] = x * i; return t[3] + t[1]}: a local array per lane. */
    static Function localArray() {
        return fn("t.localArray", List.of(Type.F64), List.of("x"), (b, ps) -> {
            Value t = b.arrayNew(DType.F64, 1, b.i32(4));
            Value filled = b.forLoop(b.i32(0), b.i32(4), 1, false, List.of(ps.get(0)), List.of(t), (d, q) ->
                    List.of(d.arraySet(q.get(2), q.get(0), d.mul(q.get(1), d.convert(q.get(0), DType.F64))))).get(0);
            return List.of(b.add(b.arrayGet(filled, b.i32(3)), b.arrayGet(filled, b.i32(1))));
        });
    }

    /** {@code new double[] {x, 2 * x, y}}: an array result. */
    static Function pair() {
        return fn("t.pair", List.of(Type.F64, Type.F64), List.of("x", "y"), (b, ps) ->
                List.of(b.arrayLiteral(DType.F64, 1, List.of(ps.get(0), b.mul(b.f64(2.0), ps.get(0)), ps.get(1)))));
    }

    /** {@code sum_i v[i] * w[i]} over v.length. */
    static Function dot() {
        Type vec = Type.array(DType.F64, 1);
        return fn("t.dot", List.of(vec, vec), List.of("v", "w"), (b, ps) -> {
            Value n = b.arrayLength(ps.get(0));
            return b.forLoop(b.i32(0), n, 1, false, List.of(ps.get(0), ps.get(1)), List.of(b.f64(0.0)), (d, q) -> {
                Value i = q.get(0);
                return List.of(d.add(q.get(3), d.mul(d.arrayGet(q.get(1), i), d.arrayGet(q.get(2), i))));
            });
        });
    }

    static Function square() {
        return fn("t.square", List.of(Type.F64), List.of("x"), (b, ps) -> List.of(b.mul(ps.get(0), ps.get(0))));
    }

    /** {@code square(x) + square(x + 1)}: calls per lane. */
    static Function callsSquare() {
        return fn("t.callsSquare", List.of(Type.F64), List.of("x"), (b, ps) -> {
            Value a = b.call("t.square", List.of(Type.F64), List.of(ps.get(0))).get(0);
            Value c = b.call("t.square", List.of(Type.F64), List.of(b.add(ps.get(0), b.f64(1.0)))).get(0);
            return List.of(b.add(a, c));
        });
    }

    /**
     * Early returns as the frontend nests them: {@code if (x < 0) return -x; if (x > 10) return
     * 10; return x * x;}.
     */
    static Function earlyReturn() {
        return fn("t.earlyReturn", List.of(Type.F64), List.of("x"), (b, ps) -> b.cond(b.compare(CmpOp.LT, ps.get(0), b.f64(0.0)), List.of(ps.get(0)),
                (t, q) -> List.of(t.neg(q.get(0))),
                (e, q) -> e.cond(e.compare(CmpOp.GT, q.get(0), e.f64(10.0)), List.of(q.get(0)),
                        (t2, q2) -> List.of(t2.f64(10.0)),
                        (e2, q2) -> List.of(e2.mul(q2.get(0), q2.get(0))))));
    }

    /** {@code flag ? (five steps x *= 1.1) : x + 1}: a uniform branch around a loop. */
    static Function flagged() {
        return fn("t.flagged", List.of(Type.F64, Type.BOOL), List.of("x", "flag"), (b, ps) -> b.cond(ps.get(1), List.of(ps.get(0)),
                (t, q) -> t.forLoop(t.i32(0), t.i32(5), 1, false, List.of(), List.of(q.get(0)), (d, z) -> List.of(d.mul(z.get(1), d.f64(1.1)))),
                (e, q) -> List.of(e.add(q.get(0), e.f64(1.0)))));
    }

    /** {@code while (k < m) { y = y * x; k++ } return y + k}: a uniform condition, varying carries. */
    static Function power() {
        return fn("t.power", List.of(Type.F64, Type.I32), List.of("x", "m"), (b, ps) -> {
            List<Value> r = b.whileLoop(List.of(ps.get(0), ps.get(1)), List.of(b.f64(1.0), b.i32(0)),
                    (c, q) -> List.of(c.compare(CmpOp.LT, q.get(3), q.get(1)), q.get(2), q.get(3)),
                    (d, q) -> List.of(d.mul(q.get(2), q.get(0)), d.add(q.get(3), d.i32(1))));
            return List.of(b.add(r.get(0), b.convert(r.get(1), DType.F64)));
        });
    }

    /** {@code a = new double[5]; i = 0; while (i < n && i < 5) { a[i] = 2i; i++ } return a[0] + a[4] + i}. */
    static Function arrayInWhile() {
        return fn("t.arrayInWhile", List.of(Type.I32), List.of("n"), (b, ps) -> {
            Value a = b.arrayNew(DType.F64, 1, b.i32(5));
            List<Value> r = b.whileLoop(List.of(ps.get(0)), List.of(a, b.i32(0)),
                    (c, q) -> List.of(c.binary(BinaryOp.AND, c.compare(CmpOp.LT, q.get(2), q.get(0)), c.compare(CmpOp.LT, q.get(2), c.i32(5))), q.get(1), q.get(2)),
                    (d, q) -> List.of(d.arraySet(q.get(1), q.get(2), d.mul(d.f64(2.0), d.convert(q.get(2), DType.F64))), d.add(q.get(2), d.i32(1))));
            Value s = b.add(b.arrayGet(r.get(0), b.i32(0)), b.arrayGet(r.get(0), b.i32(4)));
            return List.of(b.add(s, b.convert(r.get(1), DType.F64)));
        });
    }

    /** {@code a = new double[3]; if (x > 0) a[0] = x; else a[1] = -x; a[2] = 1; return a}: both branches update one array. */
    static Function branchUpdates() {
        return fn("t.branchUpdates", List.of(Type.F64), List.of("x"), (b, ps) -> {
            Value a = b.arrayNew(DType.F64, 1, b.i32(3));
            Value a2 = b.cond(b.compare(CmpOp.GT, ps.get(0), b.f64(0.0)), List.of(a, ps.get(0)),
                    (t, q) -> List.of(t.arraySet(q.get(0), t.i32(0), q.get(1))),
                    (e, q) -> List.of(e.arraySet(q.get(0), e.i32(1), e.neg(q.get(1))))).get(0);
            return List.of(b.arraySet(a2, b.i32(2), b.f64(1.0)));
        });
    }

    /** {@code s = 0; for (i < n) for (j < i) s += i * j}: nested per-lane trip counts. */
    static Function nestedTrips() {
        return fn("t.nestedTrips", List.of(Type.I32), List.of("n"), (b, ps) -> b.forLoop(b.i32(0), ps.get(0), 1, false, List.of(), List.of(b.i64(0)), (d, q) ->
                d.forLoop(d.i32(0), q.get(0), 1, false, List.of(q.get(0)), List.of(q.get(1)), (d2, z) ->
                        List.of(d2.add(z.get(2), d2.convert(d2.mul(z.get(0), z.get(1)), DType.I64))))));
    }

    /** {@code if (x > 0) while (x > 1 && x < 1e18) x = x / 2; return x}: a loop under a mask. */
    static Function halve() {
        return fn("t.halve", List.of(Type.F64), List.of("x"), (b, ps) -> b.cond(b.compare(CmpOp.GT, ps.get(0), b.f64(0.0)), List.of(ps.get(0)),
                (t, q) -> t.whileLoop(List.of(), List.of(q.get(0)),
                        (c, z) -> List.of(c.binary(BinaryOp.AND, c.compare(CmpOp.GT, z.get(0), c.f64(1.0)), c.compare(CmpOp.LT, z.get(0), c.f64(1e18))), z.get(0)),
                        (d, z) -> List.of(d.div(z.get(0), d.f64(2.0)))),
                (e, q) -> List.of(q.get(0))));
    }

    /** {@code w = v.clone(); w[0] = 5; return w}. */
    static Function cloneSet() {
        return fn("t.cloneSet", List.of(Type.array(DType.F64, 1)), List.of("v"), (b, ps) -> {
            Value w = b.arrayCopy(ps.get(0));
            return List.of(b.arraySet(w, b.i32(0), b.f64(5.0)));
        });
    }

    /** {@code a = new double[n]; for (i < n) a[i] = i; return a.length + a[n / 2]}: per-lane sizes (negative n throws). */
    static Function sized() {
        return fn("t.sized", List.of(Type.I32), List.of("n"), (b, ps) -> {
            Value n = ps.get(0);
            Value a = b.arrayNew(DType.F64, 1, n);
            Value f = b.forLoop(b.i32(0), n, 1, false, List.of(), List.of(a), (d, q) ->
                    List.of(d.arraySet(q.get(1), q.get(0), d.convert(q.get(0), DType.F64)))).get(0);
            return List.of(b.add(b.convert(b.arrayLength(f), DType.F64), b.arrayGet(f, b.div(n, b.i32(2)))));
        });
    }

    /** {@code n >= 0 ? new double[n].length : -1}: an allocation under a mask. */
    static Function maskedNew() {
        return fn("t.maskedNew", List.of(Type.I32), List.of("n"), (b, ps) -> b.cond(b.compare(CmpOp.GE, ps.get(0), b.i32(0)), List.of(ps.get(0)),
                (t, q) -> List.of(t.arrayLength(t.arrayNew(DType.F64, 2, q.get(0)))),
                (e, q) -> List.of(e.i32(-1))));
    }

    /** Integer, long, float and boolean operators, shifts and conversions. */
    static Function mixed() {
        return fn("t.mixed", List.of(Type.I64, Type.I32, Type.F32, Type.BOOL), List.of("a", "b", "c", "d"), (b, ps) -> {
            Value a = ps.get(0), i = ps.get(1), c = ps.get(2), d = ps.get(3);
            Value sh = b.binary(BinaryOp.SHL, a, i);
            Value x = b.binary(BinaryOp.XOR, sh, b.convert(b.unary(UnaryOp.BIT_NOT, i), DType.I64));
            Value f = b.mul(c, b.convert(i, DType.F32));
            Value g = b.select(d, b.convert(x, DType.F32), b.unary(UnaryOp.ABS, f));
            Value h = b.binary(BinaryOp.USHR, b.binary(BinaryOp.MIN, i, b.i32(3)), b.i32(1));
            return List.of(b.add(b.convert(g, DType.F64), b.convert(h, DType.F64)));
        });
    }

    /** {@code table[(int) x]}: throws for x out of range. */
    static Function lookup() {
        return fn("t.lookup", List.of(Type.array(DType.F64, 1), Type.F64), List.of("table", "x"), (b, ps) ->
                List.of(b.arrayGet(ps.get(0), b.convert(ps.get(1), DType.I32))));
    }

    /** {@code 0 <= x && x < table.length ? lookup(table, x) : 0}: a call that would throw, under a mask. */
    static Function maskedCall() {
        Type vec = Type.array(DType.F64, 1);
        return fn("t.maskedCall", List.of(vec, Type.F64), List.of("table", "x"), (b, ps) -> {
            Value ok = b.binary(BinaryOp.AND, b.compare(CmpOp.GE, ps.get(1), b.f64(0.0)),
                    b.compare(CmpOp.LT, ps.get(1), b.convert(b.arrayLength(ps.get(0)), DType.F64)));
            return b.cond(ok, List.of(ps.get(0), ps.get(1)),
                    (t, q) -> t.call("t.lookup", List.of(Type.F64), List.of(q.get(0), q.get(1))),
                    (e, q) -> List.of(e.f64(0.0)));
        });
    }

    /**
     * Draws from a key: a fold-in chain in a loop with a pure normal each step, then, where
     * n &gt; 0, element 0 of a sized uniform draw (which throws for a negative size).
     */
    static Function draws() {
        return fn("t.draws", List.of(Type.I64, Type.I32), List.of("key", "n"), (b, ps) -> {
            List<Value> r = b.forLoop(b.i32(0), b.i32(3), 1, false, List.of(), List.of(ps.get(0), b.f64(0)), (l, q) -> {
                Value k = l.prng(PrngFn.FOLD_IN, q.get(1), q.get(0));
                return List.of(k, l.add(q.get(2), l.prng(PrngFn.NORMAL, k)));
            });
            Value pos = b.compare(CmpOp.GT, ps.get(1), b.i32(0));
            Value s = b.cond(pos, List.of(r.get(0), ps.get(1)),
                    (t, q) -> List.of(t.arrayGet(t.prng(PrngFn.UNIFORM_N, q.get(0), q.get(1)), t.i32(0))),
                    (e, q) -> List.of(e.f64(0))).get(0);
            return List.of(b.add(r.get(1), s));
        });
    }

    /** Two results: {@code (x + y, x * y)}. */
    static Function twoResults() {
        return fn("t.twoResults", List.of(Type.F64, Type.F64), List.of("x", "y"), (b, ps) ->
                List.of(b.add(ps.get(0), ps.get(1)), b.mul(ps.get(0), ps.get(1))));
    }

    /** {@code m[1][0] * m.length + m[0].length} on a 2-D parameter. */
    static Function matrix() {
        return fn("t.matrix", List.of(Type.array(DType.F64, 2)), List.of("m"), (b, ps) -> {
            Value m = ps.get(0);
            Value e = b.arrayGet(m, b.i32(1), b.i32(0));
            Value rows = b.convert(b.arrayLength(m), DType.F64);
            Value cols = b.convert(b.arrayLength(b.arrayGet(m, b.i32(0))), DType.F64);
            return List.of(b.add(b.mul(e, rows), cols));
        });
    }
}
