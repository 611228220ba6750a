package dev.jaxc.ir.interp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

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
import org.junit.jupiter.api.Test;

/** Every elementwise op on every dtype it accepts, against the Java expression it stands for. */
class ElementwiseInterpreterTest {
    static final List<Object> F64 = List.of(0.0, -0.0, 1.0, -1.5, 0.5, 2.5, 3.0, 1e-310, 1e300, -7.25,
            Double.NaN, Double.longBitsToDouble(0xfff8000000000001L), Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY,
            Double.MAX_VALUE, Double.MIN_VALUE, Math.PI);
    static final List<Object> F32 = List.of(0f, -0f, 1f, -1.5f, 0.1f, 3f, 1e-40f, -7.25f, Float.NaN,
            Float.intBitsToFloat(0xffc00001), Float.POSITIVE_INFINITY, Float.NEGATIVE_INFINITY, Float.MAX_VALUE, Float.MIN_VALUE);
    static final List<Object> I64 = List.of(0L, 1L, -1L, 2L, 7L, -7L, 63L, 64L, 65L, Long.MAX_VALUE, Long.MIN_VALUE, 1L << 40);
    static final List<Object> I32 = List.of(0, 1, -1, 2, 7, -7, 31, 32, 33, 65, Integer.MAX_VALUE, Integer.MIN_VALUE, 1 << 20);
    static final List<Object> BOOL = List.of(true, false);

    static List<Object> values(DType d) {
        return switch (d) {
            case F64 -> F64;
            case F32 -> F32;
            case I64 -> I64;
            case I32 -> I32;
            case BOOL -> BOOL;
        };
    }

    /** A one-op function {@code name(a: t, b: t2) -> prim(a[, b])}. */
    static Function oneOp(String name, Primitive p, Type... params) {
        return Builder.function(name, List.of(params), null, Loc.UNKNOWN, (b, ps) -> List.of(b.emit1(p, ps.toArray(new Value[0]))));
    }

    /** Results compare as Java's boxed equals: NaN equals NaN (any payload), -0.0 differs from 0.0. */
    static void check(Object expected, Object actual, String what) {
        assertEquals(expected, actual, what);
        if (expected != null) assertEquals(expected.getClass(), actual.getClass(), what);
    }

    @Test
    void unaryOps() {
        Program p = new Program();
        List<Object[]> cases = new ArrayList<>();
        for (UnaryOp op : UnaryOp.values())
            for (DType d : DType.values())
                for (boolean strict : new boolean[] {false, true}) {
                    if (!op.accepts(d) || (strict && !op.isMathFunction())) continue;
                    String name = "u." + op.irName() + "." + d.irName() + (strict ? ".strict" : "");
                    p.add(oneOp(name, new Unary(op, strict), Type.scalar(d)));
                    cases.add(new Object[] {name, op, d, strict});
                }
        Interpreter ip = new Interpreter(p);
        for (Object[] c : cases)
            for (Object x : values((DType) c[2]))
                check(UnaryRef.eval((UnaryOp) c[1], (DType) c[2], (boolean) c[3], x), ip.call1((String) c[0], x), c[0] + "(" + x + ")");
    }

    @Test
    void binaryOps() {
        Program p = new Program();
        List<Object[]> cases = new ArrayList<>();
        for (BinaryOp op : BinaryOp.values())
            for (DType d : DType.values())
                for (boolean strict : new boolean[] {false, true}) {
                    if (!op.accepts(d) || (strict && !op.isMathFunction())) continue;
                    String name = "b." + op.irName() + "." + d.irName() + (strict ? ".strict" : "");
                    Type rhs = op.domain() == BinaryOp.Domain.SHIFT ? Type.I32 : Type.scalar(d);
                    p.add(oneOp(name, new Binary(op, strict), Type.scalar(d), rhs));
                    cases.add(new Object[] {name, op, d, strict, rhs.dtype()});
                }
        Interpreter ip = new Interpreter(p);
        int checked = 0;
        for (Object[] c : cases)
            for (Object x : values((DType) c[2]))
                for (Object y : values((DType) c[4])) {
                    Object expected;
                    try {
                        expected = BinaryRef.eval((BinaryOp) c[1], (DType) c[2], (boolean) c[3], x, y);
                    } catch (ArithmeticException e) {
                        var thrown = assertThrows(ArithmeticException.class, () -> ip.call1((String) c[0], x, y));
                        assertEquals("/ by zero", thrown.getMessage());
                        checked++;
                        continue;
                    }
                    check(expected, ip.call1((String) c[0], x, y), c[0] + "(" + x + ", " + y + ")");
                    checked++;
                }
        assertEquals(true, checked > 3000, "checked " + checked);
    }

    @Test
    void comparisons() {
        Program p = new Program();
        for (CmpOp op : CmpOp.values())
            for (DType d : DType.values())
                if (d != DType.BOOL || op == CmpOp.EQ || op == CmpOp.NE)
                    p.add(oneOp("c." + op.irName() + "." + d.irName(), new Compare(op), Type.scalar(d), Type.scalar(d)));
        Interpreter ip = new Interpreter(p);
        for (Function f : p.functions()) {
            String[] parts = f.name().split("\\.");
            CmpOp op = CmpOp.fromIrName(parts[1]);
            DType d = DType.fromIrName(parts[2]);
            for (Object x : values(d))
                for (Object y : values(d)) check(CompareRef.eval(op, d, x, y), ip.call1(f.name(), x, y), f.name() + "(" + x + ", " + y + ")");
        }
    }

    @Test
    void conversions() {
        Program p = new Program();
        List<DType> numeric = List.of(DType.F64, DType.F32, DType.I64, DType.I32);
        for (DType from : numeric)
            for (DType to : numeric) p.add(oneOp("v." + from.irName() + "." + to.irName(), new Convert(to), Type.scalar(from)));
        Interpreter ip = new Interpreter(p);
        List<Object> extra = List.of(1e10, -1e10, 2.7, -2.7, (double) Long.MAX_VALUE, 1e19f, -1e19f, 2.5f,
                (1L << 60) + (1L << 36) + 1, (1L << 53) + 1, 16777217, Integer.MAX_VALUE);
        for (DType from : numeric)
            for (DType to : numeric) {
                List<Object> xs = new ArrayList<>(values(from));
                for (Object e : extra) if (values(from).get(0).getClass() == e.getClass()) xs.add(e);
                for (Object x : xs)
                    check(ConvertRef.eval(from, to, x), ip.call1("v." + from.irName() + "." + to.irName(), x), from + "->" + to + " " + x);
            }
        // long -> float rounds once; through double it would round twice.
        long l = (1L << 60) + (1L << 36) + 1;
        assertNotEquals((float) (double) l, (float) l);
        assertEquals((float) l, ip.call1("v.i64.f32", l));
    }

    @Test
    void javaEdgeCases() {
        Interpreter ip = new Interpreter(new Program()
                .add(oneOp("div32", new Binary(BinaryOp.DIV), Type.I32, Type.I32))
                .add(oneOp("rem64", new Binary(BinaryOp.REM), Type.I64, Type.I64))
                .add(oneOp("shl32", new Binary(BinaryOp.SHL), Type.I32, Type.I32))
                .add(oneOp("ushr64", new Binary(BinaryOp.USHR), Type.I64, Type.I32))
                .add(oneOp("abs32", new Unary(UnaryOp.ABS), Type.I32))
                .add(oneOp("min", new Binary(BinaryOp.MIN), Type.F64, Type.F64))
                .add(oneOp("copysign", new Binary(BinaryOp.COPYSIGN), Type.F64, Type.F64))
                .add(oneOp("copysign.strict", new Binary(BinaryOp.COPYSIGN, true), Type.F64, Type.F64))
                .add(oneOp("remf", new Binary(BinaryOp.REM), Type.F64, Type.F64))
                .add(oneOp("d2i", new Convert(DType.I32), Type.F64))
                .add(oneOp("neg", new Unary(UnaryOp.NEG), Type.F64)));
        assertEquals("/ by zero", assertThrows(ArithmeticException.class, () -> ip.call1("div32", 1, 0)).getMessage());
        assertEquals("/ by zero", assertThrows(ArithmeticException.class, () -> ip.call1("rem64", 1L, 0L)).getMessage());
        assertEquals(Integer.MIN_VALUE, ip.call1("div32", Integer.MIN_VALUE, -1));
        assertEquals(2, ip.call1("shl32", 1, 33));
        assertEquals(1L, ip.call1("ushr64", Long.MIN_VALUE, 63 + 64));
        assertEquals(Integer.MIN_VALUE, ip.call1("abs32", Integer.MIN_VALUE));
        assertEquals(-0.0, ip.call1("min", 0.0, -0.0));
        assertEquals(Double.NaN, ip.call1("min", 1.0, Double.NaN));
        double negNaN = Double.longBitsToDouble(0xfff8000000000000L);
        assertEquals(-1.0, ip.call1("copysign", 1.0, negNaN));
        assertEquals(1.0, ip.call1("copysign.strict", 1.0, negNaN));
        assertEquals(-1.5, ip.call1("remf", -5.5, 2.0));
        assertEquals(0, ip.call1("d2i", Double.NaN));
        assertEquals(Integer.MAX_VALUE, ip.call1("d2i", 1e300));
        assertEquals(-0.0, ip.call1("neg", 0.0));
        assertEquals(0xfff8000000000001L, Double.doubleToRawLongBits((Double) ip.call1("neg", Double.longBitsToDouble(0x7ff8000000000001L))));
    }

    @Test
    void selectAndConstants() {
        Function sel = oneOp("sel", new Select(), Type.BOOL, Type.F64, Type.F64);
        Interpreter ip = new Interpreter(new Program().add(sel).add(dev.jaxc.ir.Samples.constants()));
        assertEquals(1.0, ip.call1("sel", true, 1.0, 2.0));
        assertEquals(2.0, ip.call1("sel", false, 1.0, 2.0));
        Object[] consts = ip.call("t.Consts.all");
        for (int i = 0; i < consts.length; i++) {
            Const c = dev.jaxc.ir.Samples.SPECIAL_CONSTS.get(i);
            Object v = consts[i];
            long bits = switch (c.dtype()) {
                case F64 -> Double.doubleToRawLongBits((Double) v);
                case F32 -> Float.floatToRawIntBits((Float) v);
                case I64 -> (Long) v;
                case I32 -> (Integer) v;
                case BOOL -> (Boolean) v ? 1 : 0;
            };
            assertEquals(c.bits(), bits, "constant " + i);
        }
    }
}
