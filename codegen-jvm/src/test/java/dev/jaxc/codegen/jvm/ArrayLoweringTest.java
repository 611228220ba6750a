package dev.jaxc.codegen.jvm;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.jaxc.ir.Builder;
import dev.jaxc.ir.DType;
import dev.jaxc.ir.Function;
import dev.jaxc.ir.Loc;
import dev.jaxc.ir.Program;
import dev.jaxc.ir.Type;
import dev.jaxc.ir.Value;
import dev.jaxc.ir.prim.CmpOp;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Array ops: Java's instructions and exceptions, and array.set's value semantics — in place
 * where the old array is dead and owned (no copies in ordinary loops), copied where it is not.
 */
class ArrayLoweringTest {
    private static final String C = "t.Arr";
    private static final Type D1 = Type.array(DType.F64, 1), D2 = Type.array(DType.F64, 2), D3 = Type.array(DType.F64, 3);
    private static Compiled compiled;

    static Function fn(String name, List<Type> params, List<String> names, Builder.RegionBody body) {
        return Builder.function(C + "." + name, params, names, Loc.UNKNOWN, body);
    }

    static String f(String name) { return C + "." + name; }

    static Value i2d(Builder b, Value i) { return b.convert(i, DType.F64); }

    @BeforeAll
    static void build() {
        Program p = new Program();
        // y = new double[n]; for (i < n) y[i] = i * 0.5
        p.add(fn("fill", List.of(Type.I32), List.of("n"), (b, ps) -> {
            Value y = b.arrayNew(DType.F64, 1, ps.get(0));
            return b.forLoop(b.i32(0), ps.get(0), 1, false, List.of(), List.of(y), (bb, q) ->
                    List.of(bb.arraySet(q.get(1), q.get(0), bb.mul(i2d(bb, q.get(0)), bb.f64(0.5)))));
        }));
        // y[i] = x[i] * 2 with x a parameter
        p.add(fn("scale", List.of(D1), List.of("x"), (b, ps) -> {
            Value n = b.arrayLength(ps.get(0));
            Value y = b.arrayNew(DType.F64, 1, n);
            return b.forLoop(b.i32(0), n, 1, false, List.of(ps.get(0)), List.of(y), (bb, q) ->
                    List.of(bb.arraySet(q.get(2), q.get(0), bb.mul(bb.arrayGet(q.get(1), q.get(0)), bb.f64(2)))));
        }));
        // writing a parameter copies it
        p.add(fn("setParam", List.of(D1), List.of("x"), (b, ps) -> List.of(b.arraySet(ps.get(0), b.i32(0), b.f64(42)))));
        // the old value stays readable after a set
        p.add(fn("oldValue", List.of(), List.of(), (b, ps) -> {
            Value a = b.arrayLiteral(DType.F64, 1, List.of(b.f64(1), b.f64(2), b.f64(3)));
            Value a2 = b.arraySet(a, b.i32(0), b.f64(9));
            return List.of(b.add(b.arrayGet(a, b.i32(0)), b.mul(b.arrayGet(a2, b.i32(0)), b.f64(10))));
        }));
        // c[i][j] = i * m + j
        p.add(fn("fill2d", List.of(Type.I32, Type.I32), List.of("n", "m"), (b, ps) -> {
            Value c = b.arrayNew(DType.F64, 2, ps.get(0), ps.get(1));
            return b.forLoop(b.i32(0), ps.get(0), 1, false, List.of(ps.get(1)), List.of(c), (bi, qi) ->
                    bi.forLoop(bi.i32(0), qi.get(1), 1, false, List.of(qi.get(0), qi.get(1)), List.of(qi.get(2)), (bj, qj) -> {
                        Value v = bj.add(bj.mul(qj.get(1), qj.get(2)), qj.get(0));
                        return List.of(bj.arraySet(qj.get(3), qj.get(1), qj.get(0), i2d(bj, v)));
                    }));
        }));
        // a row read before a 2-index set keeps the old element
        p.add(fn("borrow", List.of(), List.of(), (b, ps) -> {
            Value m = b.arrayNew(DType.F64, 2, b.i32(2), b.i32(2));
            Value r = b.arrayGet(m, b.i32(0));
            Value m2 = b.arraySet(m, b.i32(0), b.i32(0), b.f64(5));
            return List.of(b.add(b.arrayGet(r, b.i32(0)), b.mul(b.arrayGet(m2, b.i32(0), b.i32(0)), b.f64(10))));
        }));
        // ... but a row only read before the set does not force a copy
        p.add(fn("borrowEnded", List.of(), List.of(), (b, ps) -> {
            Value m = b.arrayNew(DType.F64, 2, b.i32(2), b.i32(2));
            Value r = b.arrayGet(m, b.i32(0));
            Value x = b.arrayGet(r, b.i32(1));
            Value m2 = b.arraySet(m, b.i32(0), b.i32(0), b.f64(5));
            return List.of(b.add(x, b.arrayGet(m2, b.i32(0), b.i32(0))));
        }));
        // a row read out and passed to the loop that writes the matrix: for (j < 3) m[0][j] = r[0] + 1
        p.add(fn("borrowIntoLoop", List.of(), List.of(), (b, ps) -> {
            Value m = b.arrayNew(DType.F64, 2, b.i32(2), b.i32(3));
            Value r = b.arrayGet(m, b.i32(0));
            return b.forLoop(b.i32(0), b.i32(3), 1, false, List.of(r), List.of(m), (bb, q) -> {
                Value v = bb.add(bb.arrayGet(q.get(1), bb.i32(0)), bb.f64(1));
                return List.of(bb.arraySet(q.get(2), bb.i32(0), q.get(0), v));
            });
        }));
        // a row stored into a matrix and then written: the matrix keeps the old row
        p.add(fn("storedRow", List.of(), List.of(), (b, ps) -> {
            Value row = b.arrayNew(DType.F64, 1, b.i32(2));
            Value m = b.arrayNew(DType.F64, 2, b.i32(2));
            Value m2 = b.arraySet(m, b.i32(0), row);
            Value row2 = b.arraySet(row, b.i32(0), b.f64(7));
            return List.of(b.add(b.arrayGet(m2, b.i32(0), b.i32(0)), b.mul(b.arrayGet(row2, b.i32(0)), b.f64(10))));
        }));
        // a call may return its argument: writing the argument afterwards must not change the result
        p.add(fn("id", List.of(D1), List.of("a"), (b, ps) -> List.of(ps.get(0))));
        p.add(fn("callAlias", List.of(), List.of(), (b, ps) -> {
            Value x = b.arrayNew(DType.F64, 1, b.i32(3));
            Value y = b.call(f("id"), List.of(D1), List.of(x)).get(0);
            Value x2 = b.arraySet(x, b.i32(0), b.f64(1));
            return List.of(b.add(b.arrayGet(y, b.i32(0)), b.mul(b.arrayGet(x2, b.i32(0)), b.f64(10))));
        }));
        // an array a callee makes is the caller's to write
        p.add(fn("fresh", List.of(D1), List.of("a"), (b, ps) -> List.of(b.arrayCopy(ps.get(0)))));
        p.add(fn("writesFresh", List.of(D1), List.of("x"), (b, ps) -> {
            Value y = b.call(f("fresh"), List.of(D1), List.of(ps.get(0))).get(0);
            return List.of(b.arraySet(y, b.i32(0), b.f64(7)));
        }));
        // an outer loop's const as an inner loop's init: the inner loop must not write where the const lives
        p.add(fn("constInit", List.of(D1), List.of("x"), (b, ps) -> {
            Value s = b.forLoop(b.i32(0), b.i32(3), 1, false, List.of(ps.get(0)), List.of(b.f64(0)), (bt, qt) -> {
                Value inner = bt.forLoop(bt.i32(0), bt.i32(2), 1, false, List.of(qt.get(0)), List.of(qt.get(1)), (bj, qj) ->
                        List.of(bj.arraySet(qj.get(2), qj.get(0), bj.add(bj.arrayGet(qj.get(2), qj.get(0)), i2d(bj, qj.get(1)))))).get(0);
                return List.of(bt.add(qt.get(2), bt.arrayGet(inner, bt.i32(0))));
            }).get(0);
            return List.of(b.add(s, b.arrayGet(ps.get(0), b.i32(0))));
        }));
        // a loop may yield its const: writing that array afterwards must not change the loop's result
        p.add(fn("constAlias", List.of(), List.of(), (b, ps) -> {
            Value x = b.arrayNew(DType.F64, 1, b.i32(1));
            Value y = b.forLoop(b.i32(0), b.i32(1), 1, false, List.of(x), List.of(b.arrayNew(DType.F64, 1, b.i32(1))),
                    (bb, q) -> List.of(q.get(1))).get(0);
            Value x2 = b.arraySet(x, b.i32(0), b.f64(3));
            return List.of(b.add(b.arrayGet(y, b.i32(0)), b.mul(b.arrayGet(x2, b.i32(0)), b.f64(10))));
        }));
        // if (i % 2 == 0) y[i] = i
        p.add(fn("condSet", List.of(Type.I32), List.of("n"), (b, ps) -> {
            Value y = b.arrayNew(DType.F64, 1, ps.get(0));
            return b.forLoop(b.i32(0), ps.get(0), 1, false, List.of(), List.of(y), (bb, q) -> {
                Value even = bb.compare(CmpOp.EQ, bb.binary(dev.jaxc.ir.prim.BinaryOp.REM, q.get(0), bb.i32(2)), bb.i32(0));
                return bb.cond(even, List.of(q.get(1), q.get(0)),
                        (t, x) -> List.of(t.arraySet(x.get(0), x.get(1), i2d(t, x.get(1)))),
                        (e, x) -> List.of(x.get(0)));
            });
        }));
        // a parameter as a written carry: copied once before the loop
        p.add(fn("paramCarry", List.of(D1), List.of("x"), (b, ps) ->
                b.forLoop(b.i32(0), b.arrayLength(ps.get(0)), 1, false, List.of(), List.of(ps.get(0)), (bb, q) ->
                        List.of(bb.arraySet(q.get(1), q.get(0), bb.add(bb.arrayGet(q.get(1), q.get(0)), bb.f64(1)))))));
        // a matrix parameter as a carry written at [i][j]: deep-copied once
        p.add(fn("paramCarry2d", List.of(D2), List.of("m"), (b, ps) ->
                b.forLoop(b.i32(0), b.arrayLength(ps.get(0)), 1, false, List.of(), List.of(ps.get(0)), (bi, qi) -> {
                    Value len = bi.arrayLength(bi.arrayGet(qi.get(1), qi.get(0)));
                    return bi.forLoop(bi.i32(0), len, 1, false, List.of(qi.get(0)), List.of(qi.get(1)), (bj, qj) -> {
                        Value old = bj.arrayGet(qj.get(2), qj.get(1), qj.get(0));
                        return List.of(bj.arraySet(qj.get(2), qj.get(1), qj.get(0), bj.mul(old, bj.f64(3))));
                    });
                })));
        // double buffering: next[i] = cur[i] + cur[(i + 1) % n]; swap — no copies
        p.add(fn("smooth", List.of(D1, Type.I32), List.of("x", "steps"), (b, ps) -> {
            Value cur = b.arrayCopy(ps.get(0));
            Value n = b.arrayLength(cur);
            Value next = b.arrayNew(DType.F64, 1, n);
            List<Value> r = b.forLoop(b.i32(0), ps.get(1), 1, false, List.of(n), List.of(cur, next), (bt, qt) -> {
                Value nn = qt.get(1), c = qt.get(2), nx = qt.get(3);
                Value filled = bt.forLoop(bt.i32(0), nn, 1, false, List.of(c, nn), List.of(nx), (bi, qi) -> {
                    Value i = qi.get(0);
                    Value j = bi.binary(dev.jaxc.ir.prim.BinaryOp.REM, bi.add(i, bi.i32(1)), qi.get(2));
                    Value v = bi.add(bi.arrayGet(qi.get(1), i), bi.arrayGet(qi.get(1), j));
                    return List.of(bi.arraySet(qi.get(3), i, v));
                }).get(0);
                return List.of(filled, c);
            });
            return List.of(r.get(0));
        }));
        // copy of a matrix shares rows: writing an element of the copy must not touch the original
        p.add(fn("copy2d", List.of(), List.of(), (b, ps) -> {
            Value m = b.arrayNew(DType.F64, 2, b.i32(2), b.i32(2));
            Value c = b.arrayCopy(m);
            Value c2 = b.arraySet(c, b.i32(0), b.i32(0), b.f64(5));
            return List.of(b.add(b.arrayGet(m, b.i32(0), b.i32(0)), b.mul(b.arrayGet(c2, b.i32(0), b.i32(0)), b.f64(10))));
        }));
        // while form: i = 0; while (i < n) { y[i] = i; i++; }
        p.add(fn("whileFill", List.of(Type.I32), List.of("n"), (b, ps) -> {
            Value y = b.arrayNew(DType.I32, 1, ps.get(0));
            return List.of(b.whileLoop(List.of(ps.get(0)), List.of(b.i32(0), y),
                    (c, q) -> List.of(c.compare(CmpOp.LT, q.get(1), q.get(0)), q.get(1), q.get(2)),
                    (bd, q) -> List.of(bd.add(q.get(1), bd.i32(1)), bd.arraySet(q.get(2), q.get(1), q.get(1)))).get(1));
        }));
        // 3-index set on a fresh cube, and on a parameter cube
        p.add(fn("cube", List.of(Type.I32), List.of("n"), (b, ps) -> {
            Value c = b.arrayNew(DType.F64, 3, ps.get(0), ps.get(0), ps.get(0));
            return List.of(b.arraySet(c, b.i32(1), b.i32(0), b.i32(1), b.f64(4)));
        }));
        // a cube parameter carried through a loop that writes c[i][0][1]: deep-copied once, planes and rows
        p.add(fn("cubeCarry", List.of(D3), List.of("c"), (b, ps) ->
                b.forLoop(b.i32(0), b.arrayLength(ps.get(0)), 1, false, List.of(), List.of(ps.get(0)), (bb, q) ->
                        List.of(bb.arraySet(q.get(1), q.get(0), bb.i32(0), bb.i32(1), i2d(bb, q.get(0)))))));
        p.add(fn("newPlanes", List.of(Type.I32, Type.I32), List.of("n", "m"), (b, ps) -> List.of(b.arrayNew(DType.F64, 3, ps.get(0), ps.get(1)))));
        p.add(fn("cubeParam", List.of(D3), List.of("c"), (b, ps) -> List.of(b.arraySet(ps.get(0), b.i32(1), b.i32(0), b.i32(1), b.f64(4)))));
        // get/set/new/literal/length for every element type
        for (DType d : DType.values()) {
            Type t1 = Type.array(d, 1);
            p.add(fn("roundTrip_" + d.irName(), List.of(Type.scalar(d), Type.scalar(d)), List.of("a", "b"), (b, ps) -> {
                Value lit = b.arrayLiteral(d, 1, List.of(ps.get(0), ps.get(1)));
                Value arr = b.arrayNew(d, 1, b.arrayLength(lit));
                Value a2 = b.arraySet(arr, b.i32(1), b.arrayGet(lit, b.i32(0)));
                return List.of(b.arraySet(a2, b.i32(0), b.arrayGet(lit, b.i32(1))));
            }));
            p.add(fn("get_" + d.irName(), List.of(t1, Type.I32), List.of("a", "i"), (b, ps) -> List.of(b.arrayGet(ps.get(0), ps.get(1)))));
        }
        p.add(fn("newD1", List.of(Type.I32), List.of("n"), (b, ps) -> List.of(b.arrayNew(DType.F64, 1, ps.get(0)))));
        p.add(fn("newD2", List.of(Type.I32, Type.I32), List.of("n", "m"), (b, ps) -> List.of(b.arrayNew(DType.F64, 2, ps.get(0), ps.get(1)))));
        p.add(fn("newRows", List.of(Type.I32), List.of("n"), (b, ps) -> List.of(b.arrayNew(DType.F64, 2, ps.get(0)))));
        p.add(fn("get2", List.of(D2, Type.I32, Type.I32), List.of("m", "i", "j"), (b, ps) -> List.of(b.arrayGet(ps.get(0), ps.get(1), ps.get(2)))));
        p.add(fn("set1", List.of(Type.I32, Type.I32), List.of("n", "i"), (b, ps) ->
                List.of(b.arraySet(b.arrayNew(DType.F64, 1, ps.get(0)), ps.get(1), b.f64(1)))));
        p.add(fn("set2", List.of(Type.I32, Type.I32), List.of("i", "j"), (b, ps) ->
                List.of(b.arraySet(b.arrayNew(DType.F64, 2, b.i32(2)), ps.get(0), ps.get(1), b.f64(1)))));
        p.add(fn("length", List.of(D1), List.of("x"), (b, ps) -> List.of(b.arrayLength(ps.get(0)))));
        p.add(fn("literal2d", List.of(D1, D1), List.of("a", "b"), (b, ps) -> List.of(b.arrayLiteral(DType.F64, 2, List.of(ps.get(0), ps.get(1), ps.get(0))))));
        p.add(fn("selectRow", List.of(Type.BOOL, D1, D1), List.of("p", "a", "b"), (b, ps) -> List.of(b.select(ps.get(0), ps.get(1), ps.get(2)))));
        compiled = Compiled.of(p, C);
    }

    @Test
    void plainLoopsWriteInPlace() {
        assertArrayEquals(new double[] {0, 0.5, 1, 1.5}, (double[]) compiled.run(f("fill"), 4));
        assertEquals(1, compiled.allocations(f("fill")), compiled.text(f("fill")));
        double[] x = {1, -2, 3};
        assertArrayEquals(new double[] {2, -4, 6}, (double[]) compiled.run(f("scale"), (Object) x));
        assertEquals(1, compiled.allocations(f("scale")));
        double[][] c = (double[][]) compiled.run(f("fill2d"), 3, 4);
        for (int i = 0; i < 3; i++) for (int j = 0; j < 4; j++) assertEquals(i * 4 + j, c[i][j]);
        assertEquals(1, compiled.allocations(f("fill2d")), compiled.text(f("fill2d")));
        assertArrayEquals(new double[] {0, 0, 2, 0, 4}, (double[]) compiled.run(f("condSet"), 5));
        assertEquals(1, compiled.allocations(f("condSet")), compiled.text(f("condSet")));
        assertArrayEquals(new int[] {0, 1, 2, 3}, (int[]) compiled.run(f("whileFill"), 4));
        assertEquals(1, compiled.allocations(f("whileFill")), compiled.text(f("whileFill")));
    }

    @Test
    void doubleBufferingCopiesNothingInTheLoop() {
        double[] x = {1, 2, 3, 4};
        double[] cur = x.clone(), next = new double[4];
        for (int t = 0; t < 3; t++) {
            for (int i = 0; i < 4; i++) next[i] = cur[i] + cur[(i + 1) % 4];
            double[] tmp = cur;
            cur = next;
            next = tmp;
        }
        assertArrayEquals(cur, (double[]) compiled.run(f("smooth"), x, 3));
        assertArrayEquals(new double[] {1, 2, 3, 4}, x);
        assertEquals(2, compiled.allocations(f("smooth")), compiled.text(f("smooth")));
    }

    @Test
    void writesToParametersCopy() {
        double[] x = {1, 2};
        double[] y = (double[]) compiled.run(f("setParam"), (Object) x);
        assertArrayEquals(new double[] {42, 2}, y);
        assertArrayEquals(new double[] {1, 2}, x);
        double[] z = (double[]) compiled.run(f("paramCarry"), (Object) x);
        assertArrayEquals(new double[] {2, 3}, z);
        assertArrayEquals(new double[] {1, 2}, x);
        assertEquals(1, compiled.allocations(f("paramCarry")), "one copy, before the loop");
        double[][] m = {{1, 2}, {3}};
        double[][] m3 = (double[][]) compiled.run(f("paramCarry2d"), (Object) m);
        assertArrayEquals(new double[] {3, 6}, m3[0]);
        assertArrayEquals(new double[] {9}, m3[1]);
        assertArrayEquals(new double[] {1, 2}, m[0]);
        assertArrayEquals(new double[] {3}, m[1]);
        assertEquals(1, compiled.allocations(f("paramCarry2d")), "one deep copy, before the loops");
        double[][][] cube = new double[2][2][2];
        double[][][] c2 = (double[][][]) compiled.run(f("cubeParam"), (Object) cube);
        assertEquals(4, c2[1][0][1]);
        assertEquals(0, cube[1][0][1]);
        assertNotSame(cube[1], c2[1]);
        assertEquals(((double[][][]) compiled.run(f("cube"), 2))[1][0][1], 4);
        double[][][] cube2 = {{{0, 0}, null}, {{5, 5}}, {null}};
        double[][][] out = (double[][][]) compiled.run(f("cubeCarry"), (Object) new double[][][] {{{0, 0}, null}, {{5, 5}}, {{7, 7}}});
        assertEquals(0, out[0][0][1]);
        assertEquals(1, out[1][0][1]);
        assertEquals(2, out[2][0][1]);
        assertEquals(null, out[0][1]);
        assertThrows(NullPointerException.class, () -> compiled.call(f("cubeCarry"), (Object) cube2));
        assertEquals(1, compiled.allocations(f("cubeCarry")), "one deep copy before the loop");
        double[][][] planes = (double[][][]) compiled.run(f("newPlanes"), 2, 3);
        assertEquals(3, planes[1].length);
        assertEquals(null, planes[1][2]);
        assertEquals(1, compiled.allocations(f("cube")));
    }

    @Test
    void valueSemanticsWhereJavaWouldAlias() {
        Compiled.assertSameDouble(1 + 90, compiled.run(f("oldValue")), "old value after set");
        Compiled.assertSameDouble(50, compiled.run(f("borrow")), "borrowed row");
        Compiled.assertSameDouble(5, compiled.run(f("borrowEnded")), "borrow ended");
        assertEquals(1, compiled.allocations(f("borrowEnded")), compiled.text(f("borrowEnded")));
        Compiled.assertSameDouble(70, compiled.run(f("storedRow")), "stored row");
        assertArrayEquals(new double[] {1, 1, 1}, ((double[][]) compiled.run(f("borrowIntoLoop")))[0]);
        Compiled.assertSameDouble(10, compiled.run(f("callAlias")), "call result alias");
        double[] x = {1, 2};
        assertArrayEquals(new double[] {7, 2}, (double[]) compiled.run(f("writesFresh"), (Object) x));
        assertArrayEquals(new double[] {1, 2}, x);
        assertEquals(0, compiled.allocations(f("writesFresh")), compiled.text(f("writesFresh")));
        Compiled.assertSameDouble(30, compiled.run(f("constAlias")), "loop const alias");
        Compiled.assertSameDouble(50, compiled.run(f("copy2d")), "copy shares rows");
        double[] c = {1, 2};
        double s = 0;
        for (int t = 0; t < 3; t++) {
            double[] inner = c.clone();
            for (int j = 0; j < 2; j++) inner[j] += t;
            s += inner[0];
        }
        Compiled.assertSameDouble(s + c[0], compiled.run(f("constInit"), (Object) c), "outer const as inner init");
        assertArrayEquals(new double[] {1, 2}, c);
    }

    @Test
    void everyElementType() {
        Object[][] pairs = {{1.5, -0.0}, {1.5f, 2.5f}, {3L, Long.MIN_VALUE}, {4, -7}, {true, false}};
        DType[] types = {DType.F64, DType.F32, DType.I64, DType.I32, DType.BOOL};
        for (int k = 0; k < types.length; k++) {
            Object r = compiled.run(f("roundTrip_" + types[k].irName()), pairs[k][0], pairs[k][1]);
            assertEquals(pairs[k][1], java.lang.reflect.Array.get(r, 0));
            assertEquals(pairs[k][0], java.lang.reflect.Array.get(r, 1));
            assertEquals(pairs[k][1], compiled.run(f("get_" + types[k].irName()), r, 0));
        }
        assertEquals(3, compiled.run(f("length"), (Object) new double[3]));
        double[] a = {1}, b = {2};
        double[][] lit = (double[][]) compiled.run(f("literal2d"), a, b);
        assertEquals(3, lit.length);
        org.junit.jupiter.api.Assertions.assertSame(a, lit[0]);
        org.junit.jupiter.api.Assertions.assertSame(a, lit[2]);
        assertEquals(b, compiled.run(f("selectRow"), false, a, b));
        double[][] rows = (double[][]) compiled.run(f("newRows"), 2);
        assertEquals(null, rows[1]);
    }

    @Test
    void exceptionsAreJavas() {
        assertJava(() -> (new double[3])[5], f("get_f64"), new double[3], 5);
        assertJava(() -> (new double[3])[-1], f("get_f64"), new double[3], -1);
        assertJava(() -> new double[-1], f("newD1"), -1);
        assertJava(() -> new double[2][-3], f("newD2"), 2, -3);
        assertJava(() -> new double[-2][3], f("newD2"), -2, 3);
        assertJava(() -> { double[] y = new double[2]; y[2] = 1; return y; }, f("set1"), 2, 2);
        assertJava(() -> { double[][] m = new double[2][]; m[1][0] = 1; return m; }, f("set2"), 1, 0);
        assertJava(() -> { double[][] m = new double[2][]; m[2][0] = 1; return m; }, f("set2"), 2, 0);
        assertThrows(NullPointerException.class, () -> compiled.call(f("get2"), new double[2][], 0, 0));
        assertThrows(NullPointerException.class, () -> compiled.call(f("length"), (Object) null));
    }

    interface Java { Object run(); }

    private static void assertJava(Java java, String fn, Object... args) {
        Throwable expected = assertThrows(RuntimeException.class, java::run);
        Throwable actual = assertThrows(RuntimeException.class, () -> compiled.call(fn, args));
        assertEquals(expected.getClass(), actual.getClass(), fn);
        if (!(expected instanceof NullPointerException)) assertEquals(expected.getMessage(), actual.getMessage(), fn);
    }
}
