package dev.jaxc.codegen.jvm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.jaxc.ir.Builder;
import dev.jaxc.ir.Function;
import dev.jaxc.ir.Loc;
import dev.jaxc.ir.Program;
import dev.jaxc.ir.Type;
import dev.jaxc.ir.Value;
import dev.jaxc.ir.prim.BinaryOp;
import dev.jaxc.ir.prim.CmpOp;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** cond, for, while (scf form) and calls, against the Java loops they stand for. */
class ControlFlowTest {
    private static final String C = "t.Flow";
    private static Compiled compiled;

    static final int[][] LOOPS = {
        {0, 10, 1, 0}, {0, 10, 1, 1}, {0, 10, 3, 0}, {0, 9, 3, 1}, {10, 0, -1, 0}, {10, 0, -1, 1}, {10, -3, -4, 0},
        {10, -2, -4, 1}, {5, 5, 1, 0}, {5, 5, 1, 1}, {5, 4, 1, 1},
        // int wrap-around, as in Java
        {0, 1_600_000_000, 1_500_000_000, 0}, {0, -1_600_000_000, -1_500_000_000, 0},
        {Integer.MAX_VALUE - 3, Integer.MAX_VALUE - 1, 1, 1},
    };

    static Function fn(String name, List<Type> params, List<String> names, Builder.RegionBody body) {
        return Builder.function(C + "." + name, params, names, Loc.UNKNOWN, body);
    }

    @BeforeAll
    static void build() {
        Program p = new Program();
        // |x| by cond on a fused comparison
        p.add(fn("abs", List.of(Type.F64), List.of("x"), (b, ps) -> {
            Value x = ps.get(0);
            Value neg = b.compare(CmpOp.LT, x, b.f64(0));
            return b.cond(neg, List.of(x), (t, q) -> List.of(t.neg(q.get(0))), (e, q) -> List.of(q.get(0)));
        }));
        // cond on a boolean parameter with two results
        p.add(fn("pick", List.of(Type.BOOL, Type.I32, Type.I64), List.of("p", "a", "b"), (b, ps) -> {
            List<Value> r = b.cond(ps.get(0), List.of(ps.get(1), ps.get(2)),
                    (t, q) -> List.of(t.add(q.get(0), t.i32(1)), q.get(1)),
                    (e, q) -> List.of(e.i32(-1), e.add(q.get(1), e.i64(10))));
            return List.of(b.add(b.convert(r.get(0), dev.jaxc.ir.DType.I64), r.get(1)));
        }));
        // max by select of a fused comparison
        p.add(fn("maxSel", List.of(Type.F32, Type.F32), List.of("a", "b"), (b, ps) ->
                List.of(b.select(b.compare(CmpOp.GT, ps.get(0), ps.get(1)), ps.get(0), ps.get(1)))));
        // the i sequence of a for loop, hashed: h = h * 31 + i; count
        for (int k = 0; k < LOOPS.length; k++) {
            int[] l = LOOPS[k];
            p.add(fn("seq" + k, List.of(Type.I32, Type.I32), List.of("lo", "hi"), (b, ps) -> {
                List<Value> r = b.forLoop(ps.get(0), ps.get(1), l[2], l[3] == 1, List.of(), List.of(b.i32(7), b.i32(0)), (bb, q) -> {
                    Value h = bb.add(bb.mul(q.get(1), bb.i32(31)), q.get(0));
                    return List.of(h, bb.add(q.get(2), bb.i32(1)));
                });
                return List.of(b.add(b.mul(r.get(0), b.i32(1000003)), r.get(1)));
            }));
        }
        // Horner with a const: acc = acc * x + i
        p.add(fn("horner", List.of(Type.F64, Type.I32), List.of("x", "n"), (b, ps) ->
                b.forLoop(b.i32(0), ps.get(1), 1, false, List.of(ps.get(0)), List.of(b.f64(0)), (bb, q) ->
                        List.of(bb.add(bb.mul(q.get(2), q.get(1)), bb.convert(q.get(0), dev.jaxc.ir.DType.F64))))));
        // nested: sum over i < n, j <= i of i * j
        p.add(fn("nested", List.of(Type.I32), List.of("n"), (b, ps) ->
                b.forLoop(b.i32(0), ps.get(0), 1, false, List.of(), List.of(b.i64(0)), (bi, qi) ->
                        bi.forLoop(bi.i32(0), qi.get(0), 1, true, List.of(qi.get(0)), List.of(qi.get(1)), (bj, qj) -> {
                            Value ij = bj.mul(bj.convert(qj.get(0), dev.jaxc.ir.DType.I64), bj.convert(qj.get(1), dev.jaxc.ir.DType.I64));
                            return List.of(bj.add(qj.get(2), ij));
                        }))));
        // Collatz steps: while (n != 1) { n = n % 2 == 0 ? n / 2 : 3 * n + 1; steps++; }
        p.add(fn("collatz", List.of(Type.I64), List.of("n"), (b, ps) -> {
            List<Value> r = b.whileLoop(List.of(), List.of(ps.get(0), b.i32(0)),
                    (c, q) -> List.of(c.compare(CmpOp.NE, q.get(0), c.i64(1)), q.get(0), q.get(1)),
                    (bd, q) -> {
                        Value n = q.get(0);
                        Value even = bd.compare(CmpOp.EQ, bd.binary(BinaryOp.REM, n, bd.i64(2)), bd.i64(0));
                        List<Value> next = bd.cond(even, List.of(n), (t, x) -> List.of(t.div(x.get(0), t.i64(2))),
                                (e, x) -> List.of(e.add(e.mul(e.i64(3), x.get(0)), e.i64(1))));
                        return List.of(next.get(0), bd.add(q.get(1), bd.i32(1)));
                    });
            return List.of(r.get(1));
        }));
        // carries that swap every iteration (a parallel move with a cycle), mixed sizes
        p.add(fn("swaps", List.of(Type.F64, Type.I32, Type.I32), List.of("a", "b", "n"), (b, ps) -> {
            List<Value> r = b.forLoop(b.i32(0), ps.get(2), 1, false, List.of(), List.of(ps.get(0), b.f64(-1), ps.get(1), b.i32(5)), (bb, q) ->
                    List.of(q.get(2), q.get(1), q.get(4), bb.add(q.get(3), q.get(0))));
            return List.of(b.add(b.add(r.get(0), b.mul(r.get(1), b.f64(10))),
                    b.convert(b.add(b.mul(r.get(2), b.i32(100)), r.get(3)), dev.jaxc.ir.DType.F64)));
        }));
        // do-while shape: the condition region works: x2 = 2x; if !(x2 < limit) exit with x2; x = x2 + 1
        p.add(fn("doubling", List.of(Type.I64, Type.I64), List.of("x", "limit"), (b, ps) ->
                b.whileLoop(List.of(ps.get(1)), List.of(ps.get(0)),
                        (c, q) -> {
                            Value x2 = c.mul(q.get(1), c.i64(2));
                            return List.of(c.compare(CmpOp.LT, x2, q.get(0)), x2);
                        },
                        (bd, q) -> List.of(bd.add(q.get(1), bd.i64(1))))));
        // a boolean carry as the condition: toggles until k reaches n
        p.add(fn("flag", List.of(Type.I32), List.of("n"), (b, ps) -> {
            List<Value> r = b.whileLoop(List.of(ps.get(0)), List.of(b.bool(true), b.i32(0)),
                    (c, q) -> List.of(q.get(1), q.get(1), q.get(2)),
                    (bd, q) -> {
                        Value k = bd.add(q.get(2), bd.i32(1));
                        return List.of(bd.compare(CmpOp.LT, k, q.get(0)), k);
                    });
            return List.of(r.get(1));
        }));
        // calls within the class and to another class
        p.add(fn("twice", List.of(Type.F64), List.of("x"), (b, ps) -> List.of(b.mul(ps.get(0), b.f64(2)))));
        p.add(fn("callsTwice", List.of(Type.F64), List.of("x"), (b, ps) -> {
            Value t = b.call(C + ".twice", List.of(Type.F64), List.of(ps.get(0))).get(0);
            Value o = b.call("t.Other.inc", List.of(Type.F64), List.of(t)).get(0);
            return List.of(b.add(o, b.f64(0.25)));
        }));
        p.add(Builder.function("t.Other.inc", List.of(Type.F64), List.of("y"), Loc.UNKNOWN, (b, ps) -> List.of(b.add(ps.get(0), b.f64(1)))));
        // no results: still divides (and so throws on zero)
        p.add(fn("check", List.of(Type.I32), List.of("d"), (b, ps) -> {
            b.div(b.i32(1), ps.get(0));
            return List.of();
        }));
        compiled = Compiled.of(p, C, "t.Other");
    }

    @Test
    void condAndSelect() {
        for (double x : new double[] {-2.5, 0.0, -0.0, 3.0, Double.NaN}) Compiled.assertSameDouble(x < 0 ? -x : x, compiled.run(C + ".abs", x), "abs");
        assertEquals(8L + 20, compiled.run(C + ".pick", true, 7, 20L));
        assertEquals(-1L + 30, compiled.run(C + ".pick", false, 7, 20L));
        for (float a : new float[] {1f, -0f, Float.NaN})
            for (float b : new float[] {0f, 2f, Float.NaN}) Compiled.assertSameFloat(a > b ? a : b, compiled.run(C + ".maxSel", a, b), "max");
    }

    @Test
    void forLoopsRunJavaSequences() {
        for (int k = 0; k < LOOPS.length; k++) {
            int[] l = LOOPS[k];
            int h = 7, count = 0;
            if (l[2] > 0 && l[3] == 0) for (int i = l[0]; i < l[1]; i += l[2]) { h = h * 31 + i; count++; }
            if (l[2] > 0 && l[3] == 1) for (int i = l[0]; i <= l[1]; i += l[2]) { h = h * 31 + i; count++; }
            if (l[2] < 0 && l[3] == 0) for (int i = l[0]; i > l[1]; i += l[2]) { h = h * 31 + i; count++; }
            if (l[2] < 0 && l[3] == 1) for (int i = l[0]; i >= l[1]; i += l[2]) { h = h * 31 + i; count++; }
            assertEquals(h * 1000003 + count, compiled.run(C + ".seq" + k, l[0], l[1]), "loop " + java.util.Arrays.toString(l));
        }
    }

    @Test
    void loopsWithConstsAndNesting() {
        double acc = 0;
        for (int i = 0; i < 6; i++) acc = acc * 1.5 + i;
        Compiled.assertSameDouble(acc, compiled.run(C + ".horner", 1.5, 6), "horner");
        long s = 0;
        for (int i = 0; i < 40; i++) for (int j = 0; j <= i; j++) s += (long) i * j;
        assertEquals(s, compiled.run(C + ".nested", 40));
        assertEquals(0L, compiled.run(C + ".nested", -3));
    }

    @Test
    void whileLoopsInScfForm() {
        for (long n : new long[] {1, 2, 7, 27, 97}) {
            long m = n;
            int steps = 0;
            while (m != 1) {
                m = m % 2 == 0 ? m / 2 : 3 * m + 1;
                steps++;
            }
            assertEquals(steps, compiled.run(C + ".collatz", n));
        }
        for (long x : new long[] {0, 1, 5, 100, 1000}) {
            long v = x, x2;
            while (true) {
                x2 = v * 2;
                if (!(x2 < 500)) break;
                v = x2 + 1;
            }
            assertEquals(x2, compiled.run(C + ".doubling", x, 500L));
        }
        assertEquals(1, compiled.run(C + ".flag", 0));
        assertEquals(6, compiled.run(C + ".flag", 6));
    }

    @Test
    void carriesThatSwap() {
        for (int n : new int[] {0, 1, 2, 5}) {
            // carries (a, b, c, d) get (b, a, d, c + i): two swaps, one of doubles
            double a = 1.25, b = -1;
            int c = 3, d = 5;
            for (int i = 0; i < n; i++) {
                double ta = b, tb = a;
                int tc = d, td = c + i;
                a = ta;
                b = tb;
                c = tc;
                d = td;
            }
            Compiled.assertSameDouble(a + b * 10 + (c * 100 + d), compiled.run(C + ".swaps", 1.25, 3, n), "swaps " + n);
        }
    }

    @Test
    void callsAcrossCompanions() throws Throwable {
        Compiled.assertSameDouble(3.0 * 2 + 1 + 0.25, compiled.run(C + ".callsTwice", 3.0), "calls");
        assertEquals(void.class, compiled.method(C + ".check").getReturnType());
        compiled.call(C + ".check", 3);
        assertThrows(ArithmeticException.class, () -> compiled.call(C + ".check", 0));
    }
}
