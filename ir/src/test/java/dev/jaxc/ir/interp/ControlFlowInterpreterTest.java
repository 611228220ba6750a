package dev.jaxc.ir.interp;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.jaxc.ir.Builder;
import dev.jaxc.ir.Function;
import dev.jaxc.ir.Loc;
import dev.jaxc.ir.Program;
import dev.jaxc.ir.Type;
import dev.jaxc.ir.Value;
import dev.jaxc.ir.text.IrParser;
import dev.jaxc.ir.verify.IrVerificationException;
import java.util.List;
import org.junit.jupiter.api.Test;

/** for, while, cond and call, against the Java statements they stand for. */
class ControlFlowInterpreterTest {
    /** {@code (n, sum) over for (int i = lo; i OP hi; i += step)} with int wrap-around. */
    static Function countLoop(String name, int step, boolean inclusive) {
        return Builder.function(name, List.of(Type.I32, Type.I32), List.of("lo", "hi"), Loc.UNKNOWN, (b, p) ->
                b.forLoop(p.get(0), p.get(1), step, inclusive, List.of(), List.of(b.i32(0), b.i32(0)), (l, q) -> {
                    Value i = q.get(0);
                    return List.of(l.add(q.get(1), l.i32(1)), l.add(q.get(2), i));
                }));
    }

    /** Java's loop, or null where it runs over 10000 trips (with wrap-around, some never end). */
    static int[] javaLoop(int lo, int hi, int step, boolean inclusive) {
        int n = 0, sum = 0;
        if (step > 0 && inclusive) for (int i = lo; i <= hi && n <= 10000; i += step) { n++; sum += i; }
        else if (step > 0) for (int i = lo; i < hi && n <= 10000; i += step) { n++; sum += i; }
        else if (inclusive) for (int i = lo; i >= hi && n <= 10000; i += step) { n++; sum += i; }
        else for (int i = lo; i > hi && n <= 10000; i += step) { n++; sum += i; }
        return n > 10000 ? null : new int[] {n, sum};
    }

    @Test
    void forLoopsCountLikeJava() {
        int[] steps = {1, 2, 3, -1, -2, 1_500_000_000};
        Program p = new Program();
        for (int s : steps) for (boolean inc : new boolean[] {false, true}) p.add(countLoop("for" + s + inc, s, inc));
        Interpreter ip = new Interpreter(p);
        int[][] bounds = {{0, 10}, {10, 0}, {3, 3}, {-5, 5}, {5, -5}, {0, 2_000_000_000}, {Integer.MAX_VALUE - 2, Integer.MAX_VALUE - 1},
                {Integer.MIN_VALUE + 2, Integer.MIN_VALUE}, {Integer.MIN_VALUE, Integer.MIN_VALUE + 3}};
        int runs = 0;
        for (int s : steps)
            for (boolean inc : new boolean[] {false, true})
                for (int[] lh : bounds) {
                    int[] expected = javaLoop(lh[0], lh[1], s, inc);
                    if (expected == null) continue;
                    Object[] r = ip.call("for" + s + inc, lh[0], lh[1]);
                    assertArrayEquals(new Object[] {expected[0], expected[1]}, r, "step " + s + " inclusive " + inc + " " + lh[0] + ".." + lh[1]);
                    runs++;
                }
        assertEquals(true, runs > 50, "runs " + runs);
        // lo = 0, hi = 2e9, step 1.5e9: i wraps negative twice before it passes hi (10 trips).
        assertArrayEquals(new Object[] {10, javaLoop(0, 2_000_000_000, 1_500_000_000, false)[1]}, ip.call("for1500000000false", 0, 2_000_000_000));
    }

    @Test
    void boundsAreReadOnceAndCarriesMayPermute() {
        Interpreter ip = new Interpreter(IrParser.parse("""
                func @rot(%n: i32) -> (i32, i32, i32) {
                  %z = const 0 : i32
                  %a = const 1 : i32
                  %b = const 2 : i32
                  %c = const 3 : i32
                  %x, %y, %w = for[step=1] %z, %n iter(%a, %b, %c) (%i: i32, %p: i32, %q: i32, %r: i32) {
                    yield %q, %r, %p
                  } : i32, i32, i32
                  return %x, %y, %w
                }
                """));
        assertArrayEquals(new Object[] {1, 2, 3}, ip.call("rot", 0));
        assertArrayEquals(new Object[] {2, 3, 1}, ip.call("rot", 1));
        assertArrayEquals(new Object[] {3, 1, 2}, ip.call("rot", 5));
    }

    @Test
    void whileIsScfWhile() {
        Program p = new Program();
        dev.jaxc.ir.Samples.collatz().forEach(p::add);
        // do { x = x * 2; k++; } while (x < limit): the body's work sits in the condition region.
        p.add(IrParser.parse("""
                func @doWhile(%x0: i64, %limit: i64) -> (i64, i32) {
                  %k0 = const 0 : i32
                  %x, %k = while consts(%limit) iter(%x0, %k0) (%l: i64, %x1: i64, %k1: i32) {
                    %two = const 2 : i64
                    %x2 = mul %x1, %two : i64
                    %one = const 1 : i32
                    %k2 = add %k1, %one : i32
                    %go = cmp.lt %x2, %l : bool
                    yield %go, %x2, %k2
                  } do (%l_1: i64, %x3: i64, %k3: i32) {
                    yield %x3, %k3
                  } : i64, i32
                  return %x, %k
                }
                """).get("doWhile"));
        Interpreter ip = new Interpreter(p);
        for (long n : new long[] {1, 2, 3, 7, 27, 97, 871}) {
            long x = n;
            int steps = 0;
            while (x > 1) {
                x = x % 2 == 0 ? x / 2 : 3 * x + 1;
                steps++;
            }
            assertEquals(steps, ip.call1("t.Loops.collatz", n), "collatz " + n);
        }
        for (long[] c : new long[][] {{1, 100}, {100, 1}, {3, 3}, {-1, -5}}) {
            long x = c[0];
            int k = 0;
            do {
                x = x * 2;
                k++;
            } while (x < c[1]);
            assertArrayEquals(new Object[] {x, k}, ip.call("doWhile", c[0], c[1]));
        }
    }

    @Test
    void condRunsOnlyTheSelectedRegion() {
        Interpreter ip = new Interpreter(IrParser.parse("""
                func @safeDiv(%a: i32, %b: i32) -> (i32) {
                  %z = const 0 : i32
                  %nz = cmp.ne %b, %z : bool
                  %r = cond %nz, %a, %b (%x: i32, %y: i32) {
                    %q = div %x, %y : i32
                    yield %q
                  } else (%x_1: i32, %y_1: i32) {
                    %m = const -1 : i32
                    yield %m
                  } : i32
                  return %r
                }
                func @alwaysDiv(%a: i32, %b: i32) -> (i32) {
                  %q = div %a, %b : i32
                  return %q
                }
                """));
        assertEquals(3, ip.call1("safeDiv", 7, 2));
        assertEquals(-1, ip.call1("safeDiv", 7, 0));
        assertEquals("/ by zero", assertThrows(ArithmeticException.class, () -> ip.call1("alwaysDiv", 7, 0)).getMessage());
    }

    @Test
    void recursiveCalls() {
        Interpreter ip = new Interpreter(IrParser.parse("""
                func @p.M.fact(%n: i64) -> (i64) {
                  %one = const 1 : i64
                  %base = cmp.le %n, %one : bool
                  %r = cond %base, %n (%k: i64) {
                    %o = const 1 : i64
                    yield %o
                  } else (%k_1: i64) {
                    %o_1 = const 1 : i64
                    %m = sub %k_1, %o_1 : i64
                    %f = call @p.M.fact(%m) : i64
                    %p = mul %k_1, %f : i64
                    yield %p
                  } : i64
                  return %r
                }
                """));
        long f = 1;
        for (int i = 2; i <= 25; i++) f *= i;
        assertEquals(f, ip.call1("p.M.fact", 25L));
    }

    @Test
    void samplesAgreeWithJava() {
        Interpreter ip = new Interpreter(dev.jaxc.ir.Samples.all());
        double[] x = {1.5, -2, 0.25};
        double acc = 0.0;
        for (double e : x) acc = acc + e * e;
        assertEquals(acc, ip.call1("t.Basic.sumsq", (Object) x));
        for (double v : new double[] {2.0, -1.0, 0.0, Double.NaN})
            for (int n : new int[] {0, 3, -2}) {
                double s = Math.sin(v), c = StrictMath.cos(v), r;
                if (v > 0.0) r = s * (double) n;
                else {
                    double a = c;
                    for (int i = n; i >= 0; i += -1) a = a * 0.5;
                    r = a;
                }
                assertEquals(r == r ? r : 0.0, ip.call1("t.Basic.poly", v, n), "poly " + v + " " + n);
            }
        Object[] built = ip.call("t.Arrays.build", 2);
        assertArrayEquals(new double[] {1.5, 0}, (double[]) built[0]);
        assertArrayEquals(new double[][] {{-1.0, 2.5}, {0, 0}}, (double[][]) built[1]);
        assertEquals(2 + 3, built[2]); // nulls.length + (int) ml[1][0]
        assertEquals("Index 0 out of bounds for length 0",
                assertThrows(ArrayIndexOutOfBoundsException.class, () -> ip.call("t.Arrays.build", 0)).getMessage());
        assertEquals(1f, ip.call1("t.Edge.empty", true));
        assertEquals(2f, ip.call1("t.Edge.empty", false));
    }

    @Test
    void argumentsAreChecked() {
        Interpreter ip = new Interpreter(dev.jaxc.ir.Samples.all());
        assertEquals("t.Basic.poly takes 2 arguments, got 1",
                assertThrows(IllegalArgumentException.class, () -> ip.call("t.Basic.poly", 1.0)).getMessage());
        assertEquals("t.Basic.poly: argument 1 must be i32 (Integer), got Long",
                assertThrows(IllegalArgumentException.class, () -> ip.call("t.Basic.poly", 1.0, 2L)).getMessage());
        assertEquals("t.Basic.sumsq: argument 0 must be f64[] (double[]), got float[]",
                assertThrows(IllegalArgumentException.class, () -> ip.call("t.Basic.sumsq", (Object) new float[1])).getMessage());
        assertEquals("no function t.Nope", assertThrows(IllegalArgumentException.class, () -> ip.call("t.Nope")).getMessage());
        assertEquals("t.Arrays.build has 3 results", assertThrows(IllegalArgumentException.class, () -> ip.call1("t.Arrays.build", 1)).getMessage());
        assertThrows(NullPointerException.class, () -> ip.call("t.Basic.sumsq", (Object) null));
        Program bad = IrParser.parse("func @f(%x: f64, %y: f32) -> (f64) {\n  %z = add %x, %y : f64\n  return %z\n}");
        assertThrows(IrVerificationException.class, () -> new Interpreter(bad));
    }
}
