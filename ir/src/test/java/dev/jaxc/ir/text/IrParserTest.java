package dev.jaxc.ir.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.jaxc.ir.Function;
import dev.jaxc.ir.Loc;
import dev.jaxc.ir.Op;
import dev.jaxc.ir.Program;
import dev.jaxc.ir.Samples;
import dev.jaxc.ir.diag.CompileException;
import dev.jaxc.ir.prim.Const;
import dev.jaxc.ir.prim.ForLoop;
import dev.jaxc.ir.verify.IrVerifier;
import java.util.List;
import org.junit.jupiter.api.Test;

class IrParserTest {
    static String roundTrip(Program p) {
        String text = IrPrinter.print(p);
        Program back = IrParser.parse(text);
        IrVerifier.verify(back);
        assertEquals(text, IrPrinter.print(back));
        return text;
    }

    @Test
    void samplesRoundTrip() {
        roundTrip(Samples.all());
    }

    @Test
    void parallelLoopsRoundTrip() {
        String text = """
                func @f(%n: i32, %a: f64[]) -> (f64[]) {
                  %0 = const 0 : i32
                  %1 = for[step=512, parallel] %0, %n iter(%a) (%i: i32, %2: f64[]) {
                    yield %2
                  } : f64[]
                  return %1
                }
                """;
        Program p = IrParser.parse(text);
        assertEquals(new ForLoop(512, false, 0, true), p.get("f").body().ops().get(1).prim());
        assertEquals(text, roundTrip(p));
    }

    @Test
    void constantsKeepTheirBits() {
        Program back = IrParser.parse(IrPrinter.print(Samples.constants()));
        List<Op> ops = back.get("t.Consts.all").body().ops();
        for (int i = 0; i < Samples.SPECIAL_CONSTS.size(); i++) assertEquals(Samples.SPECIAL_CONSTS.get(i), ops.get(i).prim());
    }

    @Test
    void handWrittenTextWithCommentsAndFreeLayout() {
        Program p = IrParser.parse("""
                // a comment
                func @p.Foo.loss(%x: f64[], %n: i32) -> (value: f64) {
                  %c0 = const 0.0 : f64   // trailing comment
                  %c1 = const 0 : i32
                  %s = for[step=1] %c1, %n consts(%x) iter(%c0)
                       (%i: i32, %x1: f64[], %acc: f64) {
                    %e = array.get[1] %x1, %i : f64
                    %acc2 = add %acc, %e : f64
                    yield %acc2
                  } : f64
                  return %s
                }
                """);
        IrVerifier.verify(p);
        Function f = p.get("p.Foo.loss");
        assertEquals(List.of("value"), f.resultNames());
        Op loop = f.body().ops().get(2);
        assertEquals(new ForLoop(1, false, 1), loop.prim());
        assertEquals(new Loc("<ir>", 5, 3), loop.loc());
        assertEquals("acc2", loop.region(0).yields().get(0).hint());
        assertNull(IrParser.parse(IrPrinter.print(Samples.sumsq())).get("t.Basic.sumsq").body().ops().get(0).result().hint());
    }

    @Test
    void quotedNamesRoundTrip() {
        String text = """
                func @"t.Q.f<x>"(%a: i32) -> ("my result": i32) {
                  %0 = call @"t.Q.f<x>"(%a) : i32
                  return %0
                }
                """;
        assertEquals(text, IrPrinter.print(IrParser.parse(text)));
    }

    private static CompileException error(String text) {
        return assertThrows(CompileException.class, () -> IrParser.parse(text));
    }

    private static void assertError(String expected, String text) {
        assertEquals(expected, error(text).getMessage());
    }

    @Test
    void syntaxErrorsHaveLineAndColumn() {
        assertError("<ir>:2:13: expected ':', found 'f64'", "func @f(\n%x: f64, %y f64) -> () {\n return\n}");
        assertError("<ir>:1:1: expected 'func', found %x", "%x = const 1 : i32");
        assertError("<ir>:2:8: unknown op 'fro'", "func @f() -> () {\n  %a = fro 1\n  return\n}");
        assertError("<ir>:3:3: expected 'yield', found '}'",
                "func @f(%p: bool) -> () {\n  cond %p () {\n  } else () { yield }\n  return\n}");
        assertError("<ir>:1:19: unexpected character '#'", "func @f() -> () { # }");
        assertError("<ir>:1:29: unterminated string", "func @f() -> (i32) { return \"abc\n}");
    }

    @Test
    void nameErrors() {
        assertError("<ir>:2:16: undefined value %y", "func @f(%x: f64) -> (f64) {\n  %z = add %x, %y : f64\n  return %z\n}");
        assertError("<ir>:2:3: %x is already defined", "func @f(%x: f64) -> (f64) {\n  %x = neg %x : f64\n  return %x\n}");
        assertError("<ir>:4:1: duplicate function @f", "func @f() -> () {\n return\n}\nfunc @f() -> () {\n return\n}");
    }

    @Test
    void typeAndLiteralErrors() {
        assertError("<ir>:1:33: 'x1' is not a valid i32 constant", "func @f() -> (i32) {\n  %c = const x1 : i32\n  return %c\n}".replace("\n  ", " "));
        assertError("<ir>:2:14: '3000000000' is not a valid i32 constant",
                "func @f() -> (i32) {\n  %c = const 3000000000 : i32\n  return %c\n}");
        assertError("<ir>:2:14: bits(...) is only for f64 and f32 constants", "func @f() -> (i32) {\n  %c = const bits(0x1) : i32\n  return %c\n}");
        assertError("<ir>:2:14: bits(0x100000000) does not fit f32", "func @f() -> (f32) {\n  %c = const bits(0x100000000) : f32\n  return %c\n}");
        assertError("<ir>:2:14: '0x1p3' is not a valid f64 constant", "func @f() -> (f64) {\n  %c = const 0x1p3 : f64\n  return %c\n}");
        assertError("<ir>:2:20: unknown type 'f16'", "func @f() -> (f64) {\n  %c = const 1.0 : f16\n  return %c\n}");
        assertError("<ir>:2:8: neg has 1 results but 0 result types", "func @f(%x: f64) -> () {\n  %y = neg %x\n  return\n}");
        assertError("<ir>:3:3: returns [f64] but @f declares [f32]", "func @f(%x: f64) -> (f32) {\n  %y = neg %x : f64\n  return %y\n}");
        assertError("<ir>:1:23: either all results are named or none is", "func @f() -> (a: f64, f64) {\n  return\n}");
        assertError("<ir>:2:12: for step must not be 0",
                "func @f(%n: i32) -> () {\n  for[step=0] %n, %n (%i: i32) {\n yield\n }\n  return\n}");
        assertError("<ir>:2:18: array.get needs at least one index", "func @f(%a: f64[]) -> () {\n  %e = array.get[0] %a : f64\n  return\n}");
        assertError("<ir>:2:8: array.new needs one array result type", "func @f(%n: i32) -> () {\n  %a = array.new %n : f64\n  return\n}");
    }

    @Test
    void illTypedIrParsesForTheVerifierToReport() {
        Program p = IrParser.parse("func @f(%x: f64, %y: f32) -> (f64) {\n  %z = add %x, %y : f64\n  return %z\n}");
        var e = assertThrows(dev.jaxc.ir.verify.IrVerificationException.class, () -> IrVerifier.verify(p));
        assertEquals("IR verification failed in f, op 0 '%z = add %x, %y : f64' at <ir>:2:3: type rule: add takes operands of one type, got f64, f32",
                e.getMessage());
        assertEquals(Const.ofInt(3), IrParser.parse("func @g() -> (i32) {\n %c = const 3 : i32\n return %c\n}").get("g").body().ops().get(0).prim());
    }
}
