package dev.jaxc.testdata.custom;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.lang.reflect.Method;
import org.junit.jupiter.api.Test;

/** @CustomJvp / @CustomVjp written in Java reach the generated derivatives (frontend → AD → JVM). */
class CustomRulesTest {
    static double call(String name, double x) throws Exception {
        Class<?> c = Class.forName("dev.jaxc.testdata.custom.CustomRulesJaxc", true, dev.jaxc.testdata.CompiledTestdataAccess.loader());
        Method m = c.getMethod(name, double.class);
        return (double) m.invoke(null, x);
    }

    @Test
    void customJvpKeepsTheGradientFiniteWhereTheFormulaOverflows() throws Exception {
        assertEquals(0.5, call("dLog1pexp", 0.0), 1e-15);
        assertEquals(1.0, call("dLog1pexp", 1000.0), 0.0, "σ(1000) = 1, where eˣ/(1 + eˣ) would be NaN");
        assertEquals(0.0, call("dLog1pexp", -1000.0), 0.0);
        assertEquals(call("dLog1pexp", 3.0), call("dLog1pexpReverse", 3.0), 1e-15, "reverse mode transposes the custom JVP");
    }

    @Test
    void customVjpClipsTheCotangent() throws Exception {
        // d/dx (10·clip(x) + x): the clipped path contributes min(10, 1) = 1 instead of 10.
        assertEquals(2.0, call("dScaledClip", 0.7), 0.0);
    }
}
