package dev.jaxc.passes.ad;

import static org.junit.jupiter.api.Assertions.*;

import dev.jaxc.ir.Builder;
import dev.jaxc.ir.Function;
import dev.jaxc.ir.Loc;
import dev.jaxc.ir.Program;
import dev.jaxc.ir.Type;
import dev.jaxc.ir.interp.Interpreter;
import dev.jaxc.ir.text.IrPrinter;
import dev.jaxc.ir.verify.IrVerifier;
import dev.jaxc.passes.transform.DeriveEvaluator;
import dev.jaxc.passes.transform.TransformRegistry;
import java.lang.reflect.Array;
import java.util.List;
import java.util.Random;

/**
 * Test support: builds programs, derives functions through the real expression evaluator,
 * verifies every function of the program, runs them on the interpreter, and compares
 * derivatives with each other and with central differences.
 */
final class AdHarness {
    static final String CLS = "t.T";
    static final Loc EXPR = new Loc("T.java", 5, 20);

    final Program program = new Program();
    private DeriveEvaluator evaluator;

    AdHarness add(String name, List<Type> params, List<String> names, Builder.RegionBody body) {
        interpreter = null;
        program.add(Builder.function(CLS + "." + name, params, names, new Loc("T.java", 10, 5), body));
        return this;
    }

    AdHarness add(Function f) {
        program.add(f);
        return this;
    }

    Function derive(String name, String expr) {
        if (evaluator == null) evaluator = new DeriveEvaluator(program, TransformRegistry.standard());
        Function f = evaluator.derive(CLS, name, expr, EXPR);
        interpreter = null;
        try {
            IrVerifier.verify(program);
        } catch (RuntimeException e) {
            throw new AssertionError(e.getMessage() + "\n" + IrPrinter.print(program), e);
        }
        return f;
    }

    String print(String name) { return IrPrinter.print(program.get(CLS + "." + name)); }

    private Interpreter interpreter;

    /** Runs a function (one interpreter per program state: it verifies the program once). */
    Object[] run(String name, Object... args) {
        if (interpreter == null) interpreter = new Interpreter(program);
        return interpreter.call(CLS + "." + name, args);
    }

    double runScalar(String name, Object... args) { return ((Number) run(name, args)[0]).doubleValue(); }

    // ---- value arithmetic over Double / double[] / double[][] (and float) ----------------

    static Object axpy(double a, Object dir, Object x) {
        if (x instanceof Double d) return d + a * (Double) dir;
        if (x instanceof Float f) return (float) (f + a * (Float) dir);
        if (x instanceof Integer || x instanceof Long || x instanceof Boolean) return x;
        int n = Array.getLength(x);
        Object out = Array.newInstance(x.getClass().getComponentType(), n);
        for (int i = 0; i < n; i++) Array.set(out, i, axpy(a, Array.get(dir, i), Array.get(x, i)));
        return out;
    }

    static double dot(Object a, Object b) {
        if (a instanceof Number x) return x.doubleValue() * ((Number) b).doubleValue();
        double s = 0;
        for (int i = 0; i < Array.getLength(a); i++) s += dot(Array.get(a, i), Array.get(b, i));
        return s;
    }

    /** A random direction shaped like x (zero for integers). */
    static Object randomLike(Object x, Random rnd) {
        if (x instanceof Double) return rnd.nextGaussian();
        if (x instanceof Float) return (float) rnd.nextGaussian();
        if (x instanceof Integer || x instanceof Long || x instanceof Boolean) return x;
        int n = Array.getLength(x);
        Object out = Array.newInstance(x.getClass().getComponentType(), n);
        for (int i = 0; i < n; i++) Array.set(out, i, randomLike(Array.get(x, i), rnd));
        return out;
    }

    static Object zerosLike(Object x) { return axpy(-1, x, x); }

    /**
     * Central difference of fn's result {@code r} along direction dirs (one per parameter):
     * (f(x+hv) - f(x-hv)) / 2h, with error O(h²·f''') + O(ε·|f|/h).
     */
    Object centralDifference(String fn, Object[] args, Object[] dirs, int r, double h) {
        Object[] plus = new Object[args.length], minus = new Object[args.length];
        for (int i = 0; i < args.length; i++) {
            plus[i] = dirs[i] == null ? args[i] : axpy(h, dirs[i], args[i]);
            minus[i] = dirs[i] == null ? args[i] : axpy(-h, dirs[i], args[i]);
        }
        Object fp = run(fn, plus)[r], fm = run(fn, minus)[r];
        return scale(1 / (2 * h), axpy(-1, fm, fp));
    }

    static Object scale(double a, Object x) { return axpy(a - 1, x, x); }

    static void assertClose(Object expected, Object actual, double rtol, double atol, String what) {
        if (expected instanceof Number e) {
            double ev = e.doubleValue(), av = ((Number) actual).doubleValue();
            assertTrue(Math.abs(ev - av) <= atol + rtol * Math.abs(ev), what + ": expected " + ev + " got " + av);
            return;
        }
        assertEquals(Array.getLength(expected), Array.getLength(actual), what + ": length");
        for (int i = 0; i < Array.getLength(expected); i++)
            assertClose(Array.get(expected, i), Array.get(actual, i), rtol, atol, what + "[" + i + "]");
    }
}
