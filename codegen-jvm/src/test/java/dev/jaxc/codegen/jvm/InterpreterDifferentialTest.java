package dev.jaxc.codegen.jvm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.jaxc.ir.Function;
import dev.jaxc.ir.Program;
import dev.jaxc.ir.interp.Interpreter;
import dev.jaxc.ir.text.IrPrinter;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/**
 * Random scalar programs compiled by the backend compute what the IR interpreter (the
 * executable specification) computes, bit for bit, and throw the same exceptions.
 */
class InterpreterDifferentialTest {
    static final Object[][] INPUTS = {
        {1.5, 2.5f, 7L, 3, true}, {-0.0, Float.NaN, Long.MIN_VALUE, 0, false}, {Double.NaN, -1.0f, -1L, -7, true},
    };

    @Test
    void compiledCodeMatchesTheInterpreter() {
        int runs = 0, threw = 0;
        for (long seed = 0; seed < 20; seed++) {
            Program p = new Program();
            RandomScalarPrograms gen = new RandomScalarPrograms(seed);
            List<Function> fns = new ArrayList<>();
            for (int j = 0; j < 10; j++) {
                Function f = gen.generate("f" + j, 12);
                p.add(f);
                fns.add(f);
            }
            Compiled compiled = Compiled.unchecked(p, RandomScalarPrograms.CLASS);
            Interpreter spec = new Interpreter(p);
            for (Function f : fns)
                for (Object[] in : INPUTS) {
                    Object expected, actual;
                    try {
                        expected = spec.call(f.name(), in);
                    } catch (RuntimeException e) {
                        expected = e;
                    }
                    try {
                        actual = components(compiled.call(f.name(), in));
                    } catch (Throwable e) {
                        actual = e;
                    }
                    long s = seed;
                    Object e = expected, a = actual;
                    Supplier<String> why = () -> "seed " + s + " on " + Arrays.toString(in) + ": " + str(e) + " vs " + str(a)
                            + "\n" + IrPrinter.print(f) + "\n" + compiled.text(f.name());
                    if (expected instanceof Throwable t) {
                        threw++;
                        assertTrue(actual instanceof Throwable, why);
                        assertEquals(t.getClass(), actual.getClass(), why);
                        assertEquals(t.getMessage(), ((Throwable) actual).getMessage(), why);
                    } else {
                        assertTrue(Arrays.deepEquals((Object[]) expected, (Object[]) actual), why);
                    }
                    runs++;
                }
        }
        assertTrue(threw > 0 && threw < runs / 2, threw + " of " + runs + " threw");
    }

    private static String str(Object o) { return o instanceof Object[] a ? Arrays.deepToString(a) : String.valueOf(o); }

    private static Object[] components(Object r) throws ReflectiveOperationException {
        RecordComponent[] rc = r.getClass().getRecordComponents();
        Object[] out = new Object[rc.length];
        for (int i = 0; i < rc.length; i++) out[i] = rc[i].getAccessor().invoke(r);
        return out;
    }
}
