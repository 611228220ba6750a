package dev.jaxc.frontend;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.jaxc.ir.diag.Diagnostic;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Writes are allowed only where no other live Java name could see them, and results never
 * alias parameters: then the IR's array values mean what Java's references do.
 */
class AliasCheckerTest {
    private static void accepts(String method) { Fixtures.ok(method); }

    /** Expects one error with this message, at this line and column of the method text (line 1 = its first line). */
    private static void rejects(String method, String message, int line, int column) {
        FrontendResult r = Fixtures.errors(method);
        List<Diagnostic> ds = r.diagnostics();
        assertEquals(1, ds.size(), ds::toString);
        assertEquals(message, ds.get(0).message());
        assertEquals((line + 3) + ":" + column, ds.get(0).loc().line() + ":" + ds.get(0).loc().column());
    }

    // ---- accepted ----------------------------------------------------------------------------

    @Test void writesIntoACopy() { accepts("@Jit static double[] f(double[] x) { double[] y = x.clone(); y[0] = 1; return y; }"); }

    @Test void parameterReassignedToAFreshArray() { accepts("@Jit static double[] f(double[] x) { x = new double[2]; x[0] = 1; return x; }"); }

    @Test void callResultsAreFresh() {
        accepts("@Jit static double[] g(double[] x) { return x.clone(); }\n@Jit static double f(double[] x) { double[] w = g(x); w[0] = 1; return w[0] + x[0]; }");
    }

    @Test void otherNameLeftScope() {
        accepts("@Jit static double f() { double[] a = new double[3]; double s = 0; { double[] b = a; s = b[0]; } a[0] = 1; return a[0] + s; }");
    }

    @Test void secondNameRebound() {
        accepts("@Jit static double f(double[] p) { double[] a = new double[2]; double[] b = a; b = new double[2]; b[0] = 1; a[1] = 2; return a[1] + b[0]; }");
    }

    @Test void rowsAllocatedInTheLoopAreDistinct() {
        accepts("""
                @Jit static double[][] f(int n) {
                  double[][] m = new double[n][];
                  for (int i = 0; i < n; i++) { double[] r = new double[2]; r[0] = i; m[i] = r; }
                  m[0][0] = 5;
                  return m;
                }""");
    }

    @Test void swappedBuffers() {
        accepts("""
                @Jit static double f(int n) {
                  double[] cur = new double[3], nxt = new double[3];
                  for (int t = 0; t < n; t++) {
                    for (int j = 0; j < 3; j++) nxt[j] = cur[j] + 1;
                    double[] tmp = cur; cur = nxt; nxt = tmp;
                  }
                  return cur[0];
                }""");
    }

    @Test void deepCopyOfParameterRows() {
        accepts("@Jit static double[][] f(double[][] m) { double[][] c = new double[m.length][]; for (int i = 0; i < m.length; i++) c[i] = m[i].clone(); c[0][0] = 1; return c; }");
    }

    @Test void rowSlotsOfAShallowCloneAreItsOwn() {
        accepts("@Jit static double[][] f(double[][] m) { double[][] c = m.clone(); c[0] = new double[]{1}; return new double[][]{c[0].clone()}; }");
    }

    @Test void readingParameterRows() { accepts("@Jit static double f(double[][] m) { double[] r = m[0]; double s = 0; for (double v : r) s += v; return s; }"); }

    // ---- rule 1: parameters ------------------------------------------------------------------

    @Test void parameterElement() {
        rejects("@Jit static double f(double[][] m) {\n  m[0][1] = 2;\n  return 0; }", "writes to parameter array 'm'; jaxc methods are pure", 2, 3);
    }

    @Test void parameterRowSlot() {
        rejects("@Jit static double f(double[][] m) {\n  m[0] = new double[1];\n  return 0; }", "writes to parameter array 'm'; jaxc methods are pure", 2, 3);
    }

    @Test void rowOfParameter() {
        rejects("@Jit static double f(double[][] m) {\n  double[] r = m[0];\n  r[0] += 1;\n  return r[0]; }",
                "writes to 'r', which may be (a row of) parameter array 'm'; jaxc methods are pure", 3, 3);
    }

    @Test void shallowCloneOfParameter() {
        rejects("@Jit static double f(double[][] m) {\n  double[][] c = m.clone();\n  c[0][0]++;\n  return 0; }",
                "writes to a row of 'c', which may be a row of parameter array 'm'; jaxc methods are pure", 3, 3);
    }

    // ---- rule 2: second names ----------------------------------------------------------------

    @Test void originalWrittenWhileBorrowed() {
        rejects("@Jit static double f(int n) {\n  double[] a = new double[n];\n  double[] b = a;\n  a[0] = 1;\n  return b[0]; }",
                "writes to array 'a' while 'b' names the same array", 4, 3);
    }

    @Test void conditionalAlias() {
        rejects("@Jit static double f(boolean p) {\n  double[] a = new double[2], b = new double[2];\n  double[] c = p ? a : b;\n  c[0] = 1;\n  return a[0]; }",
                "writes to array 'c' while 'a' names the same array", 4, 3);
    }

    @Test void aliasOnOneBranch() {
        rejects("@Jit static double f(boolean p, int n) {\n  double[] a = new double[n], b = new double[n];\n  if (p) b = a;\n  b[0] = 1;\n  return a[0]; }",
                "writes to array 'b' while 'a' names the same array", 4, 3);
    }

    @Test void twoDimensionalAlias() {
        rejects("@Jit static double f(int n) {\n  double[][] m = new double[n][n];\n  double[][] m2 = m;\n  m2[0][0] = 1;\n  return m[0][0]; }",
                "writes to array 'm2' while 'm' names the same array", 4, 3);
    }

    @Test void iteratedArray() {
        rejects("@Jit static double f(int n) {\n  double[] a = new double[n];\n  for (double v : a)\n    a[0] = v + 1;\n  return a[0]; }",
                "writes to 'a' while a for-each loop iterates over it", 4, 5);
    }

    @Test void assignmentExpressionNamesBoth() {
        rejects("@Jit static double f() {\n  double[] b, c;\n  { double[] a = new double[2]; b = (c = a); }\n  b[0] = 1;\n  return c[0]; }",
                "writes to array 'b' while 'c' names the same array", 4, 3);
    }

    @Test void iteratedRowWritten() {
        rejects("@Jit static double f() {\n  double[][] m = new double[2][2];\n  for (double x : m[0])\n    m[0][1] = x;\n  return m[0][1]; }",
                "writes to a row of 'm' while a for-each loop iterates over that row", 4, 5);
    }

    // ---- rule 3: rows --------------------------------------------------------------------------

    @Test void rowReadThenWritten() {
        rejects("@Jit static double f(int n) {\n  double[][] m = new double[n][n];\n  double[] r = m[0];\n  r[0] = 1;\n  return m[0][0]; }",
                "writes to 'r', which is also a row of 'm'", 4, 3);
    }

    @Test void elementWrittenWhileRowIsNamed() {
        rejects("@Jit static double f(int n) {\n  double[][] m = new double[n][n];\n  double[] r = m[0];\n  m[0][0] = 1;\n  return r[0]; }",
                "writes to a row of 'm' while 'r' still names that row", 4, 3);
    }

    @Test void forEachRowWritten() {
        rejects("@Jit static double f(int n) {\n  double[][] m = new double[n][n];\n  for (double[] row : m) row[0] = 1;\n  return m[0][0]; }",
                "writes to 'row', which is also a row of 'm'", 3, 26);
    }

    @Test void storedRowWrittenLater() {
        rejects("@Jit static double f(int n) {\n  double[][] m = new double[n][];\n  double[] r = new double[2];\n  m[0] = r;\n  r[1] = 3;\n  return m[0][1]; }",
                "writes to 'r', which is also a row of 'm'", 5, 3);
    }

    @Test void rowStoredByAnAssignmentExpression() {
        rejects("@Jit static double f() {\n  double[][] m = new double[2][];\n  double[] s = (m[0] = new double[2]);\n  s[1] = 3;\n  return m[0][1]; }",
                "writes to 's', which is also a row of 'm'", 4, 3);
    }

    @Test void sameRowStoredTwice() {
        rejects("@Jit static double f() {\n  double[][] m = new double[2][];\n  { double[] r = new double[2]; m[0] = r; m[1] = r; }\n  m[0][0] = 1;\n  return m[1][0]; }",
                "writes to a row of 'm', which may hold the same array in two rows", 4, 3);
    }

    @Test void shallowCloneOfLocal() {
        rejects("@Jit static double f() {\n  double[][] m = new double[2][2];\n  double[][] c = m.clone();\n  c[0][0] = 1;\n  return m[0][0]; }",
                "writes to a row of 'c', which shares its rows with 'm'", 4, 3);
    }

    @Test void rowCopiedByReference() {
        rejects("@Jit static double f() {\n  double[][] m = new double[2][2];\n  m[1] = m[0];\n  m[1][0] = 1;\n  return m[0][0]; }",
                "writes to a row of 'm', which may hold the same array in two rows", 4, 3);
    }

    // ---- rule 4: results ---------------------------------------------------------------------

    @Test void returnsRowOfParameter() {
        rejects("@Jit static double[] f(double[][] m) {\n  return m[0]; }", "returns an array that may be (a row of) parameter array 'm'", 2, 10);
    }

    @Test void returnsParameterAsRow() {
        rejects("@Jit static double[][] f(double[] a) {\n  return new double[][]{a}; }", "returns an array whose rows may be rows of parameter array 'a'", 2, 10);
    }

    @Test void returnsShallowCloneOfParameter() {
        rejects("@Jit static double[][] f(double[][] m) {\n  return m.clone(); }", "returns an array whose rows may be rows of parameter array 'm'", 2, 10);
    }

    @Test void returnsDuplicatedRows() {
        rejects("@Jit static double[][] f() {\n  double[] r = new double[2];\n  return new double[][]{r, r}; }", "returns an array that may hold the same array in two rows", 3, 10);
    }

    @Test void returnsParameterThroughAConditional() {
        rejects("@Jit static double[] f(double[] a, boolean p) {\n  double[] b = new double[1];\n  return p ? a : b; }", "returns an array that may be (a row of) parameter array 'a'", 3, 10);
    }

    // ---- a case the lowering rejects ---------------------------------------------------------

    @Test void arrayReassignedInsideItsOwnStore() {
        rejects("@Jit static double f() {\n  double[] a = new double[2];\n  a[0] = (a = new double[3])[1];\n  return a[0]; }",
                "assigns 'a' while storing into one of its elements", 3, 3);
    }
}
