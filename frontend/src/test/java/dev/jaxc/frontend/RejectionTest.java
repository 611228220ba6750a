package dev.jaxc.frontend;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.jaxc.ir.diag.Diagnostic;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Everything outside the subset is rejected with a javac-style diagnostic at the offending node. */
class RejectionTest {
    /** Compiles {@code class C} in file R.java (body from line 4) and returns its diagnostics. */
    private static List<Diagnostic> diagnostics(String body) {
        FrontendResult r = Fixtures.compile("src/t/R.java", "package t;\nimport dev.jaxc.Jit;\nclass C {\n" + body + "\n}\n");
        assertFalse(r.ok(), "expected an error");
        return r.diagnostics();
    }

    /** Expects exactly one error, at line:column, with that message and some hint. */
    private static Diagnostic single(String body, int line, int column, String message) {
        List<Diagnostic> ds = diagnostics(body);
        assertEquals(1, ds.size(), () -> "diagnostics: " + ds);
        Diagnostic d = ds.get(0);
        assertEquals("src/t/R.java", d.loc().file());
        assertEquals(message, d.message());
        assertEquals(line + ":" + column, d.loc().line() + ":" + d.loc().column(), "position of: " + message);
        assertTrue(d.isError());
        return d;
    }

    private static void withHint(String body, int line, int column, String message, String hintPart) {
        Diagnostic d = single(body, line, column, message);
        assertNotNull(d.hint(), "hint for " + message);
        assertTrue(d.hint().contains(hintPart), () -> "hint '" + d.hint() + "' lacks '" + hintPart + "'");
    }

    @Test void nonStaticJitMethod() {
        withHint("  @Jit double f(double x) { return x; }", 4, 15, "@Jit method 'f' must be static", "make it static");
    }

    @Test void jitMethodInNestedClass() {
        withHint("  static class In {\n    @Jit static double f(double x) { return x; }\n  }", 5, 24,
                "@Jit method 'f' is not in a top-level class", "top-level class");
    }

    @Test void genericMethod() {
        withHint("  @Jit static <T> double f(double x) { return x; }", 4, 16, "generic @Jit method 'f' is not supported", "one method per element type");
    }

    @Test void varargs() {
        withHint("  @Jit static double f(double... xs) { return 0; }", 4, 24, "varargs parameter 'xs' is not supported", "double[] xs");
    }

    @Test void voidResult() {
        withHint("  @Jit static void f(double x) { }", 4, 15, "@Jit method 'f' returns void", "return the result");
    }

    @Test void unsupportedParameterType() {
        withHint("  @Jit static double f(String s) { return 0; }", 4, 24, "parameter 's' has type 'String', which jaxc does not support", "double, float, long, int, boolean");
    }

    @Test void switchStatement() {
        withHint("  @Jit static int f(int x) {\n    switch (x) { case 1: return 2; }\n    return 0;\n  }", 5, 5, "switch statements are not supported", "if/else");
    }

    @Test void tryStatement() {
        withHint("  @Jit static int f(int x) {\n    try { x++; } finally { x--; }\n    return x;\n  }", 5, 5, "try statements are not supported", "test the condition with if");
    }

    @Test void stringLiteral() {
        withHint("  @Jit static int f(int x) {\n    var s = \"a\";\n    return x;\n  }", 5, 13, "strings are not supported", "primitives and arrays");
    }

    @Test void charLiteral() {
        withHint("  @Jit static int f(int x) { return x + 'a'; }", 4, 41, "char literals are not supported", "97");
    }

    @Test void callToNonJitMethod() {
        withHint("  static double g(double x) { return x; }\n  @Jit static double f(double x) { return 1 + g(x); }", 5, 47,
                "calls 'g', which is not a @Jit method", "mark it @Jit");
    }

    @Test void callToLibraryMethod() {
        withHint("  @Jit static double f(double x) { return System.nanoTime() + x; }", 4, 43,
                "calls 'System.nanoTime', which jaxc cannot compile", "Math/StrictMath functions");
    }

    @Test void unsupportedMathFunction() {
        withHint("  @Jit static double f(double x) { return Math.round(x); }", 4, 43, "Math.round is not supported", "supported Math functions: sin");
    }

    @Test void directRecursion() {
        withHint("  @Jit static int f(int n) { return n <= 1 ? 1 : n * f(n - 1); }", 4, 54,
                "recursion is not supported yet (f calls itself)", "loop");
    }

    @Test void mutualRecursionReportsBothCalls() {
        List<Diagnostic> ds = diagnostics("  @Jit static int f(int n) { return n <= 0 ? 0 : g(n - 1); }\n  @Jit static int g(int n) { return f(n); }");
        assertEquals(2, ds.size(), ds::toString);
        assertEquals("recursion is not supported yet (f calls g, which leads back to f)", ds.get(0).message());
        assertEquals(4, ds.get(0).loc().line());
        assertEquals(50, ds.get(0).loc().column());
        assertEquals("recursion is not supported yet (g calls f, which leads back to g)", ds.get(1).message());
        assertEquals(5, ds.get(1).loc().line());
    }

    @Test void nonFinalStaticField() {
        withHint("  static double k = 2;\n  @Jit static double f(double x) { return k * x; }", 5, 43,
                "reads field 'k' of C, which is not static final", "pass the value as a parameter");
    }

    @Test void constantArray() {
        withHint("  static final double[] W = {1, 2};\n  @Jit static double f(double x) { return W[0] * x; }", 5, 43,
                "reads constant array 'W'; array constants are not supported", "pass the array as a parameter");
    }

    @Test void arrayIdentityComparison() {
        withHint("  @Jit static boolean f(double[] a, double[] b) { return a == b; }", 4, 58, "compares arrays with '=='", "values without identity");
    }

    @Test void objectCreation() {
        withHint("  @Jit static double f(double x) { return new Object().hashCode(); }", 4, 43,
                "object creation 'new Object(...)' is not supported", "primitives and arrays");
    }

    @Test void lambda() {
        withHint("  @Jit static double f(double x) {\n    Runnable r = () -> {};\n    return x;\n  }", 5, 5,
                "variable 'r' has type 'Runnable', which jaxc does not support", "double, float");
    }

    @Test void rank3Array() {
        withHint("  @Jit static double f(int n) { return new double[n][n][n].length; }", 4, 40, "arrays of rank 3 are not supported", "1-D or 2-D");
    }

    @Test void nullLiteral() {
        withHint("  @Jit static double f(double[] a) {\n    double[] b = null;\n    return a[0];\n  }", 5, 18, "null is not supported", "allocate one with new");
    }

    @Test void byteLocal() {
        withHint("  @Jit static int f(int x) {\n    byte b = 1;\n    return x;\n  }", 5, 5, "variable 'b' has type 'byte', which jaxc does not support", "int");
    }

    @Test void throwStatement() {
        withHint("  @Jit static int f(int x) {\n    if (x < 0) throw new IllegalArgumentException();\n    return x;\n  }", 5, 16,
                "throw is not supported", "Double.NaN");
    }

    @Test void overloadedJitMethods() {
        withHint("  @Jit static int f(int x) { return x; }\n  @Jit static double f(double x) { return x; }", 5, 22, "overloaded @Jit method 'f'", "its own name");
    }

    @Test void writesToParameterArray() {
        withHint("  @Jit static double f(double[] x) {\n    x[0] = 1;\n    return x[0];\n  }", 5, 5,
                "writes to parameter array 'x'; jaxc methods are pure", "copy it first: double[] y = x.clone();");
    }

    @Test void returnsParameterArray() {
        withHint("  @Jit static double[] f(double[] a) { return a; }", 4, 47, "returns parameter array 'a'", "return a.clone();");
    }

    @Test void writesThroughSecondName() {
        withHint("  @Jit static double f(int n) {\n    double[] a = new double[n];\n    double[] b = a;\n    b[0] = 1;\n    return a[0];\n  }", 7, 5,
                "writes to array 'b' while 'a' names the same array", "clone()");
    }

    @Test void sharedRowStoredInLoop() {
        withHint("""
                  @Jit static double f(int n) {
                    double[][] m = new double[n][];
                    double[] r = new double[2];
                    for (int i = 0; i < n; i++) { r[0] = i; m[i] = r; }
                    return m[0][0];
                  }""", 7, 33, "writes to 'r', which is also a row of 'm'", "r.clone()");
    }

    @Test void lossyAssignment() {
        withHint("  @Jit static int f(double x) {\n    int i = x * 2;\n    return i;\n  }", 5, 13,
                "incompatible types: possible lossy conversion from double to int", "(int)");
    }

    @Test void syntaxError() {
        List<Diagnostic> ds = diagnostics("  @Jit static int f(int x) { return x +; }");
        assertEquals(4, ds.get(0).loc().line());
        assertTrue(ds.get(0).message().startsWith("syntax error: "), ds.get(0).message());
    }

    @Test void severalDiagnosticsInOneMethodAndAcrossMethods() {
        List<Diagnostic> ds = diagnostics("""
                  @Jit static double f(double x) {
                    String s = "a";
                    double y = System.currentTimeMillis();
                    return x + y;
                  }
                  @Jit static int g(int x) { while (x > 0) { switch (x) { default: x--; } } return x; }""");
        assertEquals(List.of("5:3", "6:14", "9:44"), ds.stream().map(d -> d.loc().line() + ":" + d.loc().column()).toList(), ds::toString);
    }
}
