package dev.jaxc.passes.batching;

import static org.junit.jupiter.api.Assertions.*;

import dev.jaxc.ir.Function;
import dev.jaxc.ir.Op;
import dev.jaxc.ir.Program;
import dev.jaxc.ir.Region;
import dev.jaxc.ir.Type;
import dev.jaxc.ir.prim.Cond;
import dev.jaxc.ir.prim.ForLoop;
import dev.jaxc.ir.prim.Prng;
import dev.jaxc.ir.prim.PrngFn;
import dev.jaxc.ir.text.IrPrinter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * vmap of draws: a batched key makes each draw the scalar draw per lane (so a lane's values are
 * the per-example call's, bit for bit: testdata runs both against the runtime, which this module
 * does not have), a uniform key leaves the draw uniform, and a draw that checks its arguments is
 * guarded on masked lanes.
 */
class PrngBatchingTest {
    /**
     * Each prng op of the vmapped function with whether it sits in a cond inside the lane loop (a
     * mask guard or a branch; the cond around the whole batch, which skips empty batches, is not).
     */
    private static void collect(Region r, boolean inLoop, boolean underCond, List<String> out) {
        for (Op op : r.ops()) {
            if (op.prim() instanceof Prng p) out.add(p.fn() + (underCond ? " guarded" : ""));
            for (Region inner : op.regions())
                collect(inner, inLoop || op.prim() instanceof ForLoop, underCond || inLoop && op.prim() instanceof Cond, out);
        }
    }

    private static List<String> draws(List<Integer> inAxes) {
        Program p = new Program(List.of(Programs.draws()));
        String v = VmapHarness.vmap(p, "t.draws", inAxes, 0);
        Function f = p.get(v);
        List<String> out = new ArrayList<>();
        collect(f.body(), false, false, out);
        return out;
    }

    @Test
    void aBatchedKeyDrawsPerLaneAndTheSizedDrawOnlyWhereTheBranchIsTaken() {
        Program p = new Program(List.of(Programs.draws()));
        String v = VmapHarness.vmap(p, "t.draws", Arrays.asList(0, null), 0);
        assertEquals(List.of(Type.array(dev.jaxc.ir.DType.I64, 1), Type.I32), p.get(v).paramTypes());
        assertEquals(List.of(Type.array(dev.jaxc.ir.DType.F64, 1)), p.get(v).resultTypes(), IrPrinter.print(p.get(v)));
        assertEquals(List.of("FOLD_IN", "NORMAL", "UNIFORM_N guarded"), draws(Arrays.asList(0, null)));
    }

    @Test
    void aBatchedSizeGuardsOnlyTheDrawThatChecksIt() {
        // the key is uniform: the loop's draws stay uniform, copied once; the sized draw runs per lane under the mask
        List<String> d = draws(Arrays.asList(null, 0));
        assertEquals(List.of("FOLD_IN", "NORMAL", "UNIFORM_N guarded"), d);
    }

    private static void plans(Region r, VaryingAnalysis va, List<String> out) {
        for (Op op : r.ops()) {
            if (op.prim() instanceof Prng p) out.add(p.fn() + " " + va.plan(op));
            if (va.plan(op) != Plan.UNIFORM) for (Region inner : op.regions()) plans(inner, va, out);
        }
    }

    @Test
    void drawsArePlannedPerLaneExactlyWhereAnInputVaries() {
        Function f = Programs.draws();
        List<String> keyBatched = new ArrayList<>();
        plans(f.body(), VaryingAnalysis.of(f, List.of(true, false)), keyBatched);
        assertEquals(List.of("FOLD_IN LANE", "NORMAL LANE", "UNIFORM_N LANE"), keyBatched);
        List<String> sizeBatched = new ArrayList<>();
        plans(f.body(), VaryingAnalysis.of(f, List.of(false, true)), sizeBatched);
        // the loop is uniform (copied whole, its draws not visited); the sized draw is per lane
        assertEquals(List.of("UNIFORM_N LANE"), sizeBatched);
    }
}
