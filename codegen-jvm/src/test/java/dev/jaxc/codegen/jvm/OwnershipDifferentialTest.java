package dev.jaxc.codegen.jvm;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.jaxc.ir.Function;
import dev.jaxc.ir.Program;
import dev.jaxc.ir.interp.Interpreter;
import dev.jaxc.ir.text.IrPrinter;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Random array programs give the same results, and leave their arguments alone, whether
 * array.set writes in place where the ownership analysis allows or always copies; and both
 * agree with the IR interpreter, the executable specification.
 */
class OwnershipDifferentialTest {
    @Test
    void inPlaceUpdatesAreUnobservable() {
        int functions = 0, inPlaceSets = 0;
        for (long seed = 0; seed < 20; seed++) {
            Program p = new Program();
            RandomArrayPrograms.addHelpers(p);
            RandomArrayPrograms gen = new RandomArrayPrograms(seed);
            List<Function> fns = new ArrayList<>();
            for (int j = 0; j < 10; j++) {
                Function f = gen.generate("f" + j, 14);
                p.add(f);
                fns.add(f);
            }
            Compiled fast = Compiled.unchecked(p, RandomArrayPrograms.CLASS), plain = Compiled.copying(p, RandomArrayPrograms.CLASS);
            Interpreter spec = new Interpreter(p);
            for (Function f : fns) {
                Object[] expected = results(plain.run(f.name(), x(), m(), 0.5));
                Object[] specified = spec.call(f.name(), x(), m(), 0.5);
                assertTrue(Arrays.deepEquals(specified, expected), () -> "interpreter and copying code differ: " + Arrays.deepToString(specified)
                        + " vs " + Arrays.deepToString(expected) + "\n" + IrPrinter.print(f));
                double[] x = x();
                double[][] m = m();
                Object[] actual = results(fast.run(f.name(), x, m, 0.5));
                long s = seed;
                java.util.function.Supplier<String> why = () -> "seed " + s + "\n" + IrPrinter.print(f) + "\n" + fast.text(f.name());
                assertTrue(Arrays.deepEquals(expected, actual), () -> "results differ: " + Arrays.deepToString(expected) + " vs " + Arrays.deepToString(actual) + "\n" + why.get());
                assertTrue(Arrays.equals(x(), x) && Arrays.deepEquals(m(), m), () -> "arguments changed\n" + why.get());
                functions++;
                inPlaceSets += fast.allocations(f.name()) < plain.allocations(f.name()) ? 1 : 0;
            }
        }
        assertTrue(inPlaceSets > functions / 3, "in place in " + inPlaceSets + " of " + functions);
    }

    static double[] x() { return new double[] {1, 2, 3}; }

    static double[][] m() { return new double[][] {{1, 2, 3}, {4, 5, 6}, {7, 8, 9}}; }

    private static Object[] results(Object r) throws RuntimeException {
        RecordComponent[] rc = r.getClass().getRecordComponents();
        Object[] out = new Object[rc.length];
        try {
            for (int i = 0; i < rc.length; i++) out[i] = rc[i].getAccessor().invoke(r);
        } catch (ReflectiveOperationException e) {
            throw new AssertionError(e);
        }
        return out;
    }
}
