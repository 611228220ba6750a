package dev.jaxc.passes.ad;

import static org.junit.jupiter.api.Assertions.*;

import dev.jaxc.ir.DType;
import dev.jaxc.ir.Op;
import dev.jaxc.ir.Region;
import dev.jaxc.ir.Type;
import dev.jaxc.ir.Value;
import dev.jaxc.ir.prim.ArrayNew;
import dev.jaxc.ir.prim.ForLoop;
import dev.jaxc.ir.prim.UnaryOp;
import java.util.List;
import org.junit.jupiter.api.Test;

/** @Checkpoint: recomputation in segments gives the same gradients as taping every iteration. */
class CheckpointTest {
    static final Type V = Type.array(DType.F64, 1);

    /** n steps of x ← x + h·sin(a·x)·y[k % len], a state vector y ← 0.99·y + h·x. */
    static void integrator(AdHarness h, String name) {
        h.add(name, List.of(Type.F64, Type.F64, V, Type.I32), List.of("x", "a", "y", "n"), (b, ps) -> {
            Value len = b.arrayLength(ps.get(2));
            List<Value> r = b.forLoop(b.i32(0), ps.get(3), 1, false, List.of(ps.get(1), len), List.of(ps.get(0), b.arrayCopy(ps.get(2))), (bb, q) -> {
                Value k = q.get(0), a = q.get(1), x = q.get(3), y = q.get(4);
                Value idx = bb.binary(dev.jaxc.ir.prim.BinaryOp.REM, k, q.get(2));
                Value yk = bb.arrayGet(y, idx);
                Value x2 = bb.add(x, bb.mul(bb.f64(0.01), bb.mul(bb.unary(UnaryOp.SIN, bb.mul(a, x)), yk)));
                Value y2 = bb.arraySet(y, idx, bb.add(bb.mul(bb.f64(0.99), yk), bb.mul(bb.f64(0.01), x2)));
                return List.of(x2, y2);
            });
            Value s = b.forLoop(b.i32(0), len, 1, false, List.of(r.get(1)), List.of(r.get(0)), (bb, q) ->
                    List.of(bb.add(q.get(2), bb.arrayGet(q.get(1), q.get(0))))).get(0);
            return List.of(s);
        });
    }

    @Test
    void checkpointedGradientsEqualTapedOnes() {
        AdHarness h = new AdHarness();
        integrator(h, "taped");
        integrator(h, "sqrtN");
        integrator(h, "every7");
        h.program.setAttribute("t.T.sqrtN", CustomRules.CHECKPOINT, "0");
        h.program.setAttribute("t.T.every7", CustomRules.CHECKPOINT, "7");
        for (String f : List.of("taped", "sqrtN", "every7")) h.derive("g_" + f, "grad(" + f + ", argnums=(0, 1, 2))");
        double[] y = {0.5, -0.2, 0.8};
        for (int n : new int[] {0, 1, 6, 7, 8, 100, 1000}) {
            Object[] ref = h.run("g_taped", 0.3, 1.7, y, n);
            for (String f : List.of("sqrtN", "every7"))
                for (int r = 0; r < 3; r++) AdHarness.assertClose(ref[r], h.run("g_" + f, 0.3, 1.7, y, n)[r], 1e-12, 1e-300, f + " n=" + n + " result " + r);
        }
        DerivativeChecks.check(h, "sqrtN", List.of(0, 1, 2), 13, 0.3, 1.7, y, 200);
    }

    @Test
    void memoryIsPerSegmentNotPerIteration() {
        AdHarness h = new AdHarness();
        integrator(h, "f");
        h.program.setAttribute("t.T.f", CustomRules.CHECKPOINT, "0");
        h.derive("g", "grad(f, argnums=(0, 1))");
        // Outside the segment loops nothing is as long as the loop: the snapshots have one entry per
        // segment (a division n/S), the cotangent of y is as long as y; tapes live inside segments.
        Region body = h.program.get("t.T.g").body();
        java.util.Map<Value, Op> defs = new java.util.HashMap<>();
        for (Op op : body.ops()) for (Value v : op.results()) defs.put(v, op);
        for (Op op : body.ops()) {
            if (!(op.prim() instanceof ArrayNew)) continue;
            Op size = defs.get(op.input(0));
            boolean perSegment = size != null && size.prim() instanceof dev.jaxc.ir.prim.Binary bin && bin.op() == dev.jaxc.ir.prim.BinaryOp.DIV;
            boolean likeY = size != null && size.prim() instanceof dev.jaxc.ir.prim.ArrayLength;
            assertTrue(perSegment || likeY, "top-level allocation sized by the trip count:\n" + h.print("g"));
        }
        // 3·10⁴ steps run in √n-sized pieces.
        double[] y = {0.5, -0.2, 0.8};
        Object[] g = h.run("g", 0.3, 1.7, y, 30_000);
        assertTrue(Double.isFinite((Double) g[0]) && Double.isFinite((Double) g[1]));
        assertTrue(nestedLoopDepth(body) >= 2);
    }

    private static int nestedLoopDepth(Region r) {
        int d = 0;
        for (Op op : r.ops())
            for (Region inner : op.regions()) d = Math.max(d, (op.prim() instanceof ForLoop ? 1 : 0) + nestedLoopDepth(inner));
        return d;
    }

    /** A while loop whose condition also updates a carry: s = 0; while ((x = c·x + sin(x)·0.01) > 0.05) s += x·y[k % 3]. */
    static void shrinking(AdHarness h, String name) {
        h.add(name, List.of(Type.F64, Type.F64, V), List.of("x", "c", "y"), (b, ps) -> List.of(
                b.whileLoop(List.of(ps.get(1), ps.get(2)), List.of(ps.get(0), b.f64(0), b.i32(0)),
                        (w, q) -> {
                            Value x = w.add(w.mul(q.get(0), q.get(2)), w.mul(w.f64(0.01), w.unary(UnaryOp.SIN, q.get(2))));
                            return List.of(w.compare(dev.jaxc.ir.prim.CmpOp.GT, x, w.f64(0.05)), x, q.get(3), q.get(4));
                        },
                        (w, q) -> {
                            Value yk = w.arrayGet(q.get(1), w.binary(dev.jaxc.ir.prim.BinaryOp.REM, q.get(4), w.i32(3)));
                            return List.of(q.get(2), w.add(q.get(3), w.mul(q.get(2), yk)), w.add(q.get(4), w.i32(1)));
                        }).get(1)));
    }

    @Test
    void checkpointedWhileLoopsMatchTapedOnes() {
        AdHarness h = new AdHarness();
        shrinking(h, "taped");
        shrinking(h, "sqrtN");
        shrinking(h, "every5");
        h.program.setAttribute("t.T.sqrtN", CustomRules.CHECKPOINT, "0");
        h.program.setAttribute("t.T.every5", CustomRules.CHECKPOINT, "5");
        for (String f : List.of("taped", "sqrtN", "every5")) h.derive("g_" + f, "grad(" + f + ", argnums=(0, 1, 2))");
        double[] y = {0.5, -0.2, 0.8};
        for (double x0 : new double[] {0.01, 0.2, 1.0, 3.0}) {
            for (double c : new double[] {0.5, 0.9, 0.99}) {
                Object[] ref = h.run("g_taped", x0, c, y);
                for (String f : List.of("sqrtN", "every5"))
                    for (int r = 0; r < 3; r++)
                        AdHarness.assertClose(ref[r], h.run("g_" + f, x0, c, y)[r], 1e-12, 1e-300, f + " x0=" + x0 + " c=" + c + " result " + r);
            }
        }
        DerivativeChecks.check(h, "sqrtN", List.of(0, 1, 2), 15, 1.0, 0.95, y);
    }
}
