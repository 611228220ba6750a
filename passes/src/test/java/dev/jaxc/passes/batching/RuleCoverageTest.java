package dev.jaxc.passes.batching;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.jaxc.ir.Function;
import dev.jaxc.ir.Op;
import dev.jaxc.ir.Region;
import dev.jaxc.ir.prim.Const;
import dev.jaxc.ir.prim.Primitive;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** Every primitive's batching rule (and every plan) is exercised by some program of {@link Programs}. */
class RuleCoverageTest {
    private static List<Function> programs() throws Exception {
        List<Function> out = new ArrayList<>();
        for (Method m : Programs.class.getDeclaredMethods())
            if (Modifier.isStatic(m.getModifiers()) && m.getReturnType() == Function.class && m.getParameterCount() == 0)
                out.add((Function) m.invoke(null));
        return out;
    }

    private static void collect(Region r, VaryingAnalysis va, Set<String> prims, Set<Plan> plans) {
        for (Op op : r.ops()) {
            Plan p = va.plan(op);
            plans.add(p);
            if (p == Plan.UNIFORM) continue; // copied whole, regions included
            prims.add(op.prim().getClass().getSimpleName());
            for (Region inner : op.regions()) collect(inner, va, prims, plans);
        }
    }

    @Test
    void everyPrimitiveAndPlanIsBatchedByATest() throws Exception {
        Set<String> prims = new TreeSet<>();
        Set<Plan> plans = new TreeSet<>();
        for (Function f : programs()) {
            int n = f.params().size();
            for (int subset = 1; subset < 1 << n; subset++) {
                List<Boolean> batched = new ArrayList<>();
                for (int k = 0; k < n; k++) batched.add((subset >> k & 1) != 0);
                collect(f.body(), VaryingAnalysis.of(f, batched), prims, plans);
            }
        }
        Set<String> all = new TreeSet<>();
        for (Class<?> c : Primitive.class.getPermittedSubclasses()) if (c != Const.class) all.add(c.getSimpleName());
        assertEquals(all, prims, "primitives with a batching rule that no test program batches");
        assertEquals(new TreeSet<>(List.of(Plan.values())), plans);
    }
}
