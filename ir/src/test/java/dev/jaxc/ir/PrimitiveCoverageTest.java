package dev.jaxc.ir;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.jaxc.ir.interp.Interpreter;
import dev.jaxc.ir.prim.Primitive;
import dev.jaxc.ir.text.IrParser;
import dev.jaxc.ir.text.IrPrinter;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * Every primitive must be covered by the IR tools' tests: a newly permitted subclass of
 * {@link Primitive} fails here until {@link Samples} (run by the interpreter and round-tripped
 * through the printer and parser here) and {@link RandomPrograms} (the property tests) use it.
 */
class PrimitiveCoverageTest {
    static final Set<Class<?>> ALL = Set.of(Primitive.class.getPermittedSubclasses());

    /** Each sample function with arguments it runs to completion on. */
    static Map<String, Object[]> runs() {
        Map<String, Object[]> m = new LinkedHashMap<>();
        m.put("t.Basic.sumsq", new Object[] {new double[] {1, 2}});
        m.put("t.Basic.poly", new Object[] {-1.0, 2});
        m.put("t.Arrays.build", new Object[] {2});
        m.put("t.Consts.all", new Object[] {});
        m.put("t.Elementwise.all", new Object[] {1.5, 2.5f, 3L, 4, true});
        m.put("t.Edge.empty", new Object[] {true});
        m.put("t.Loops.collatz", new Object[] {27L});
        return m;
    }

    /**
     * Sample functions that call the runtime PRNG. This module's class path has no jaxc-runtime,
     * so the interpreter must refuse them with a clear message; testdata's differential tests run
     * draws against the runtime.
     */
    static Map<String, Object[]> runsNeedingTheRuntime() {
        return Map.of("t.Rng.walk", new Object[] {7L, 3});
    }

    static void collect(Region r, Set<Class<?>> into) {
        for (Op op : r.ops()) {
            into.add(op.prim().getClass());
            for (Region inner : op.regions()) collect(inner, into);
        }
    }

    static Set<String> missing(Set<Class<?>> used) {
        Set<String> m = new TreeSet<>();
        for (Class<?> c : ALL) if (!used.contains(c)) m.add(c.getSimpleName());
        return m;
    }

    @Test
    void samplesRunAndRoundTripEveryPrimitive() {
        Program p = Samples.all();
        String text = IrPrinter.print(p);
        assertEquals(text, IrPrinter.print(IrParser.parse(text)));
        Interpreter ip = new Interpreter(p);
        Set<Class<?>> used = new HashSet<>();
        for (var e : runs().entrySet()) {
            ip.call(e.getKey(), e.getValue());
            collect(p.get(e.getKey()).body(), used);
        }
        for (var e : runsNeedingTheRuntime().entrySet()) {
            IllegalStateException x = assertThrows(IllegalStateException.class, () -> ip.call(e.getKey(), e.getValue()));
            assertTrue(x.getMessage().endsWith("needs jaxc-runtime (dev.jaxc.random.Random) on the class path"), x.getMessage());
            collect(p.get(e.getKey()).body(), used);
        }
        assertEquals(Set.of(), missing(used), "primitives no sample function uses (add them to Samples and runs())");
    }

    @Test
    void randomProgramsUseEveryPrimitive() {
        Set<Class<?>> used = new HashSet<>();
        for (long seed = 0; seed < 50; seed++)
            for (Function f : RandomPrograms.generate(seed, true).functions()) collect(f.body(), used);
        assertEquals(Set.of(), missing(used), "primitives RandomPrograms never generates");
    }
}
