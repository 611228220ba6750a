package dev.jaxc.ir.verify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.jaxc.ir.Builder;
import dev.jaxc.ir.DType;
import dev.jaxc.ir.Function;
import dev.jaxc.ir.Loc;
import dev.jaxc.ir.Op;
import dev.jaxc.ir.Program;
import dev.jaxc.ir.Region;
import dev.jaxc.ir.Samples;
import dev.jaxc.ir.Type;
import dev.jaxc.ir.Value;
import dev.jaxc.ir.prim.*;
import java.util.List;
import org.junit.jupiter.api.Test;

class IrVerifierTest {
    static final Loc AT = new Loc("Foo.java", 12, 5);

    @Test
    void samplesAreWellFormed() {
        IrVerifier.verify(Samples.all());
    }

    /** Verifies a one-function program and returns the failure's detail. */
    private static IrVerificationException fails(Function f, Function... others) {
        Program p = new Program().add(f);
        for (Function o : others) p.add(o);
        return assertThrows(IrVerificationException.class, () -> IrVerifier.verify(p));
    }

    private static Op op(Primitive p, List<Value> in, List<Value> out, Region... regions) {
        return new Op(p, in, out, List.of(regions), AT);
    }

    private static Value f64(String hint) { return new Value(Type.F64, hint); }

    @Test
    void valueDefinedTwice() {
        Value x = f64("x"), s = f64("s");
        Op a = op(new Binary(BinaryOp.ADD), List.of(x, x), List.of(s));
        Op b = op(new Binary(BinaryOp.MUL), List.of(x, x), List.of(s));
        var e = fails(new Function("t.F.twice", new Region(List.of(x), List.of(a, b), List.of(s))));
        assertEquals("IR verification failed in t.F.twice, op 1 '%s = mul %x, %x : f64' at Foo.java:12:5: "
                + "result %s (f64) is defined more than once", e.getMessage());
        assertEquals("t.F.twice", e.function());
        assertEquals(AT, e.loc());
    }

    @Test
    void parameterDefinedTwice() {
        Value x = f64("x");
        var e = fails(new Function("t.F.p", new Region(List.of(x, x), List.of(), List.of(x))));
        assertEquals("parameter %x (f64) is defined more than once", e.detail());
    }

    @Test
    void useBeforeDefinition() {
        Value x = f64("x"), s = f64("s"), t = f64("t");
        Op a = op(new Binary(BinaryOp.ADD), List.of(x, t), List.of(s));
        Op b = op(new Unary(UnaryOp.NEG), List.of(x), List.of(t));
        var e = fails(new Function("t.F.f", new Region(List.of(x), List.of(a, b), List.of(s))));
        assertEquals("input %t (f64) is used before its definition", e.detail());
    }

    @Test
    void regionsAreClosed() {
        Value x = f64("x"), y = f64("y"), inner = f64("in"), p = new Value(Type.BOOL, "p");
        Op neg = op(new Unary(UnaryOp.NEG), List.of(x), List.of(inner));
        Region then = new Region(List.of(), List.of(neg), List.of(inner));
        Region other = new Region(List.of(), List.of(), List.of());
        Op cond = op(new Cond(), List.of(p), List.of(y), then, other);
        var e = fails(new Function("t.F.f", new Region(List.of(x, p), List.of(cond), List.of(y))));
        assertTrue(e.getMessage().contains("op 0.0.0 '%in = neg %x : f64'"), e.getMessage());
        assertEquals("input %x (f64) belongs to an enclosing region; regions are closed, pass it in as an operand", e.detail());
    }

    @Test
    void valueOfAnotherRegion() {
        Value x = f64("x"), x0 = f64("x0"), inner = f64("in"), p = new Value(Type.BOOL, "p"), out = f64("out");
        Op neg = op(new Unary(UnaryOp.NEG), List.of(x), List.of(inner));
        Region then = new Region(List.of(x), List.of(neg), List.of());
        Region other = new Region(List.of(f64("x")), List.of(), List.of());
        Op cond = op(new Cond(), List.of(p, x0), List.of(), then, other);
        Op leak = op(new Unary(UnaryOp.NEG), List.of(inner), List.of(out));
        var e = fails(new Function("t.F.g", new Region(List.of(p, x0), List.of(cond, leak), List.of(out))));
        assertEquals("input %in (f64) is defined in another region; values leave a region only through its yields", e.detail());
    }

    @Test
    void valueOfAnotherFunction() {
        Value x = f64("x"), y = f64("y");
        Op neg = op(new Unary(UnaryOp.NEG), List.of(f64("elsewhere")), List.of(y));
        var e = fails(new Function("t.F.f", new Region(List.of(x), List.of(neg), List.of(y))));
        assertEquals("input %elsewhere (f64) is not defined in this function", e.detail());
    }

    @Test
    void returnedValueNotDefined() {
        var e = fails(new Function("t.F.f", new Region(List.of(), List.of(), List.of(f64("ghost")))));
        assertEquals("IR verification failed in t.F.f: returned value %ghost (f64) is not defined in this function", e.getMessage());
    }

    @Test
    void yieldedValueNotVisible() {
        Value n = new Value(Type.I32, "n"), acc = f64("acc"), out = f64("out");
        Region body = new Region(List.of(new Value(Type.I32, "i"), f64("a")), List.of(), List.of(acc));
        Op loop = op(new ForLoop(1, false, 0), List.of(n, n, acc), List.of(out), body);
        var e = fails(new Function("t.F.f", new Region(List.of(n, acc), List.of(loop), List.of(out))));
        assertEquals("yielded value %acc (f64) belongs to an enclosing region; regions are closed, pass it in as an operand", e.detail());
    }

    @Test
    void wrongRegionCount() {
        Value p = new Value(Type.BOOL, "p");
        Op cond = op(new Cond(), List.of(p), List.of(), new Region(List.of(), List.of(), List.of()));
        var e = fails(new Function("t.F.f", new Region(List.of(p), List.of(cond), List.of())));
        assertEquals("cond has 1 regions, expected 2", e.detail());
        Value x = f64("x");
        Op neg = op(new Unary(UnaryOp.NEG), List.of(x), List.of(f64("y")), new Region(List.of(), List.of(), List.of()));
        assertEquals("neg has 1 regions, expected 0", fails(new Function("t.F.g", new Region(List.of(x), List.of(neg), List.of()))).detail());
    }

    @Test
    void typeRuleViolated() {
        Value x = f64("x"), f = new Value(Type.F32, "f");
        Op add = op(new Binary(BinaryOp.ADD), List.of(x, f), List.of(f64("s")));
        var e = fails(new Function("t.F.f", new Region(List.of(x, f), List.of(add), List.of())));
        assertEquals("type rule: add takes operands of one type, got f64, f32", e.detail());
    }

    @Test
    void resultTypesDisagreeWithTypeRule() {
        Value x = f64("x");
        Op neg = op(new Unary(UnaryOp.NEG), List.of(x), List.of(new Value(Type.F32, "y")));
        var e = fails(new Function("t.F.f", new Region(List.of(x), List.of(neg), List.of())));
        assertEquals("results are [f32] but the type rule gives [f64]", e.detail());
        Op two = op(new Unary(UnaryOp.NEG), List.of(x), List.of(f64("a"), f64("b")));
        assertEquals("results are [f64, f64] but the type rule gives [f64]",
                fails(new Function("t.F.g", new Region(List.of(x), List.of(two), List.of()))).detail());
    }

    @Test
    void regionYieldsMustMatchCarries() {
        Function bad = Builder.function("t.F.f", List.of(Type.I32), List.of("n"), Loc.UNKNOWN, (b, p) -> {
            Value zero = b.i32(0);
            Value c = b.f64(0);
            Region body = b.region(List.of(Type.I32, Type.F64), (bb, q) -> List.of(bb.convert(q.get(0), DType.F32)));
            return b.append(new Op(new ForLoop(1, false, 0), List.of(zero, p.get(0), c), List.of(f64("r")), List.of(body), AT)).results();
        });
        assertEquals("type rule: for body yields [f32], carries are [f64]", fails(bad).detail());
    }

    @Test
    void callOfUnknownFunction() {
        Function f = Builder.function("t.F.f", List.of(Type.F64), List.of("x"), Loc.UNKNOWN,
                (b, p) -> b.call("t.F.missing", List.of(Type.F64), p));
        assertEquals("call of unknown function t.F.missing", fails(f).detail());
    }

    @Test
    void callArgumentTypesMustMatch() {
        Function g = Builder.function("t.F.g", List.of(Type.F32), List.of("x"), Loc.UNKNOWN, (b, p) -> p);
        Function f = Builder.function("t.F.f", List.of(Type.F64), List.of("x"), Loc.UNKNOWN,
                (b, p) -> b.call("t.F.g", List.of(Type.F32), p));
        assertEquals("call of t.F.g with arguments [f64], it takes [f32]", fails(f, g).detail());
    }

    @Test
    void callResultTypesMustMatch() {
        Function g = Builder.function("t.F.g", List.of(Type.F64), List.of("x"), Loc.UNKNOWN, (b, p) -> p);
        Function f = Builder.function("t.F.f", List.of(Type.F64), List.of("x"), Loc.UNKNOWN,
                (b, p) -> b.call("t.F.g", List.of(Type.F64, Type.F64), p));
        assertEquals("call of t.F.g expects results [f64, f64], it returns [f64]", fails(f, g).detail());
    }

    @Test
    void constantsMustBeCanonical() {
        Function f = Builder.function("t.F.f", List.of(), List.of(), Loc.UNKNOWN, (b, p) -> List.of(b.constant(new Const(DType.BOOL, 5))));
        assertEquals("non-canonical bool constant bits 0x5", fails(f).detail());
        Function g = Builder.function("t.F.g", List.of(), List.of(), Loc.UNKNOWN, (b, p) -> List.of(b.constant(new Const(DType.I32, 1L << 40))));
        assertEquals("non-canonical i32 constant bits 0x10000000000", fails(g).detail());
    }

    @Test
    void resultNamesAreDistinctIdentifiers() {
        Function f = Builder.function("t.F.f", List.of(Type.F64), List.of("x"), Loc.UNKNOWN, (b, p) -> List.of(p.get(0), p.get(0)));
        var dup = fails(new Function(f.name(), f.body(), List.of("value", "value"), AT));
        assertEquals("IR verification failed in t.F.f at Foo.java:12:5: result name 'value' appears twice", dup.getMessage());
        var bad = fails(new Function(f.name(), f.body(), List.of("value", "class"), AT));
        assertEquals("result name 'class' is not a Java identifier", bad.detail());
    }

    @Test
    void verifiesOneFunctionAgainstItsProgram() {
        Program p = new Program();
        Samples.collatz().forEach(p::add);
        IrVerifier.verify(p.get("t.Loops.collatz"), p);
        assertThrows(IrVerificationException.class, () -> IrVerifier.verify(p.get("t.Loops.collatz"), new Program()));
    }
}
