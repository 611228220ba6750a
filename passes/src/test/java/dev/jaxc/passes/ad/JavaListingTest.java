package dev.jaxc.passes.ad;

import static org.junit.jupiter.api.Assertions.*;

import dev.jaxc.passes.listing.JavaListingPrinter;
import org.junit.jupiter.api.Test;

/** The Java-like listing of derived functions reads as the code one would write by hand. */
class JavaListingTest {
    @Test
    void gradientOfALoopReadsLikeJava() {
        AdHarness h = new AdHarness();
        ControlFlowDerivativesTest.euler(h);
        h.derive("dEuler", "value_and_grad(euler, argnums=(0, 1))");
        String s = JavaListingPrinter.print(h.program.get("t.T.dEuler"), h.program);
        assertTrue(s.startsWith("record DEulerResult(double value, double dA, double dX0) {}\nstatic DEulerResult dEuler(double a, double x0, double T) {"), s);
        assertTrue(s.contains("while (true) {"), s);
        assertTrue(s.contains("if (!("), s);
        assertTrue(s.contains("for (int "), s);
        assertTrue(s.contains("Math.sin("), s);
        assertTrue(s.contains("return new DEulerResult("), s);
    }

    @Test
    void arraysUpdatedInPlaceWhenTheOldValueIsDead() {
        AdHarness h = new AdHarness();
        JacobianTest.vectorField(h);
        h.derive("J", "jacrev(f)");
        String s = JavaListingPrinter.print(h.program.get("t.T.J"), h.program);
        assertTrue(s.contains("static double[][] J(double[] x, double a) {"), s);
        assertTrue(s.matches("(?s).*\\n\\s+\\w+\\[\\w+\\] = [^;]+;.*"), "an in-place store: " + s);
        assertFalse(s.contains("x[") && s.contains("x[i] ="), "parameters are never written");
    }
}
