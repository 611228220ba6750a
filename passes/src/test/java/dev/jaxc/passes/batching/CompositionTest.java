package dev.jaxc.passes.batching;

import static org.junit.jupiter.api.Assertions.*;

import dev.jaxc.ir.Builder;
import dev.jaxc.ir.DType;
import dev.jaxc.ir.Function;
import dev.jaxc.ir.Loc;
import dev.jaxc.ir.Program;
import dev.jaxc.ir.Type;
import dev.jaxc.ir.Value;
import dev.jaxc.ir.interp.Interpreter;
import dev.jaxc.ir.prim.CmpOp;
import dev.jaxc.ir.prim.UnaryOp;
import dev.jaxc.ir.verify.IrVerifier;
import dev.jaxc.passes.transform.DeriveEvaluator;
import dev.jaxc.passes.transform.TransformRegistry;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** vmap composed with AD, in both orders. */
class CompositionTest {
    private static final Loc EXPR = new Loc("Model.java", 9, 13);
    private static final Type VEC = Type.array(DType.F64, 1), MAT = Type.array(DType.F64, 2);

    /** {@code score(w, x) = sum_i tanh(w[i] * x[i]) + (x[0] > 0 ? w[0] * x[0] : 0)}: a loop and a branch. */
    private static Function score() {
        return Builder.function("t.M.score", List.of(VEC, VEC), List.of("w", "x"), EXPR, (b, ps) -> {
            Value w = ps.get(0), x = ps.get(1);
            Value s = b.forLoop(b.i32(0), b.arrayLength(w), 1, false, List.of(w, x), List.of(b.f64(0.0)), (d, q) ->
                    List.of(d.add(q.get(3), d.unary(UnaryOp.TANH, d.mul(d.arrayGet(q.get(1), q.get(0)), d.arrayGet(q.get(2), q.get(0))))))).get(0);
            Value x0 = b.arrayGet(x, b.i32(0)), w0 = b.arrayGet(w, b.i32(0));
            Value extra = b.cond(b.compare(CmpOp.GT, x0, b.f64(0.0)), List.of(w0, x0),
                    (t, q) -> List.of(t.mul(q.get(0), q.get(1))), (e, q) -> List.of(e.f64(0.0))).get(0);
            return List.of(b.add(s, extra));
        });
    }

    /** {@code total(w, xs) = sum_j batched(w, xs)[j]}: a caller of a vmapped helper. */
    private static Function total(String helper) {
        return Builder.function("t.M.total", List.of(VEC, MAT), List.of("w", "xs"), EXPR, (b, ps) -> {
            Value per = b.call(helper, List.of(VEC), List.of(ps.get(0), ps.get(1))).get(0);
            return b.forLoop(b.i32(0), b.arrayLength(per), 1, false, List.of(per), List.of(b.f64(0.0)), (d, q) ->
                    List.of(d.add(q.get(2), d.arrayGet(q.get(1), q.get(0)))));
        });
    }

    /** The same sum with a loop calling score per example. */
    private static Function totalByLoop() {
        return Builder.function("t.M.totalByLoop", List.of(VEC, MAT), List.of("w", "xs"), EXPR, (b, ps) ->
                b.forLoop(b.i32(0), b.arrayLength(ps.get(1)), 1, false, List.of(ps.get(0), ps.get(1)), List.of(b.f64(0.0)), (d, q) -> {
                    Value sj = d.call("t.M.score", List.of(Type.F64), List.of(q.get(1), d.arrayGet(q.get(2), q.get(0)))).get(0);
                    return List.of(d.add(q.get(3), sj));
                }));
    }

    private static Function derive(Program p, String name, String expr) {
        Function f = new DeriveEvaluator(p, TransformRegistry.standard()).derive("t.M", name, expr, EXPR);
        IrVerifier.verify(p);
        return f;
    }

    private static double[] vec(Random r, int n) {
        double[] v = new double[n];
        for (int i = 0; i < n; i++) v[i] = r.nextGaussian();
        return v;
    }

    @Test
    void perExampleGradientsAreTheGradientsOfEachExample() {
        Program p = new Program(List.of(score()));
        derive(p, "g", "grad(score)");
        derive(p, "pg", "vmap(grad(score), in_axes=(None, 0))");
        derive(p, "pgBoth", "vmap(grad(score))");
        Random r = new Random(3);
        double[] w = vec(r, 4);
        double[][] xs = new double[BatchingPass.TILE + 9][];
        double[][] ws = new double[xs.length][];
        for (int i = 0; i < xs.length; i++) {
            xs[i] = vec(r, 4);
            ws[i] = vec(r, 4);
        }
        Interpreter ip = new Interpreter(p);
        double[][] per = (double[][]) ip.call1("t.M.pg", w, xs);
        double[][] both = (double[][]) ip.call1("t.M.pgBoth", ws, xs);
        for (int i = 0; i < xs.length; i++) {
            assertTrue(VmapHarness.sameBits(ip.call1("t.M.g", w, xs[i]), per[i]), "example " + i);
            assertTrue(VmapHarness.sameBits(ip.call1("t.M.g", ws[i], xs[i]), both[i]), "example " + i);
        }
    }

    @Test
    void gradientOfAFunctionThatCallsAVmappedHelper() {
        Program p = new Program(List.of(score()));
        derive(p, "batched", "vmap(score, in_axes=(None, 0))");
        p.add(total("t.M.batched"));
        p.add(totalByLoop());
        derive(p, "gt", "grad(total)");
        derive(p, "gl", "grad(totalByLoop)");
        Random r = new Random(4);
        double[] w = vec(r, 5);
        double[][] xs = new double[37][];
        for (int i = 0; i < xs.length; i++) xs[i] = vec(r, 5);
        Interpreter ip = new Interpreter(p);
        assertEquals((double) ip.call1("t.M.totalByLoop", w, xs), (double) ip.call1("t.M.total", w, xs), "same sum, same order");
        double[] viaVmap = (double[]) ip.call1("t.M.gt", w, xs), viaLoop = (double[]) ip.call1("t.M.gl", w, xs);
        // The reverse sweeps add the examples' contributions to dw in different orders: equal up to rounding.
        for (int i = 0; i < w.length; i++) assertEquals(viaLoop[i], viaVmap[i], 1e-12 * (1 + Math.abs(viaLoop[i])), "d/dw[" + i + "]");
    }
}
