package dev.jaxc.ir.interp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.jaxc.ir.Function;
import dev.jaxc.ir.Program;
import dev.jaxc.ir.RandomPrograms;
import dev.jaxc.ir.Type;
import dev.jaxc.ir.text.IrParser;
import dev.jaxc.ir.text.IrPrinter;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.function.Supplier;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;

/** Random programs on random inputs (see {@link RandomPrograms}). */
class InterpreterPropertyTest {
    @Property(tries = 200)
    void inPlaceUpdatesAreUnobservableAndArgumentsStayUnchanged(@ForAll long seed) {
        Program p = RandomPrograms.generate(seed);
        Function f = RandomPrograms.entry(p);
        Interpreter fast = new Interpreter(p), copying = new Interpreter(p, false);
        Random rnd = new Random(seed);
        for (int t = 0; t < 5; t++) {
            Object[] args = args(f.paramTypes(), rnd);
            Object[] before = deepCopy(args);
            String a = outcome(() -> fast.call(f.name(), args));
            assertTrue(Arrays.deepEquals(before, args), "arguments changed");
            assertEquals(outcome(() -> copying.call(f.name(), args)), a);
        }
    }

    @Property(tries = 100)
    void parsedProgramComputesTheSame(@ForAll long seed) {
        Program p = RandomPrograms.generate(seed);
        Program back = IrParser.parse(IrPrinter.print(p));
        Function f = RandomPrograms.entry(p);
        Interpreter a = new Interpreter(p), b = new Interpreter(back);
        Random rnd = new Random(~seed);
        for (int t = 0; t < 5; t++) {
            Object[] args = args(f.paramTypes(), rnd);
            assertEquals(outcome(() -> a.call(f.name(), args)), outcome(() -> b.call(f.name(), args)));
        }
    }

    /** Results, or the exception (NPE messages depend on the code that met the null, so only its class). */
    static String outcome(Supplier<Object[]> run) {
        try {
            return Arrays.deepToString(run.get()) + " " + Arrays.deepHashCode(run.get());
        } catch (NullPointerException e) {
            return "NullPointerException";
        } catch (RuntimeException e) {
            return e.getClass().getSimpleName() + ": " + e.getMessage();
        }
    }

    static Object[] args(List<Type> types, Random rnd) {
        Object[] args = new Object[types.size()];
        for (int i = 0; i < args.length; i++) args[i] = value(types.get(i), rnd);
        return args;
    }

    static Object value(Type t, Random rnd) {
        if (t.isArray()) {
            if (rnd.nextInt(20) == 0) return null;
            int n = rnd.nextInt(10) == 0 ? 0 : 1 + rnd.nextInt(3);
            Object a = java.lang.reflect.Array.newInstance(ArrayLevel.javaClass(t.element()), n);
            for (int i = 0; i < n; i++) {
                Object e = value(t.element(), rnd);
                if (e != null || t.rank() > 1) java.lang.reflect.Array.set(a, i, e);
            }
            return a;
        }
        List<Object> pool = ElementwiseInterpreterTest.values(t.dtype());
        return pool.get(rnd.nextInt(pool.size()));
    }

    static Object[] deepCopy(Object[] a) {
        Object[] c = a.clone();
        for (int i = 0; i < c.length; i++) c[i] = deepCopyValue(c[i]);
        return c;
    }

    private static Object deepCopyValue(Object v) {
        if (v instanceof Object[] rows) {
            Object[] c = rows.clone();
            for (int i = 0; i < c.length; i++) c[i] = deepCopyValue(c[i]);
            return c;
        }
        if (v != null && v.getClass().isArray()) {
            int n = java.lang.reflect.Array.getLength(v);
            Object c = java.lang.reflect.Array.newInstance(v.getClass().getComponentType(), n);
            System.arraycopy(v, 0, c, 0, n);
            return c;
        }
        return v;
    }
}
