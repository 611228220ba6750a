package dev.jaxc.passes.batching;

import static org.junit.jupiter.api.Assertions.*;

import dev.jaxc.ir.Function;
import dev.jaxc.ir.Op;
import dev.jaxc.ir.Program;
import dev.jaxc.ir.interp.Interpreter;
import dev.jaxc.ir.prim.ForLoop;
import dev.jaxc.ir.verify.IrVerifier;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** pmap computes what vmap computes, bit for bit, over batches of several chunks. */
class PmapTest {
    private static String pmap(Program p, String fn, List<Integer> axes, int outAxis) {
        Function f = p.get(fn);
        String name = fn + "$pmap";
        BatchingPass.Pmap pm = BatchingPass.pmap(f, axes, outAxis, name, name + "$chunk");
        p.add(pm.chunk());
        p.setAttribute(name + "$chunk", ForLoop.OWNED_PARAMS, BatchingPass.ownedOuts(f));
        p.add(pm.function());
        IrVerifier.verify(p);
        return name;
    }

    private static void agree(Function f, List<Integer> axes, int outAxis, long seed) {
        Program p = new Program(List.of(f));
        String v = VmapHarness.vmap(p, f.name(), axes, outAxis);
        String pm = pmap(p, f.name(), axes, outAxis);
        Op loop = p.get(pm).body().ops().stream().filter(o -> o.prim() instanceof ForLoop).findFirst().orElseThrow();
        assertTrue(((ForLoop) loop.prim()).parallel(), "pmap's chunk loop is parallel");
        Random rnd = new Random(seed);
        int n = 2 * BatchingPass.CHUNK + 17;
        Object[] args = new Object[axes.size()];
        for (int k = 0; k < args.length; k++) args[k] = VmapHarness.random(rnd, f.paramTypes().get(k), axes.get(k), n, 3);
        Interpreter ip = new Interpreter(p);
        Object[] want = ip.call(v, args), got = ip.call(pm, args);
        for (int k = 0; k < want.length; k++) assertTrue(VmapHarness.sameBits(want[k], got[k]), "result " + k);
        assertEquals(n, java.lang.reflect.Array.getLength(outAxis == 0 ? got[0] : ((Object[]) got[0])[0]));
    }

    private static List<Integer> axes(Integer... a) { return Arrays.asList(a); }

    @Test
    void elementwise() { agree(Programs.elementwise(), axes(0, null), 0, 1); }

    @Test
    void lockStepLoop() { agree(Programs.triangular(), axes(0, 0), 0, 2); }

    @Test
    void arrayResultsAlongAxis1() { agree(Programs.pair(), axes(0, 0), 1, 3); }

    @Test
    void arrayParametersAlongAxis1() { agree(Programs.dot(), axes(1, null), 0, 4); }

    @Test
    void chunkFunctionOwnsOnlyItsResultArrays() {
        Function f = Programs.dot();
        assertEquals("4", BatchingPass.ownedOuts(f), "chunk(lo, v, w, n, out): out is parameter 4");
    }
}
