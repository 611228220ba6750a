package demo;

import dev.jaxc.Derive;
import dev.jaxc.Jit;

/** A model among the test sources: jaxc:testCompile puts QuadraticJaxc into target/test-classes. */
@Derive(name = "df", expr = "grad(f)")
public class Quadratic {
    @Jit
    public static double f(double[] x) {
        return x[0] * x[0] + 3 * x[1];
    }
}
