package dev.jaxc.passes.batching;

import dev.jaxc.ir.Builder;
import dev.jaxc.ir.DType;
import dev.jaxc.ir.Function;
import dev.jaxc.ir.Loc;
import dev.jaxc.ir.Type;
import dev.jaxc.ir.Value;
import dev.jaxc.ir.prim.BinaryOp;
import dev.jaxc.ir.prim.CmpOp;
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
}
