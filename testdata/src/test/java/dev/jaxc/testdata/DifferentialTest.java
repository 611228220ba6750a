package dev.jaxc.testdata;

import static org.junit.jupiter.api.Assertions.*;

import dev.jaxc.ir.Function;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Every @Jit method of testdata, three ways on the same random inputs: the javac-compiled
 * original, jaxc's companion method, and the IR interpreter. They must agree bit-for-bit,
 * exceptions (type and message) included.
 */
class DifferentialTest {
    static final int TRIALS = 120;

    @TestFactory
    Stream<DynamicTest> jaxcAgreesWithJavacAndTheInterpreter() throws Exception {
        CompiledTestdata td = CompiledTestdata.get();
        List<DynamicTest> tests = new ArrayList<>();
        for (Function f : td.result.program().functions()) {
            String qualified = f.name();
            // Derived functions are checked by the AD and vmap tests; ADBench models on real data in AdBenchObjectiveTest.
            if (qualified.contains("$") || qualified.contains(".adbench.") || isDerived(td, qualified)) continue;
            int dot = qualified.lastIndexOf('.');
            String cls = qualified.substring(0, dot), name = qualified.substring(dot + 1);
            tests.add(DynamicTest.dynamicTest(cls.substring(cls.lastIndexOf('.') + 1) + "." + name, () -> check(td, cls, name, qualified)));
        }
        return tests.stream();
    }

    private static void check(CompiledTestdata td, String cls, String name, String qualified) throws Exception {
        Method original = findMethod(Class.forName(cls), name);
        Method compiled = td.companion(cls).getMethod(name, original.getParameterTypes());
        assertEquals(original.getReturnType(), compiled.getReturnType(), "return type");
        Domain domain = original.getAnnotation(Domain.class);
        InputGenerator gen = new InputGenerator(qualified.hashCode(), domain == null ? InputGenerator.DEFAULT : domain);
        int threw = 0;
        for (int t = 0; t < TRIALS; t++) {
            Object[] args = gen.args(original.getParameterTypes());
            Outcome expected = Outcome.invoke(original, InputGenerator.copy(args));
            Outcome actual = Outcome.invoke(compiled, InputGenerator.copy(args));
            Outcome interpreted = Outcome.of(() -> td.interpreter.call1(qualified, InputGenerator.copy(args)));
            String d1 = expected.differenceFrom(actual);
            assertNull(d1, () -> qualified + ": jaxc vs javac on " + new Outcome(args, null) + ": " + d1);
            String d2 = expected.differenceFrom(interpreted);
            assertNull(d2, () -> qualified + ": interpreter vs javac on " + new Outcome(args, null) + ": " + d2);
            if (expected.thrown() != null) threw++;
        }
        // Inputs that always throw would test nothing but the exception path.
        assertTrue(threw < TRIALS, "every trial threw; the domain of " + qualified + " needs fixing");
    }

    /** A @Derive output rather than a source method: it has no javac twin. */
    static boolean isDerived(CompiledTestdata td, String qualified) {
        int dot = qualified.lastIndexOf('.');
        try {
            Class<?> c = Class.forName(qualified.substring(0, dot));
            for (Method m : c.getDeclaredMethods()) if (m.getName().equals(qualified.substring(dot + 1))) return false;
            return true;
        } catch (ClassNotFoundException e) {
            throw new AssertionError(e);
        }
    }

    static Method findMethod(Class<?> c, String name) {
        for (Method m : c.getDeclaredMethods()) if (m.getName().equals(name)) return m;
        throw new AssertionError("no method " + name + " in " + c);
    }

    @Test
    void coversEnoughMethods() throws Exception {
        CompiledTestdata td = CompiledTestdata.get();
        long n = td.result.program().functions().stream()
                .filter(f -> !f.name().contains("$") && !f.name().contains(".adbench.") && !isDerived(td, f.name())).count();
        assertTrue(n >= 25, "only " + n + " @Jit methods in testdata");
    }
}
