package dev.jaxc.ir.interp;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import dev.jaxc.ir.text.IrParser;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** array.* primitives: Java's behaviour, exceptions and messages, and value semantics of array.set. */
class ArrayInterpreterTest {
    static Interpreter ir(String text) { return new Interpreter(IrParser.parse(text)); }

    static final Interpreter ACCESS = ir("""
            func @get1(%a: f64[], %i: i32) -> (f64) {
              %e = array.get[1] %a, %i : f64
              return %e
            }
            func @get2(%m: i32[][], %i: i32, %j: i32) -> (i32) {
              %e = array.get[2] %m, %i, %j : i32
              return %e
            }
            func @row(%m: i32[][], %i: i32) -> (i32[]) {
              %r = array.get[1] %m, %i : i32[]
              return %r
            }
            func @set1(%a: f64[], %i: i32, %v: f64) -> (f64[]) {
              %b = array.set[1] %a, %i, %v : f64[]
              return %b
            }
            func @set2(%m: i32[][], %i: i32, %j: i32, %v: i32) -> (i32[][]) {
              %b = array.set[2] %m, %i, %j, %v : i32[][]
              return %b
            }
            func @setrow(%m: i32[][], %i: i32, %r: i32[]) -> (i32[][]) {
              %b = array.set[1] %m, %i, %r : i32[][]
              return %b
            }
            func @len(%a: bool[]) -> (i32) {
              %n = array.length %a : i32
              return %n
            }
            func @len2(%m: i32[][], %i: i32) -> (i32) {
              %r = array.get[1] %m, %i : i32[]
              %n = array.length %r : i32
              return %n
            }
            func @copy(%m: i32[][]) -> (i32[][]) {
              %c = array.copy %m : i32[][]
              return %c
            }
            func @new1(%n: i32) -> (f32[]) {
              %a = array.new %n : f32[]
              return %a
            }
            func @new2(%n: i32, %m: i32) -> (i64[][]) {
              %a = array.new %n, %m : i64[][]
              return %a
            }
            func @new2rows(%n: i32) -> (bool[][]) {
              %a = array.new %n : bool[][]
              return %a
            }
            func @new3(%n: i32, %m: i32) -> (f64[][][]) {
              %a = array.new %n, %m : f64[][][]
              return %a
            }
            func @lit(%x: f64, %y: f64) -> (f64[]) {
              %a = array.literal %x, %y, %x : f64[]
              return %a
            }
            func @lit2(%r: i32[], %s: i32[]) -> (i32[][]) {
              %a = array.literal %r, %s : i32[][]
              return %a
            }
            func @empty() -> (i64[]) {
              %a = array.literal : i64[]
              return %a
            }
            """);

    @Test
    void getFollowsJava() {
        assertEquals(2.5, ACCESS.call1("get1", new double[] {1, 2.5}, 1));
        assertEquals(7, ACCESS.call1("get2", new int[][] {{1}, {5, 7}}, 1, 1));
        var e = assertThrows(ArrayIndexOutOfBoundsException.class, () -> ACCESS.call1("get1", new double[3], 5));
        assertEquals("Index 5 out of bounds for length 3", e.getMessage());
        assertEquals("Index -1 out of bounds for length 3",
                assertThrows(ArrayIndexOutOfBoundsException.class, () -> ACCESS.call1("get1", new double[3], -1)).getMessage());
        assertEquals("Index 2 out of bounds for length 2",
                assertThrows(ArrayIndexOutOfBoundsException.class, () -> ACCESS.call1("get2", new int[][] {{1}, {5, 7}}, 1, 2)).getMessage());
        assertThrows(NullPointerException.class, () -> ACCESS.call1("get2", new int[2][], 1, 0));
        assertThrows(NullPointerException.class, () -> ACCESS.call1("get1", null, 0));
        int[][] m = {{1}, {2}};
        assertSame(m[1], ACCESS.call1("row", m, 1));
        assertNull(ACCESS.call1("row", new int[2][], 0));
    }

    @Test
    void setHasValueSemantics() {
        double[] a = {1, 2, 3};
        double[] b = (double[]) ACCESS.call1("set1", a, 1, 9.0);
        assertArrayEquals(new double[] {1, 2, 3}, a);
        assertArrayEquals(new double[] {1, 9, 3}, b);
        int[][] m = {{1, 2}, {3, 4}};
        int[] row0 = m[0], row1 = m[1];
        int[][] n = (int[][]) ACCESS.call1("set2", m, 1, 0, 8);
        assertArrayEquals(new int[][] {{1, 2}, {3, 4}}, m);
        assertArrayEquals(new int[][] {{1, 2}, {8, 4}}, n);
        assertSame(row0, n[0]);
        assertNotSame(row1, n[1]);
        int[] r = {6};
        int[][] k = (int[][]) ACCESS.call1("setrow", m, 0, r);
        assertSame(r, k[0]);
        assertSame(row0, m[0]);
    }

    @Test
    void setChecksLikeJava() {
        assertEquals("Index 3 out of bounds for length 3",
                assertThrows(ArrayIndexOutOfBoundsException.class, () -> ACCESS.call1("set1", new double[3], 3, 1.0)).getMessage());
        assertEquals("Index 4 out of bounds for length 2",
                assertThrows(ArrayIndexOutOfBoundsException.class, () -> ACCESS.call1("set2", new int[2][2], 4, 0, 1)).getMessage());
        assertEquals("Index -2 out of bounds for length 2",
                assertThrows(ArrayIndexOutOfBoundsException.class, () -> ACCESS.call1("set2", new int[2][2], 0, -2, 1)).getMessage());
        assertThrows(NullPointerException.class, () -> ACCESS.call1("set2", new int[2][], 0, 0, 1));
        assertThrows(NullPointerException.class, () -> ACCESS.call1("set1", null, 0, 1.0));
    }

    @Test
    void lengthAndCopy() {
        assertEquals(4, ACCESS.call1("len", new boolean[4]));
        assertEquals(3, ACCESS.call1("len2", new int[][] {{}, {1, 2, 3}}, 1));
        assertThrows(NullPointerException.class, () -> ACCESS.call1("len2", new int[2][], 1));
        int[][] m = {{1}, null};
        int[][] c = (int[][]) ACCESS.call1("copy", (Object) m);
        assertNotSame(m, c);
        assertSame(m[0], c[0]);
        assertNull(c[1]);
        assertThrows(NullPointerException.class, () -> ACCESS.call1("copy", (Object) null));
    }

    @Test
    void newFollowsJava() {
        assertArrayEquals(new float[3], (float[]) ACCESS.call1("new1", 3));
        assertArrayEquals(new long[2][3], (long[][]) ACCESS.call1("new2", 2, 3));
        assertArrayEquals(new boolean[2][], (boolean[][]) ACCESS.call1("new2rows", 2));
        double[][][] t = (double[][][]) ACCESS.call1("new3", 2, 1);
        assertEquals(2, t.length);
        assertEquals(1, t[0].length);
        assertNull(t[1][0]);
        assertEquals("-1", assertThrows(NegativeArraySizeException.class, () -> ACCESS.call1("new1", -1)).getMessage());
        assertEquals("-2", assertThrows(NegativeArraySizeException.class, () -> ACCESS.call1("new2", 3, -2)).getMessage());
        assertEquals("-1", assertThrows(NegativeArraySizeException.class, () -> ACCESS.call1("new2", -1, -2)).getMessage());
        assertEquals("-3", assertThrows(NegativeArraySizeException.class, () -> ACCESS.call1("new2rows", -3)).getMessage());
    }

    @Test
    void literals() {
        assertArrayEquals(new double[] {1, 2, 1}, (double[]) ACCESS.call1("lit", 1.0, 2.0));
        int[] r = {1};
        int[][] m = (int[][]) ACCESS.call1("lit2", r, null);
        assertSame(r, m[0]);
        assertNull(m[1]);
        assertArrayEquals(new long[0], (long[]) ACCESS.call1("empty"));
    }

    /** Programs where an array is observable after an array.set of it: each must see the old value. */
    static final Interpreter ALIASING = ir("""
            func @rowThenSet(%n: i32) -> (f64[], f64[][]) {
              %z = const 0 : i32
              %v = const 5.0 : f64
              %m = array.new %n, %n : f64[][]
              %r = array.get[1] %m, %z : f64[]
              %m2 = array.set[2] %m, %z, %z, %v : f64[][]
              return %r, %m2
            }
            func @selectThenSet(%n: i32, %p: bool) -> (f64[], f64[]) {
              %z = const 0 : i32
              %v = const 5.0 : f64
              %a = array.new %n : f64[]
              %b = array.new %n : f64[]
              %s = select %p, %a, %b : f64[]
              %a2 = array.set[1] %a, %z, %v : f64[]
              return %s, %a2
            }
            func @initKept(%n: i32) -> (f64[], f64[]) {
              %z = const 0 : i32
              %a = array.new %n : f64[]
              %r = for[step=1] %z, %n iter(%a) (%i: i32, %x: f64[]) {
                %d = convert.f64 %i : f64
                %x2 = array.set[1] %x, %i, %d : f64[]
                yield %x2
              } : f64[]
              return %a, %r
            }
            func @id(%a: f64[]) -> (f64[]) {
              return %a
            }
            func @callThenSet(%n: i32) -> (f64[], f64[]) {
              %z = const 0 : i32
              %v = const 5.0 : f64
              %a = array.new %n : f64[]
              %y = call @id(%a) : f64[]
              %a2 = array.set[1] %a, %z, %v : f64[]
              return %y, %a2
            }
            func @literalThenSet(%n: i32) -> (f64[][], f64[]) {
              %z = const 0 : i32
              %v = const 5.0 : f64
              %r = array.new %n : f64[]
              %m = array.literal %r, %r : f64[][]
              %r2 = array.set[1] %r, %z, %v : f64[]
              return %m, %r2
            }
            func @copyThenSet(%n: i32) -> (f64[][], f64[][]) {
              %z = const 0 : i32
              %v = const 5.0 : f64
              %m = array.new %n, %n : f64[][]
              %c = array.copy %m : f64[][]
              %m2 = array.set[2] %m, %z, %z, %v : f64[][]
              return %c, %m2
            }
            func @constAndCarry(%n: i32) -> (f64[], f64[]) {
              %z = const 0 : i32
              %a = array.new %n : f64[]
              %r = for[step=1] %z, %n consts(%a) iter(%a) (%i: i32, %k: f64[], %x: f64[]) {
                %e = array.get[1] %k, %i : f64
                %one = const 1.0 : f64
                %e1 = add %e, %one : f64
                %x2 = array.set[1] %x, %i, %e1 : f64[]
                yield %x2
              } : f64[]
              return %a, %r
            }
            func @swapCarries(%n: i32) -> (f64[], f64[]) {
              %z = const 0 : i32
              %a = array.new %n : f64[]
              %b = array.new %n : f64[]
              %ra, %rb = for[step=1] %z, %n iter(%a, %b) (%i: i32, %x: f64[], %y: f64[]) {
                %d = convert.f64 %i : f64
                %x2 = array.set[1] %x, %i, %d : f64[]
                yield %y, %x2
              } : f64[], f64[]
              return %ra, %rb
            }
            """);

    @Test
    void inPlaceUpdatesAreUnobservable() {
        Object[] r = ALIASING.call("rowThenSet", 2);
        assertArrayEquals(new double[2], (double[]) r[0]);
        assertArrayEquals(new double[][] {{5, 0}, {0, 0}}, (double[][]) r[1]);
        r = ALIASING.call("selectThenSet", 2, true);
        assertArrayEquals(new double[2], (double[]) r[0]);
        assertArrayEquals(new double[] {5, 0}, (double[]) r[1]);
        r = ALIASING.call("initKept", 3);
        assertArrayEquals(new double[3], (double[]) r[0]);
        assertArrayEquals(new double[] {0, 1, 2}, (double[]) r[1]);
        r = ALIASING.call("callThenSet", 2);
        assertArrayEquals(new double[2], (double[]) r[0]);
        assertArrayEquals(new double[] {5, 0}, (double[]) r[1]);
        r = ALIASING.call("literalThenSet", 1);
        assertArrayEquals(new double[][] {{0}, {0}}, (double[][]) r[0]);
        assertArrayEquals(new double[] {5}, (double[]) r[1]);
        r = ALIASING.call("copyThenSet", 2);
        assertArrayEquals(new double[2][2], (double[][]) r[0]);
        assertArrayEquals(new double[][] {{5, 0}, {0, 0}}, (double[][]) r[1]);
        r = ALIASING.call("constAndCarry", 3);
        assertArrayEquals(new double[3], (double[]) r[0]);
        assertArrayEquals(new double[] {1, 1, 1}, (double[]) r[1]);
        // Java: x and y swap roles each iteration; x[i] = i is written into alternating arrays.
        r = ALIASING.call("swapCarries", 4);
        assertArrayEquals(new double[] {0, 0, 2, 0}, (double[]) r[0]);
        assertArrayEquals(new double[] {0, 1, 0, 3}, (double[]) r[1]);
    }

    @Test
    void fillingAnArrayInALoopIsLinear() {
        int n = 300_000;
        double[] r = assertTimeoutPreemptively(Duration.ofSeconds(20), () -> (double[]) ALIASING.call("initKept", n)[1]);
        assertEquals(n - 1.0, r[n - 1]);
    }
}
