package dev.jaxc.ir;

import static dev.jaxc.ir.DType.*;

import dev.jaxc.ir.prim.*;
import java.util.ArrayList;
import java.util.List;

/**
 * Hand-built programs that together use every primitive, nested regions and special constants.
 * Shared by the printer, parser, verifier, interpreter and coverage tests.
 */
public final class Samples {
    private Samples() {}

    static final Type F64A = Type.array(F64, 1);
    static final Type F64AA = Type.array(F64, 2);

    /** {@code sum of x[i]*x[i]}: const, array.length, for with a const and a carry, array.get, mul, add. */
    public static Function sumsq() {
        return Builder.function("t.Basic.sumsq", List.of(F64A), List.of("x"), Loc.UNKNOWN, (b, p) -> {
            Value x = p.get(0);
            Value acc0 = b.f64(0.0);
            Value n = b.arrayLength(x);
            return b.forLoop(b.i32(0), n, 1, false, List.of(x), List.of(acc0), (bb, q) -> {
                Value e = bb.arrayGet(q.get(1), q.get(0));
                return List.of(bb.add(q.get(2), bb.mul(e, e)));
            });
        });
    }

    /**
     * {@code x > 0 ? sin(x) * n : (strict cos x halved n+1 times by an inclusive down-counting loop)},
     * then NaN mapped to 0: unary, strict unary, convert, compare, cond with a nested for, select.
     */
    public static Function poly() {
        return Builder.function("t.Basic.poly", List.of(Type.F64, Type.I32), List.of("x", "n"), Loc.UNKNOWN, (b, p) -> {
            Value x = p.get(0), n = p.get(1);
            Value s = b.unary(UnaryOp.SIN, x);
            Value c = b.emit1(new Unary(UnaryOp.COS, true), x);
            Value pos = b.compare(CmpOp.GT, x, b.f64(0.0));
            Value r = b.cond(pos, List.of(s, c, n),
                    (t, q) -> List.of(t.mul(q.get(0), t.convert(q.get(2), F64))),
                    (e, q) -> e.forLoop(q.get(2), e.i32(0), -1, true, List.of(), List.of(q.get(1)),
                            (l, w) -> List.of(l.mul(w.get(1), l.f64(0.5))))).get(0);
            Value isNum = b.compare(CmpOp.EQ, r, r);
            return List.of(b.select(isNum, r, b.f64(0.0)));
        });
    }

    /**
     * Arrays: new (1 and 2 sizes, and null rows), set with 1 and 2 indices, get with 1 and 2
     * indices, copy, literals of rank 1 and 2, length. Results are named.
     */
    public static Function arrays() {
        Function f = Builder.function("t.Arrays.build", List.of(Type.I32), List.of("n"), Loc.UNKNOWN, (b, p) -> {
            Value n = p.get(0);
            Value zero = b.i32(0), one = b.i32(1);
            Value a = b.arraySet(b.arrayNew(F64, 1, n), zero, b.f64(1.5));
            Value m = b.arraySet(b.arrayNew(F64, 2, n, b.i32(2)), zero, one, b.f64(2.5));
            Value row = b.arrayCopy(b.arrayGet(m, zero));
            Value m2 = b.arraySet(m, zero, b.arraySet(row, zero, b.f64(-1.0)));
            Value lit = b.arrayLiteral(F64, 1, List.of(b.f64(3.0), b.f64(4.0)));
            Value ml = b.arrayLiteral(F64, 2, List.of(lit, lit));
            Value v = b.arrayGet(ml, one, zero);
            Value nulls = b.arrayNew(F64, 2, n);
            Value len = b.add(b.arrayLength(nulls), b.convert(v, I32));
            return List.of(a, m2, len);
        });
        return new Function(f.name(), f.body(), List.of("a", "m", "len"), f.loc());
    }

    /** Collatz steps: while with a const and two carries, a call, i64 div/rem, select. */
    public static List<Function> collatz() {
        Function step = Builder.function("t.Loops.collatz$step", List.of(Type.I64), List.of("n"), Loc.UNKNOWN, (b, p) -> {
            Value n = p.get(0);
            Value two = b.i64(2);
            Value even = b.compare(CmpOp.EQ, b.binary(BinaryOp.REM, n, two), b.i64(0));
            Value odd = b.add(b.mul(b.i64(3), n), b.i64(1));
            return List.of(b.select(even, b.div(n, two), odd));
        });
        Function main = Builder.function("t.Loops.collatz", List.of(Type.I64), List.of("n"), Loc.UNKNOWN, (b, p) -> {
            Value one = b.i64(1);
            List<Value> r = b.whileLoop(List.of(one), List.of(p.get(0), b.i32(0)),
                    (c, q) -> List.of(c.compare(CmpOp.GT, q.get(1), q.get(0)), q.get(1), q.get(2)),
                    (d, q) -> List.of(d.call("t.Loops.collatz$step", List.of(Type.I64), List.of(q.get(1))).get(0),
                            d.add(q.get(2), d.i32(1))));
            return List.of(r.get(1));
        });
        return List.of(main, step);
    }

    /** Special constants of every dtype: NaN payloads, -0.0, infinities, extremes. */
    public static final List<Const> SPECIAL_CONSTS = List.of(
            Const.ofDouble(0.1), Const.ofDouble(-0.0), Const.ofDouble(Double.NaN),
            new Const(F64, 0x7ff0000000000001L), new Const(F64, 0xfff8000000000000L),
            Const.ofDouble(Double.POSITIVE_INFINITY), Const.ofDouble(Double.NEGATIVE_INFINITY),
            Const.ofDouble(Double.MIN_VALUE), Const.ofDouble(Double.MAX_VALUE), Const.ofDouble(2e23),
            Const.ofFloat(0.1f), Const.ofFloat(-0.0f), Const.ofFloat(Float.NaN),
            Const.ofFloat(Float.intBitsToFloat(0x7fc00001)), Const.ofFloat(Float.intBitsToFloat(0xff800001)),
            Const.ofFloat(Float.POSITIVE_INFINITY), Const.ofFloat(Float.MIN_VALUE), Const.ofFloat(Float.MAX_VALUE),
            Const.ofLong(Long.MIN_VALUE), Const.ofLong(Long.MAX_VALUE), Const.ofInt(Integer.MIN_VALUE), Const.ofInt(-7),
            Const.ofBool(true), Const.ofBool(false));

    public static Function constants() {
        return Builder.function("t.Consts.all", List.of(), List.of(), Loc.UNKNOWN, (b, p) -> {
            List<Value> out = new ArrayList<>();
            for (Const c : SPECIAL_CONSTS) out.add(b.constant(c));
            return out;
        });
    }

    /**
     * One op of every elementwise operation on every dtype it accepts (plain and strict for math
     * functions), every comparison and every conversion, all yielded.
     */
    public static Function elementwise() {
        List<Type> types = List.of(Type.F64, Type.F32, Type.I64, Type.I32, Type.BOOL);
        return Builder.function("t.Elementwise.all", types, List.of("d", "f", "l", "i", "z"), Loc.UNKNOWN, (b, p) -> {
            List<Value> out = new ArrayList<>();
            for (Value v : p) {
                DType d = v.type().dtype();
                for (UnaryOp op : UnaryOp.values()) {
                    if (!op.accepts(d)) continue;
                    out.add(b.emit1(new Unary(op, false), v));
                    if (op.isMathFunction()) out.add(b.emit1(new Unary(op, true), v));
                }
                for (BinaryOp op : BinaryOp.values()) {
                    if (!op.accepts(d)) continue;
                    Value rhs = op.domain() == BinaryOp.Domain.SHIFT ? p.get(3) : v;
                    out.add(b.emit1(new Binary(op, false), v, rhs));
                    if (op.isMathFunction()) out.add(b.emit1(new Binary(op, true), v, rhs));
                }
                for (CmpOp op : CmpOp.values())
                    if (d != BOOL || op == CmpOp.EQ || op == CmpOp.NE) out.add(b.compare(op, v, v));
                if (d.isNumeric())
                    for (DType to : DType.values()) if (to.isNumeric()) out.add(b.emit1(new Convert(to), v));
            }
            return out;
        });
    }

    /** A zero-result while and a zero-carry for (both legal) and a zero-operand cond. */
    public static Function degenerate() {
        return Builder.function("t.Edge.empty", List.of(Type.BOOL), List.of("p"), Loc.UNKNOWN, (b, p) -> {
            b.forLoop(b.i32(0), b.i32(3), 2, false, List.of(), List.of(), (l, q) -> List.of());
            b.whileLoop(List.of(), List.of(), (c, q) -> List.of(c.bool(false)), (d, q) -> List.of());
            return b.cond(p.get(0), List.of(), (t, q) -> List.of(t.f32(1f)), (e, q) -> List.of(e.f32(2f)));
        });
    }

    /** Draws in a loop: keys folded with the index, a legacy-mode normal (running it needs jaxc-runtime). */
    public static Function draws() {
        return Builder.function("t.Rng.walk", List.of(Type.I64, Type.I32), List.of("key", "n"), Loc.UNKNOWN, (b, p) ->
                b.forLoop(b.i32(0), p.get(1), 1, false, List.of(p.get(0)), List.of(b.f64(0)), (l, q) -> {
                    Value k = l.prng(PrngFn.FOLD_IN, q.get(1), q.get(0));
                    return List.of(l.add(q.get(2), l.emit1(new Prng(PrngFn.NORMAL, true), k)));
                }));
    }

    /** All of the above as one program. */
    public static Program all() {
        Program p = new Program();
        p.add(sumsq()).add(poly()).add(arrays()).add(constants()).add(elementwise()).add(degenerate()).add(draws());
        collatz().forEach(p::add);
        return p;
    }
}
