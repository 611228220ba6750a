package dev.jaxc.codegen.jvm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.jaxc.ir.Builder;
import dev.jaxc.ir.DType;
import dev.jaxc.ir.Function;
import dev.jaxc.ir.Loc;
import dev.jaxc.ir.Program;
import dev.jaxc.ir.Type;
import dev.jaxc.ir.Value;
import dev.jaxc.ir.prim.*;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Every scalar primitive on every dtype it accepts, against the Java expression it stands for. */
class ScalarLoweringTest {
    private static final String C = "t.Ops";
    private static Compiled compiled;

    static final List<Object> F64 = List.of(0.0, -0.0, 1.5, -2.75, 3.0, 0.5, 1e300, -1e-300, Double.NaN,
            Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, 2.5e9, -7.9e18);
    static final List<Object> F32 = List.of(0.0f, -0.0f, 1.5f, -2.75f, 3.0f, 0.5f, 1e30f, Float.NaN,
            Float.POSITIVE_INFINITY, Float.NEGATIVE_INFINITY, 2.5e9f, Float.MIN_VALUE);
    static final List<Object> I64 = List.of(0L, 1L, -1L, 7L, -13L, 64L, Long.MAX_VALUE, Long.MIN_VALUE, 1L << 40);
    static final List<Object> I32 = List.of(0, 1, -1, 7, -13, 33, Integer.MAX_VALUE, Integer.MIN_VALUE, 100000);
    static final List<Object> BOOL = List.of(false, true);

    static List<Object> values(DType d) {
        return switch (d) {
            case F64 -> F64;
            case F32 -> F32;
            case I64 -> I64;
            case I32 -> I32;
            case BOOL -> BOOL;
        };
    }

    static String fn(String kind, Object op, DType d) { return C + "." + kind + "_" + op.toString().toLowerCase() + "_" + d.irName(); }

    @BeforeAll
    static void build() {
        Program p = new Program();
        for (UnaryOp op : UnaryOp.values())
            for (DType d : DType.values()) {
                if (!op.accepts(d)) continue;
                p.add(fn1(fn("u", op, d), d, (b, x) -> b.unary(op, x)));
                if (op.isMathFunction()) p.add(fn1(fn("su", op, d), d, (b, x) -> b.emit1(new Unary(op, true), x)));
            }
        for (BinaryOp op : BinaryOp.values())
            for (DType d : DType.values()) {
                if (!op.accepts(d)) continue;
                DType second = op.domain() == BinaryOp.Domain.SHIFT ? DType.I32 : d;
                p.add(fn2(fn("b", op, d), d, second, (b, x, y) -> b.binary(op, x, y)));
                if (op.isMathFunction()) p.add(fn2(fn("sb", op, d), d, second, (b, x, y) -> b.emit1(new Binary(op, true), x, y)));
            }
        for (CmpOp op : CmpOp.values())
            for (DType d : DType.values()) {
                if (d == DType.BOOL && op != CmpOp.EQ && op != CmpOp.NE) continue;
                p.add(fn2(fn("c", op, d), d, d, (b, x, y) -> b.compare(op, x, y)));
            }
        for (DType from : DType.values())
            for (DType to : DType.values())
                if (from.isNumeric() && to.isNumeric()) p.add(fn1(fn("v", from, to), from, (b, x) -> b.emit1(new Convert(to), x)));
        for (DType d : DType.values())
            p.add(Builder.function(C + ".sel_" + d.irName(), List.of(Type.BOOL, Type.scalar(d), Type.scalar(d)),
                    List.of("p", "a", "b"), Loc.UNKNOWN, (b, ps) -> List.of(b.select(ps.get(0), ps.get(1), ps.get(2)))));
        for (int i = 0; i < CONSTS.size(); i++) {
            Const c = CONSTS.get(i);
            p.add(Builder.function(C + ".k" + i, List.of(), List.of(), Loc.UNKNOWN, (b, ps) -> List.of(b.constant(c))));
        }
        compiled = Compiled.of(p, C);
    }

    interface B1 { Value apply(Builder b, Value x); }

    interface B2 { Value apply(Builder b, Value x, Value y); }

    static Function fn1(String name, DType d, B1 body) {
        return Builder.function(name, List.of(Type.scalar(d)), List.of("x"), Loc.UNKNOWN, (b, ps) -> List.of(body.apply(b, ps.get(0))));
    }

    static Function fn2(String name, DType d, DType d2, B2 body) {
        return Builder.function(name, List.of(Type.scalar(d), Type.scalar(d2)), List.of("x", "y"), Loc.UNKNOWN,
                (b, ps) -> List.of(body.apply(b, ps.get(0), ps.get(1))));
    }

    /** Same value (NaN equal to NaN, 0.0 not -0.0) or the same exception type and message. */
    static void check(String what, Supplier<Object> expected, String fn, Object... args) {
        Object e, a;
        try {
            e = expected.get();
        } catch (RuntimeException ex) {
            e = ex;
        }
        try {
            a = compiled.call(fn, args);
        } catch (Throwable ex) {
            a = ex;
        }
        String msg = what + java.util.Arrays.toString(args);
        if (e instanceof Throwable et) {
            assertTrue(a instanceof Throwable, msg + ": expected " + et + ", got " + a);
            assertEquals(et.getClass(), a.getClass(), msg);
            assertEquals(et.getMessage(), ((Throwable) a).getMessage(), msg);
        } else if (e instanceof Double d) {
            Compiled.assertSameDouble(d, a, msg);
        } else if (e instanceof Float f) {
            Compiled.assertSameFloat(f, a, msg);
        } else {
            assertEquals(e, a, msg);
        }
    }

    @Test
    void unaryOps() {
        int checked = 0;
        for (UnaryOp op : UnaryOp.values())
            for (DType d : DType.values()) {
                if (!op.accepts(d)) continue;
                for (Object x : values(d)) {
                    check(op + " " + d, () -> JavaOps.unary(op, false, x), fn("u", op, d), x);
                    if (op.isMathFunction()) check("strict " + op, () -> JavaOps.unary(op, true, x), fn("su", op, d), x);
                    checked++;
                }
            }
        assertTrue(checked > 150);
    }

    @Test
    void binaryOps() {
        for (BinaryOp op : BinaryOp.values())
            for (DType d : DType.values()) {
                if (!op.accepts(d)) continue;
                DType second = op.domain() == BinaryOp.Domain.SHIFT ? DType.I32 : d;
                for (Object x : values(d))
                    for (Object y : values(second)) {
                        check(op + " " + d, () -> JavaOps.binary(op, false, x, y), fn("b", op, d), x, y);
                        if (op.isMathFunction()) check("strict " + op, () -> JavaOps.binary(op, true, x, y), fn("sb", op, d), x, y);
                    }
            }
    }

    @Test
    void integerDivisionByZeroThrowsAsJava() throws Throwable {
        var ex = org.junit.jupiter.api.Assertions.assertThrows(ArithmeticException.class, () -> compiled.call(fn("b", BinaryOp.DIV, DType.I32), 1, 0));
        assertEquals("/ by zero", ex.getMessage());
        org.junit.jupiter.api.Assertions.assertThrows(ArithmeticException.class, () -> compiled.call(fn("b", BinaryOp.REM, DType.I64), 1L, 0L));
        Compiled.assertSameDouble(Double.POSITIVE_INFINITY, compiled.call(fn("b", BinaryOp.DIV, DType.F64), 1.0, 0.0), "1.0/0.0");
    }

    @Test
    void comparisonsFollowJavaOnNaNAndSignedZero() {
        for (CmpOp op : CmpOp.values())
            for (DType d : DType.values()) {
                if (d == DType.BOOL && op != CmpOp.EQ && op != CmpOp.NE) continue;
                for (Object x : values(d))
                    for (Object y : values(d)) check(op + " " + d, () -> JavaOps.compare(op, x, y), fn("c", op, d), x, y);
            }
        assertEquals(true, compiled.run(fn("c", CmpOp.EQ, DType.F64), 0.0, -0.0));
        assertEquals(false, compiled.run(fn("c", CmpOp.LE, DType.F64), Double.NaN, 1.0));
        assertEquals(true, compiled.run(fn("c", CmpOp.NE, DType.F32), Float.NaN, Float.NaN));
    }

    @Test
    void conversionsAreJavaCasts() {
        for (DType from : DType.values())
            for (DType to : DType.values()) {
                if (!from.isNumeric() || !to.isNumeric()) continue;
                for (Object x : values(from)) check("(" + to + ")" + from, () -> JavaOps.convert(x, to), fn("v", from, to), x);
            }
    }

    @Test
    void selectPicksOperand() {
        for (DType d : DType.values()) {
            List<Object> v = values(d);
            assertEquals(v.get(1), compiled.run(C + ".sel_" + d.irName(), true, v.get(1), v.get(0)));
            assertEquals(v.get(0), compiled.run(C + ".sel_" + d.irName(), false, v.get(1), v.get(0)));
        }
    }

    static final List<Const> CONSTS = new ArrayList<>();

    static {
        for (Object v : List.of(0.0, -0.0, 1.0, 2.0, Double.NaN, Double.MIN_VALUE, 0.1, Double.NEGATIVE_INFINITY,
                0.0f, -0.0f, 1.0f, 2.0f, 3.0f, Float.NaN, 0.1f,
                0L, 1L, 2L, -1L, Long.MIN_VALUE,
                0, 1, -1, 5, 6, -128, 127, 128, -129, 32767, 32768, -32769, Integer.MIN_VALUE,
                true, false)) {
            if (v instanceof Double x) CONSTS.add(Const.ofDouble(x));
            else if (v instanceof Float x) CONSTS.add(Const.ofFloat(x));
            else if (v instanceof Long x) CONSTS.add(Const.ofLong(x));
            else if (v instanceof Integer x) CONSTS.add(Const.ofInt(x));
            else CONSTS.add(Const.ofBool((Boolean) v));
        }
    }

    @Test
    void constantsKeepTheirBits() {
        for (int i = 0; i < CONSTS.size(); i++) {
            Object expected = CONSTS.get(i).boxed();
            Object actual = compiled.run(C + ".k" + i);
            if (expected instanceof Double d) Compiled.assertSameDouble(d, actual, "const " + d);
            else if (expected instanceof Float f) Compiled.assertSameFloat(f, actual, "const " + f);
            else assertEquals(expected, actual);
            assertTrue(Objects.equals(expected.getClass(), actual.getClass()));
        }
    }
}
