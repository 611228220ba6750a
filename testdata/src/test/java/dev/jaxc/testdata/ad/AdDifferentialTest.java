package dev.jaxc.testdata.ad;

import static org.junit.jupiter.api.Assertions.*;

import dev.jaxc.compiler.CompileResult;
import dev.jaxc.compiler.GeneratedClassLoader;
import dev.jaxc.compiler.JaxcCompiler;
import dev.jaxc.compiler.SourceCollector;
import dev.jaxc.ir.Function;
import dev.jaxc.ir.interp.Interpreter;
import java.lang.reflect.Array;
import java.lang.reflect.Method;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Every @Jit method of this package through jaxc's pipeline (frontend, AD, JVM backend), on
 * smooth random inputs: the derived methods each class declares ({@code fGrad}, {@code fJvp},
 * {@code fJacrev}, {@code fJacfwd}) must
 * <ul>
 * <li>agree bit-for-bit with the IR interpreter running the same derived function;
 * <li>agree with each other — reverse (⟨∇f, v⟩ or J·v from jacrev) against forward (the JVP)
 *   to 1e-12 relative: the same sums in another order;
 * <li>agree with central differences along v. With h = 10⁻⁶ on inputs of order 1 the error is
 *   h²·|f'''|/6 + ε·|f|/h ≈ 10⁻¹² + 10⁻¹⁰·|f|, so 10⁻⁶ relative to the size of the terms
 *   (plus |f|) leaves four orders of magnitude of margin;
 * <li>and the primal of the JVP equals javac's result exactly.
 * </ul>
 */
class AdDifferentialTest {
    static final Path SOURCES = Path.of("src/main/java/dev/jaxc/testdata/ad");
    static final int TRIALS = 3;
    static final double H = 1e-6;

    static CompileResult result;
    static ClassLoader loader;
    static Interpreter interpreter;

    @BeforeAll
    static void compile() throws Exception {
        result = new JaxcCompiler().compile(SourceCollector.collect(List.of(SOURCES)));
        assertTrue(result.ok(), result::formattedDiagnostics);
        interpreter = new Interpreter(result.program());
        loader = new GeneratedClassLoader(result.classes(), AdDifferentialTest.class.getClassLoader());
    }

    /** The source methods with a floating-point parameter and result. */
    static List<Function> differentiable() {
        List<Function> out = new ArrayList<>();
        for (Function f : result.program().functions()) {
            if (f.name().contains("$") || !isSource(f.name())) continue;
            if (f.resultTypes().size() == 1 && f.resultTypes().get(0).isDifferentiable()
                    && f.paramTypes().stream().anyMatch(t -> t.isDifferentiable())) out.add(f);
        }
        return out;
    }

    /** A method of the javac-compiled class, not a @Derive output. */
    static boolean isSource(String qualified) {
        int dot = qualified.lastIndexOf('.');
        try {
            for (Method m : Class.forName(qualified.substring(0, dot)).getDeclaredMethods())
                if (m.getName().equals(qualified.substring(dot + 1))) return true;
            return false;
        } catch (ClassNotFoundException e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void coversEnoughPrograms() {
        assertTrue(differentiable().size() >= 30, "at least 30 differentiable programs, found " + differentiable().size());
    }

    @TestFactory
    Stream<DynamicTest> forwardReverseAndDifferencesAgree() {
        List<DynamicTest> tests = new ArrayList<>();
        for (Function f : differentiable()) {
            String q = f.name();
            String cls = q.substring(0, q.lastIndexOf('.')), name = q.substring(q.lastIndexOf('.') + 1);
            tests.add(DynamicTest.dynamicTest(cls.substring(cls.lastIndexOf('.') + 1) + "." + name, () -> check(cls, name)));
        }
        return tests.stream();
    }

    @Test
    void hessiansAreSymmetricAndBothOrdersAgree() throws Exception {
        Class<?> c = companion("dev.jaxc.testdata.ad.Solvers");
        double[] x = {0.4, 1.1, 0.8, 1.3, 0.6};
        double[][] h = (double[][]) method(c, "rosenHessian").invoke(null, (Object) x);
        double[][] h2 = (double[][]) method(c, "rosenHessianRevFwd").invoke(null, (Object) x);
        for (int i = 0; i < x.length; i++)
            for (int j = 0; j < x.length; j++) {
                assertEquals(h[i][j], h[j][i], 1e-12 * Math.abs(h[i][j]) + 1e-12, "symmetric");
                assertEquals(h[i][j], h2[i][j], 1e-12 * Math.abs(h[i][j]) + 1e-12, "forward-over-reverse = reverse-over-forward");
            }
    }

    static Class<?> companion(String cls) throws ClassNotFoundException { return Class.forName(cls + "Jaxc", true, loader); }

    static Method method(Class<?> c, String name) {
        for (Method m : c.getMethods()) if (m.getName().equals(name)) return m;
        throw new AssertionError("no method " + name + " in " + c.getName() + " (add the @Derive for it)");
    }

    private static void check(String cls, String name) throws Exception {
        Class<?> companion = companion(cls);
        Method original = method(Class.forName(cls), name);
        Class<?>[] types = original.getParameterTypes();
        boolean isFloat = original.getReturnType() == float.class;
        boolean scalar = original.getReturnType().isPrimitive();
        List<Integer> floats = new ArrayList<>();
        for (int i = 0; i < types.length; i++) if (isFloating(types[i])) floats.add(i);
        SplittableRandom rnd = new SplittableRandom(name.hashCode());
        for (int trial = 0; trial < TRIALS; trial++) {
            Object[] args = new Object[types.length], dirs = new Object[types.length];
            for (int i = 0; i < types.length; i++) args[i] = smooth(types[i], rnd);
            for (int i : floats) dirs[i] = direction(args[i], rnd);
            Object primal = original.invoke(null, copy(args));
            // Forward: the JVP's tangent, and its primal against javac.
            List<Object> jvpArgs = new ArrayList<>(Arrays.asList(copy(args)));
            for (int i : floats) jvpArgs.add(dirs[i]);
            Object jvp = method(companion, name + "Jvp").invoke(null, jvpArgs.toArray());
            assertDeepEquals(primal, part(jvp, "primal"), name + ": jvp's primal vs javac");
            Object tangent = part(jvp, "tangent");
            interpreterAgrees(cls, name + "Jvp", jvpArgs.toArray(), jvp);
            // Reverse: gradient or Jacobian rows, contracted with the direction.
            String rev = scalar ? name + "Grad" : name + "Jacrev";
            Object revOut = method(companion, rev).invoke(null, copy(args));
            interpreterAgrees(cls, rev, args, revOut);
            Object fd = centralDifference(original, args, dirs);
            if (scalar) {
                double r = 0, terms = 0;
                for (int k = 0; k < floats.size(); k++) {
                    Object g = floats.size() == 1 ? revOut : part(revOut, "r" + k);
                    r += dot(g, dirs[floats.get(k)]);
                    terms += absDot(g, dirs[floats.get(k)]);
                }
                compare(name, ((Number) tangent).doubleValue(), r, ((Number) fd).doubleValue(), terms, ((Number) primal).doubleValue(), isFloat);
            } else {
                Object fwdJac = method(companion, name + "Jacfwd").invoke(null, copy(args));
                interpreterAgrees(cls, name + "Jacfwd", args, fwdJac);
                int m = Array.getLength(tangent);
                for (int o = 0; o < m; o++) {
                    double r = 0, f = 0, terms = 0;
                    for (int k = 0; k < floats.size(); k++) {
                        Object jr = floats.size() == 1 ? revOut : part(revOut, "r" + k);
                        Object jf = floats.size() == 1 ? fwdJac : part(fwdJac, "r" + k);
                        r += dot(Array.get(jr, o), dirs[floats.get(k)]);
                        f += dot(Array.get(jf, o), dirs[floats.get(k)]);
                        terms += absDot(Array.get(jr, o), dirs[floats.get(k)]);
                    }
                    double t = ((Number) Array.get(tangent, o)).doubleValue();
                    assertEquals(t, f, 1e-12 * terms + 1e-300, name + "[" + o + "]: jacfwd vs jvp");
                    compare(name + "[" + o + "]", t, r, ((Number) Array.get(fd, o)).doubleValue(), terms,
                            ((Number) Array.get(primal, o)).doubleValue(), isFloat);
                }
            }
        }
    }

    private static void compare(String what, double fwd, double rev, double fd, double terms, double value, boolean isFloat) {
        double fr = isFloat ? 1e-5 : 1e-12;
        assertTrue(Math.abs(fwd - rev) <= fr * terms + 1e-300, what + ": forward " + fwd + " vs reverse " + rev);
        if (isFloat) return; // float inputs cannot be perturbed finely enough for central differences
        assertTrue(Math.abs(fwd - fd) <= 1e-6 * (terms + Math.abs(value) + 1), what + ": forward " + fwd + " vs central difference " + fd);
    }

    /** Names the components of a record result, or the value itself for a single result. */
    private static Object part(Object record, String component) throws Exception {
        if (record == null || record.getClass().isArray() || record instanceof Number) return record;
        var comps = record.getClass().getRecordComponents();
        if (component.startsWith("r") && component.length() > 1 && Character.isDigit(component.charAt(1)))
            return comps[Integer.parseInt(component.substring(1))].getAccessor().invoke(record);
        return record.getClass().getMethod(component).invoke(record);
    }

    private static void interpreterAgrees(String cls, String fn, Object[] args, Object compiled) throws Exception {
        Object[] r = interpreter.call(cls + "." + fn, copy(args));
        Object expected = r.length == 1 ? r[0] : r;
        Object actual = compiled;
        if (r.length > 1) {
            var comps = compiled.getClass().getRecordComponents();
            Object[] parts = new Object[comps.length];
            for (int i = 0; i < comps.length; i++) parts[i] = comps[i].getAccessor().invoke(compiled);
            actual = parts;
        }
        assertDeepEquals(expected, actual, fn + ": compiled vs interpreter");
    }

    private static void assertDeepEquals(Object a, Object b, String what) {
        assertTrue(Arrays.deepEquals(new Object[] {a}, new Object[] {b}), () -> what + ": " + Arrays.deepToString(new Object[] {a}) + " vs " + Arrays.deepToString(new Object[] {b}));
    }

    private static Object centralDifference(Method f, Object[] args, Object[] dirs) throws Exception {
        Object[] plus = copy(args), minus = copy(args);
        for (int i = 0; i < args.length; i++)
            if (dirs[i] != null) {
                plus[i] = axpy(H, dirs[i], args[i]);
                minus[i] = axpy(-H, dirs[i], args[i]);
            }
        Object fp = f.invoke(null, plus), fm = f.invoke(null, minus);
        Object d = axpy(-1, fm, fp);
        return axpy(1 / (2 * H) - 1, d, d);
    }

    static boolean isFloating(Class<?> t) {
        while (t.isArray()) t = t.getComponentType();
        return t == double.class || t == float.class;
    }

    /** Positive values of order one (inside every domain the programs use); arrays 4 long, matrices 4×4. */
    static Object smooth(Class<?> t, SplittableRandom rnd) {
        if (t == double.class) return 0.3 + rnd.nextDouble();
        if (t == float.class) return (float) (0.3 + rnd.nextDouble());
        if (t == int.class) return 4;
        if (t == long.class) return 4L;
        if (t == boolean.class) return true;
        Object a = Array.newInstance(t.getComponentType(), 4);
        for (int i = 0; i < 4; i++) Array.set(a, i, smooth(t.getComponentType(), rnd));
        return a;
    }

    static Object direction(Object x, SplittableRandom rnd) {
        if (x instanceof Double) return rnd.nextDouble() * 2 - 1;
        if (x instanceof Float) return (float) (rnd.nextDouble() * 2 - 1);
        int n = Array.getLength(x);
        Object a = Array.newInstance(x.getClass().getComponentType(), n);
        for (int i = 0; i < n; i++) Array.set(a, i, direction(Array.get(x, i), rnd));
        return a;
    }

    static Object axpy(double a, Object d, Object x) {
        if (x instanceof Double v) return v + a * (Double) d;
        if (x instanceof Float v) return (float) (v + a * (Float) d);
        int n = Array.getLength(x);
        Object o = Array.newInstance(x.getClass().getComponentType(), n);
        for (int i = 0; i < n; i++) Array.set(o, i, axpy(a, Array.get(d, i), Array.get(x, i)));
        return o;
    }

    static double dot(Object a, Object b) {
        if (a instanceof Number x) return x.doubleValue() * ((Number) b).doubleValue();
        double s = 0;
        for (int i = 0; i < Array.getLength(a); i++) s += dot(Array.get(a, i), Array.get(b, i));
        return s;
    }

    static double absDot(Object a, Object b) {
        if (a instanceof Number x) return Math.abs(x.doubleValue() * ((Number) b).doubleValue());
        double s = 0;
        for (int i = 0; i < Array.getLength(a); i++) s += absDot(Array.get(a, i), Array.get(b, i));
        return s;
    }

    static Object[] copy(Object[] args) {
        Object[] out = args.clone();
        for (int i = 0; i < out.length; i++) out[i] = deepCopy(out[i]);
        return out;
    }

    private static Object deepCopy(Object o) {
        if (o == null || !o.getClass().isArray()) return o;
        int n = Array.getLength(o);
        Object c = Array.newInstance(o.getClass().getComponentType(), n);
        for (int i = 0; i < n; i++) Array.set(c, i, deepCopy(Array.get(o, i)));
        return c;
    }
}
