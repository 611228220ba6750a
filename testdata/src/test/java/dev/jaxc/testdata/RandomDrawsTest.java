package dev.jaxc.testdata;

import static org.junit.jupiter.api.Assertions.*;

import dev.jaxc.ir.Function;
import dev.jaxc.ir.Op;
import dev.jaxc.ir.Region;
import dev.jaxc.ir.interp.Interpreter;
import dev.jaxc.ir.prim.ForLoop;
import dev.jaxc.ir.prim.Prng;
import dev.jaxc.random.Random;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The acceptance test of randomness in compiled code: a @Jit method drawing in a loop is
 * compiled to prng primitives inside the loop (not left to javac), and the companion and the
 * interpreter give exactly the values of the runtime calls written out by hand. (Every
 * RandomDraws method is also in {@link DifferentialTest}.)
 */
class RandomDrawsTest {
    private static final String CLS = "dev.jaxc.testdata.RandomDraws";

    /** monteCarloPi written directly against the runtime. */
    private static double monteCarloPiByHand(long key, int n) {
        int inside = 0;
        for (int i = 0; i < n; i++) {
            long[] ks = Random.split(Random.foldIn(key, i), 2);
            double x = Random.uniform(ks[0]), y = Random.uniform(ks[1]);
            if (x * x + y * y <= 1.0) inside++;
        }
        return n == 0 ? 0 : 4.0 * inside / n;
    }

    private static List<String> prngOpsInLoops(Region r, boolean inLoop, List<String> out) {
        for (Op op : r.ops()) {
            if (op.prim() instanceof Prng && inLoop) out.add(op.prim().name());
            for (Region inner : op.regions()) prngOpsInLoops(inner, inLoop || op.prim() instanceof ForLoop, out);
        }
        return out;
    }

    @Test
    void drawsInALoopAreIrPrimitivesWithTheRuntimesValues() throws Exception {
        CompiledTestdata td = CompiledTestdata.get();
        Function f = td.result.program().get(CLS + ".monteCarloPi");
        assertEquals(List.of("prng.foldIn", "prng.split", "prng.uniform", "prng.uniform"), prngOpsInLoops(f.body(), false, new ArrayList<>()));

        var compiled = td.companion(CLS).getMethod("monteCarloPi", long.class, int.class);
        Interpreter ip = new Interpreter(td.result.program());
        for (long key : new long[] {0, 42, -7, Random.key(2024)}) {
            double expected = monteCarloPiByHand(key, 2000);
            assertEquals(Double.doubleToLongBits(expected), Double.doubleToLongBits((Double) compiled.invoke(null, key, 2000)), "key " + key);
            assertEquals(Double.doubleToLongBits(expected), Double.doubleToLongBits((Double) ip.call1(CLS + ".monteCarloPi", key, 2000)), "key " + key);
        }
        assertEquals(Math.PI, monteCarloPiByHand(42, 20000), 0.05);
    }

    @Test
    void runtimeExceptionsComeThroughUnchanged() throws Exception {
        CompiledTestdata td = CompiledTestdata.get();
        var compiled = td.companion(CLS).getMethod("integerDraws", long.class, int.class);
        var e = assertThrows(java.lang.reflect.InvocationTargetException.class, () -> compiled.invoke(null, 1L, -1));
        assertEquals(IllegalArgumentException.class, e.getCause().getClass());
        assertEquals("negative size -1", e.getCause().getMessage());
        var i = assertThrows(IllegalArgumentException.class, () -> Interpreter.run1(td.result.program(), CLS + ".integerDraws", 1L, -1));
        assertEquals("negative size -1", i.getMessage());
    }
}
