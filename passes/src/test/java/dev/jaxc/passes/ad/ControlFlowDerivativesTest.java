package dev.jaxc.passes.ad;

import static org.junit.jupiter.api.Assertions.*;

import dev.jaxc.ir.Builder;
import dev.jaxc.ir.DType;
import dev.jaxc.ir.Type;
import dev.jaxc.ir.Value;
import dev.jaxc.ir.prim.BinaryOp;
import dev.jaxc.ir.prim.CmpOp;
import dev.jaxc.ir.prim.UnaryOp;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Control flow in both modes: cond, counted loops of every shape, while loops with data-dependent trip counts, calls. */
class ControlFlowDerivativesTest {
    static final Type V = Type.array(DType.F64, 1), M = Type.array(DType.F64, 2);

    static Value sum(Builder b, Value arr, Builder.RegionBody perElement) {
        return b.forLoop(b.i32(0), b.arrayLength(arr), 1, false, List.of(arr), List.of(b.f64(0)), (bb, q) -> {
            Value e = perElement.build(bb, List.of(bb.arrayGet(q.get(1), q.get(0)), q.get(0))).get(0);
            return List.of(bb.add(q.get(2), e));
        }).get(0);
    }

    @Test
    void condInsideALoop() {
        AdHarness h = new AdHarness();
        // sum_i (x[i] > 0 ? a·x[i]² : sin(a·x[i]))
        h.add("f", List.of(V, Type.F64), List.of("x", "a"), (b, ps) -> {
            Value a = ps.get(1);
            return List.of(b.forLoop(b.i32(0), b.arrayLength(ps.get(0)), 1, false, List.of(ps.get(0), a), List.of(b.f64(0)), (bb, q) -> {
                Value xi = bb.arrayGet(q.get(1), q.get(0));
                Value pos = bb.compare(CmpOp.GT, xi, bb.f64(0));
                Value term = bb.cond(pos, List.of(xi, q.get(2)),
                        (t, r) -> List.of(t.mul(r.get(1), t.mul(r.get(0), r.get(0)))),
                        (e, r) -> List.of(e.unary(UnaryOp.SIN, e.mul(r.get(1), r.get(0))))).get(0);
                return List.of(bb.add(q.get(3), term));
            }).get(0));
        });
        DerivativeChecks.check(h, "f", 1, new double[] {0.5, -1.5, 2.0, -0.25}, 0.8);
    }

    @Test
    void countedLoopsOfEveryShape() {
        AdHarness h = new AdHarness();
        // Three loops over x: step 2 from 1, step -1 inclusive down to 0, step -3 from n-1; products of neighbours.
        h.add("f", List.of(V, Type.F64), List.of("x", "a"), (b, ps) -> {
            Value x = ps.get(0), a = ps.get(1), n = b.arrayLength(x);
            Value s1 = b.forLoop(b.i32(1), n, 2, false, List.of(x), List.of(a), (bb, q) ->
                    List.of(bb.mul(q.get(2), bb.unary(UnaryOp.COS, bb.arrayGet(q.get(1), q.get(0)))))).get(0);
            Value s2 = b.forLoop(b.sub(n, b.i32(1)), b.i32(0), -1, true, List.of(x), List.of(s1), (bb, q) ->
                    List.of(bb.add(bb.mul(q.get(2), bb.f64(0.5)), bb.arrayGet(q.get(1), q.get(0))))).get(0);
            Value s3 = b.forLoop(b.sub(n, b.i32(1)), b.i32(-1), -3, false, List.of(x), List.of(s2), (bb, q) ->
                    List.of(bb.mul(q.get(2), bb.add(bb.f64(1), bb.arrayGet(q.get(1), q.get(0)))))).get(0);
            return List.of(s3);
        });
        DerivativeChecks.check(h, "f", 2, new double[] {0.5, -1.5, 2.0, -0.25, 0.3, 0.9, 1.1}, 0.8);
    }

    @Test
    void nestedLoopsOverAMatrix() {
        AdHarness h = new AdHarness();
        // sum_i (sum_j A[i][j]·v[j])² — rows may differ in length
        h.add("f", List.of(M, V), List.of("A", "v"), (b, ps) -> List.of(
                b.forLoop(b.i32(0), b.arrayLength(ps.get(0)), 1, false, List.of(ps.get(0), ps.get(1)), List.of(b.f64(0)), (bb, q) -> {
                    Value row = bb.arrayGet(q.get(1), q.get(0));
                    Value dot = bb.forLoop(bb.i32(0), bb.arrayLength(row), 1, false, List.of(row, q.get(2)), List.of(bb.f64(0)), (ib, r) ->
                            List.of(ib.add(r.get(3), ib.mul(ib.arrayGet(r.get(1), r.get(0)), ib.arrayGet(r.get(2), r.get(0)))))).get(0);
                    return List.of(bb.add(q.get(3), bb.mul(dot, dot)));
                }).get(0)));
        DerivativeChecks.check(h, "f", 3, new double[][] {{1, 2, 3}, {0.5, -1}, {2, 0.25, -0.5}}, new double[] {0.3, -0.7, 1.2});
    }

    /** Euler integration of x' = -a·x + sin(t) until t ≥ T: the trip count depends on T. */
    static void euler(AdHarness h) {
        h.add("euler", List.of(Type.F64, Type.F64, Type.F64), List.of("a", "x0", "T"), (b, ps) -> {
            Value dt = b.f64(0.01);
            List<Value> r = b.whileLoop(List.of(ps.get(0), ps.get(2), dt), List.of(b.f64(0), ps.get(1)),
                    (c, q) -> List.of(c.compare(CmpOp.LT, q.get(3), q.get(1)), q.get(3), q.get(4)),
                    (w, q) -> {
                        Value a = q.get(0), d = q.get(2), t = q.get(3), x = q.get(4);
                        Value dx = w.add(w.neg(w.mul(a, x)), w.unary(UnaryOp.SIN, t));
                        return List.of(w.add(t, d), w.add(x, w.mul(d, dx)));
                    });
            return List.of(r.get(1));
        });
    }

    @Test
    void whileWithADataDependentTripCountInReverseMode() {
        AdHarness h = new AdHarness();
        euler(h);
        // T moves the trip count (a step function): differentiate with respect to a and x0.
        DerivativeChecks.check(h, "euler", List.of(0, 1), 4, 0.7, 1.5, 2.0);
        DerivativeChecks.check(h, "euler", List.of(0, 1), 5, 1.3, -0.5, 0.37);
        // Exact for a linear ODE with x' = -a x: x_n = x0 (1 - a dt)^n; check d/dx0 on a run of 100 steps.
        h.derive("dx0", "grad(euler, argnums=1)");
        double n = h.runScalar("dx0", 0.0, 1.0, 0.995); // a = 0: x_n = x0 + Σ dt·sin(t_k): ∂/∂x0 = 1
        assertEquals(1.0, n, 1e-15);
    }

    /** Newton's method for x³ + a·x − b = 0 with a convergence test that breaks out (a flag carry). */
    static void newton(AdHarness h) {
        h.add("newton", List.of(Type.F64, Type.F64), List.of("a", "b"), (b, ps) -> {
            List<Value> r = b.whileLoop(List.of(ps.get(0), ps.get(1)), List.of(b.f64(1), b.bool(false), b.i32(0)),
                    (c, q) -> {
                        Value go = c.binary(BinaryOp.AND, c.not(q.get(3)), c.compare(CmpOp.LT, q.get(4), c.i32(60)));
                        return List.of(go, q.get(2), q.get(3), q.get(4));
                    },
                    (w, q) -> {
                        Value a = q.get(0), bb = q.get(1), x = q.get(2);
                        Value fx = w.sub(w.add(w.mul(w.mul(x, x), x), w.mul(a, x)), bb);
                        Value small = w.compare(CmpOp.LT, w.unary(UnaryOp.ABS, fx), w.f64(1e-14));
                        List<Value> next = w.cond(small, List.of(x, fx, a), (t, s) -> List.of(s.get(0), t.bool(true)), (e, s) -> {
                            Value xx = s.get(0), d = e.add(e.mul(e.f64(3), e.mul(xx, xx)), s.get(2));
                            return List.of(e.sub(xx, e.div(s.get(1), d)), e.bool(false));
                        });
                        return List.of(next.get(0), next.get(1), w.add(q.get(4), w.i32(1)));
                    });
            return List.of(r.get(0));
        });
    }

    @Test
    void newtonIterationToConvergenceWithBreak() {
        AdHarness h = new AdHarness();
        newton(h);
        DerivativeChecks.check(h, "newton", 6, 2.0, 5.0);
        // Implicit function theorem: x³ + a x = b ⇒ dx/db = 1 / (3x² + a), dx/da = −x / (3x² + a).
        h.derive("dn", "grad(newton, argnums=(0, 1))");
        double x = h.runScalar("newton", 2.0, 5.0);
        Object[] g = h.run("dn", 2.0, 5.0);
        assertEquals(-x / (3 * x * x + 2), (Double) g[0], 1e-9);
        assertEquals(1 / (3 * x * x + 2), (Double) g[1], 1e-9);
    }

    @Test
    void whileWhoseConditionUpdatesTheCarries() {
        AdHarness h = new AdHarness();
        // s = 0; while ((x = x·c) > 0.01) s += x·x;  — the condition region shrinks x every time it runs.
        h.add("f", List.of(Type.F64, Type.F64), List.of("x", "c"), (b, ps) -> List.of(
                b.whileLoop(List.of(ps.get(1)), List.of(ps.get(0), b.f64(0)),
                        (c, q) -> {
                            Value x = c.mul(q.get(1), q.get(0));
                            return List.of(c.compare(CmpOp.GT, x, c.f64(0.01)), x, q.get(2));
                        },
                        (w, q) -> List.of(q.get(1), w.add(q.get(2), w.mul(q.get(1), q.get(1))))).get(1)));
        DerivativeChecks.check(h, "f", 7, 2.0, 0.8);
    }

    @Test
    void localArraysWrittenAndReadInLoops() {
        AdHarness h = new AdHarness();
        // y = new double[n]; y[i] = x[i]·x[i]; s = Σ y[i]·y[(i+1) % n] + y[0]
        h.add("f", List.of(V), List.of("x"), (b, ps) -> {
            Value x = ps.get(0), n = b.arrayLength(x);
            Value y = b.forLoop(b.i32(0), n, 1, false, List.of(x), List.of(b.arrayNew(DType.F64, 1, n)), (bb, q) -> {
                Value xi = bb.arrayGet(q.get(1), q.get(0));
                return List.of(bb.arraySet(q.get(2), q.get(0), bb.mul(xi, xi)));
            }).get(0);
            Value s = b.forLoop(b.i32(0), n, 1, false, List.of(y, n), List.of(b.f64(0)), (bb, q) -> {
                Value next = bb.binary(BinaryOp.REM, bb.add(q.get(0), bb.i32(1)), q.get(2));
                return List.of(bb.add(q.get(3), bb.mul(bb.arrayGet(q.get(1), q.get(0)), bb.arrayGet(q.get(1), next))));
            }).get(0);
            return List.of(b.add(s, b.arrayGet(y, b.i32(0))));
        });
        DerivativeChecks.check(h, "f", 8, new double[] {0.5, -1.5, 2.0, 0.75});
    }

    @Test
    void matrixBuiltRowByRowFromNullRows() {
        AdHarness h = new AdHarness();
        // m = new double[n][]; m[i] = new double[i+1]; m[i][j] = x[i]·x[j]; return Σ m[i][j]·sin(m[i][j])
        h.add("f", List.of(V), List.of("x"), (b, ps) -> {
            Value x = ps.get(0), n = b.arrayLength(x);
            Value m = b.forLoop(b.i32(0), n, 1, false, List.of(x), List.of(b.arrayNew(DType.F64, 2, n)), (bb, q) -> {
                Value i = q.get(0);
                Value row = bb.forLoop(bb.i32(0), bb.add(i, bb.i32(1)), 1, false, List.of(q.get(1), i),
                        List.of(bb.arrayNew(DType.F64, 1, bb.add(i, bb.i32(1)))), (ib, r) ->
                                List.of(ib.arraySet(r.get(3), r.get(0), ib.mul(ib.arrayGet(r.get(1), r.get(2)), ib.arrayGet(r.get(1), r.get(0)))))).get(0);
                return List.of(bb.arraySet(q.get(2), i, row));
            }).get(0);
            return List.of(b.forLoop(b.i32(0), n, 1, false, List.of(m), List.of(b.f64(0)), (bb, q) ->
                    List.of(bb.add(q.get(2), sum(bb, bb.arrayGet(q.get(1), q.get(0)), (eb, e) -> List.of(eb.mul(e.get(0), eb.unary(UnaryOp.SIN, e.get(0)))))))).get(0));
        });
        DerivativeChecks.check(h, "f", 9, new double[] {0.5, -1.5, 2.0, 0.75});
    }

    @Test
    void callsAreDifferentiatedOnceAndCalled() {
        AdHarness h = new AdHarness();
        // g has a loop, so it stays a function of its own (small loop-free callees are inlined).
        h.add("g", List.of(Type.F64, Type.F64), List.of("u", "w"), (b, ps) -> List.of(
                b.forLoop(b.i32(0), b.i32(3), 1, false, List.of(ps.get(0), ps.get(1)), List.of(b.f64(0)), (bb, q) -> {
                    Value u = q.get(1), w = q.get(2), k = bb.convert(q.get(0), DType.F64);
                    return List.of(bb.add(q.get(3), bb.mul(u, bb.unary(UnaryOp.SIN, bb.add(bb.mul(w, u), k)))));
                }).get(0)));
        h.add("f", List.of(V, Type.F64), List.of("x", "y"), (b, ps) -> {
            Value s = b.forLoop(b.i32(0), b.arrayLength(ps.get(0)), 1, false, List.of(ps.get(0), ps.get(1)), List.of(b.f64(0)), (bb, q) ->
                    List.of(bb.add(q.get(3), bb.call("t.T.g", List.of(Type.F64), List.of(bb.arrayGet(q.get(1), q.get(0)), q.get(2))).get(0)))).get(0);
            Value t = b.call("t.T.g", List.of(Type.F64), List.of(ps.get(1), ps.get(1))).get(0);
            return List.of(b.add(s, t));
        });
        DerivativeChecks.check(h, "f", 10, new double[] {0.5, -1.5, 2.0}, 0.9);
        String grad = h.print("f_grad_0_1");
        assertTrue(grad.contains("call @t.T.g$"), "the callee is called, not inlined:\n" + grad);
        long helpers = h.program.functions().stream().filter(fn -> fn.name().startsWith("t.T.g$") && fn.name().endsWith("$bwd")).count();
        assertEquals(1, helpers, "one backward sweep of g serves both call sites");
    }

    @Test
    void arrayReadsInsideNestedCondsOfAWhileLoop() {
        // The shape of a frontend-lowered loop with continue and an early return: the tangent array
        // reaches the reads through a while constant and two levels of cond, where the zero
        // cotangent it accumulates into needs the primal array passed along for its shape.
        AdHarness h = new AdHarness();
        h.add("f", List.of(V), List.of("xs"), (b, ps) -> {
            Value xs = ps.get(0);
            List<Value> r = b.whileLoop(List.of(xs), List.of(b.f64(0), b.i32(0)),
                    (c, q) -> List.of(c.compare(CmpOp.LT, q.get(2), c.arrayLength(q.get(0))), q.get(1), q.get(2)),
                    (w, q) -> {
                        Value xi = w.arrayGet(q.get(0), q.get(2));
                        Value skip = w.compare(CmpOp.LT, xi, w.f64(0));
                        Value s = w.cond(skip, List.of(q.get(0), q.get(1), q.get(2)), (t, z) -> List.of(z.get(1)), (e, z) -> {
                            Value big = e.compare(CmpOp.GT, e.arrayGet(z.get(0), z.get(2)), e.f64(10));
                            return e.cond(big, List.of(z.get(0), z.get(1), z.get(2)), (t2, y) -> List.of(t2.mul(y.get(1), t2.f64(2))), (e2, y) -> {
                                Value v = e2.arrayGet(y.get(0), y.get(2));
                                return List.of(e2.add(y.get(1), e2.mul(e2.unary(UnaryOp.SQRT, v), v)));
                            });
                        }).get(0);
                        return List.of(s, w.add(q.get(2), w.i32(1)));
                    });
            return List.of(r.get(0));
        });
        DerivativeChecks.check(h, "f", 14, new double[] {0.5, -1.5, 2.0, 12.0, 0.75});
    }

    @Test
    void smallLoopFreeCalleesAreInlined() {
        AdHarness h = new AdHarness();
        h.add("sq", List.of(Type.F64), List.of("u"), (b, ps) -> List.of(b.mul(ps.get(0), ps.get(0))));
        h.add("f", List.of(V), List.of("x"), (b, ps) -> List.of(sum(b, ps.get(0), (bb, e) ->
                List.of(bb.call("t.T.sq", List.of(Type.F64), List.of(bb.unary(UnaryOp.SIN, e.get(0)))).get(0)))));
        DerivativeChecks.check(h, "f", 16, new double[] {0.5, -1.5, 2.0});
        assertFalse(h.print("f_grad_0").contains("call"), h.print("f_grad_0"));
    }
}
