package dev.jaxc.ir.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.jaxc.ir.Builder;
import dev.jaxc.ir.Function;
import dev.jaxc.ir.Loc;
import dev.jaxc.ir.Op;
import dev.jaxc.ir.Samples;
import dev.jaxc.ir.Type;
import dev.jaxc.ir.Value;
import dev.jaxc.ir.prim.Binary;
import dev.jaxc.ir.prim.BinaryOp;
import dev.jaxc.ir.prim.Const;
import java.util.List;
import org.junit.jupiter.api.Test;

class IrPrinterTest {
    @Test
    void forLoopWithConstsAndCarries() {
        assertEquals("""
                func @t.Basic.sumsq(%x: f64[]) -> (f64) {
                  %0 = const 0.0 : f64
                  %1 = array.length %x : i32
                  %2 = const 0 : i32
                  %3 = for[step=1] %2, %1 consts(%x) iter(%0) (%i: i32, %x_1: f64[], %4: f64) {
                    %5 = array.get[1] %x_1, %i : f64
                    %6 = mul %5, %5 : f64
                    %7 = add %4, %6 : f64
                    yield %7
                  } : f64
                  return %3
                }
                """, IrPrinter.print(Samples.sumsq()));
    }

    @Test
    void condWithNestedInclusiveDownCountingLoop() {
        assertEquals("""
                func @t.Basic.poly(%x: f64, %n: i32) -> (f64) {
                  %0 = sin %x : f64
                  %1 = strict.cos %x : f64
                  %2 = const 0.0 : f64
                  %3 = cmp.gt %x, %2 : bool
                  %4 = cond %3, %0, %1, %n (%5: f64, %6: f64, %n_1: i32) {
                    %7 = convert.f64 %n_1 : f64
                    %8 = mul %5, %7 : f64
                    yield %8
                  } else (%9: f64, %10: f64, %n_2: i32) {
                    %11 = const 0 : i32
                    %12 = for[step=-1, inclusive] %n_2, %11 iter(%10) (%i: i32, %13: f64) {
                      %14 = const 0.5 : f64
                      %15 = mul %13, %14 : f64
                      yield %15
                    } : f64
                    yield %12
                  } : f64
                  %16 = cmp.eq %4, %4 : bool
                  %17 = const 0.0 : f64
                  %18 = select %16, %4, %17 : f64
                  return %18
                }
                """, IrPrinter.print(Samples.poly()));
    }

    @Test
    void whileAndCallAndNamedResults() {
        String text = IrPrinter.print(Samples.collatz().get(0));
        assertEquals("""
                func @t.Loops.collatz(%n: i64) -> (i32) {
                  %0 = const 1 : i64
                  %1 = const 0 : i32
                  %2, %3 = while consts(%0) iter(%n, %1) (%4: i64, %n_1: i64, %5: i32) {
                    %6 = cmp.gt %n_1, %4 : bool
                    yield %6, %n_1, %5
                  } do (%7: i64, %n_2: i64, %8: i32) {
                    %9 = call @t.Loops.collatz$step(%n_2) : i64
                    %10 = const 1 : i32
                    %11 = add %8, %10 : i32
                    yield %9, %11
                  } : i64, i32
                  return %3
                }
                """, text);
        String header = IrPrinter.print(Samples.arrays()).lines().findFirst().orElseThrow();
        assertEquals("func @t.Arrays.build(%n: i32) -> (a: f64[], m: f64[][], len: i32) {", header);
    }

    @Test
    void zeroResultOpsAndEmptyGroups() {
        assertEquals("""
                func @t.Edge.empty(%p: bool) -> (f32) {
                  %0 = const 0 : i32
                  %1 = const 3 : i32
                  for[step=2] %0, %1 (%i: i32) {
                    yield
                  }
                  while () {
                    %2 = const false : bool
                    yield %2
                  } do () {
                    yield
                  }
                  %3 = cond %p () {
                    %4 = const 1.0 : f32
                    yield %4
                  } else () {
                    %5 = const 2.0 : f32
                    yield %5
                  } : f32
                  return %3
                }
                """, IrPrinter.print(Samples.degenerate()));
    }

    @Test
    void constantsAreExact() {
        List<String> expected = List.of("0.1", "-0.0", "nan", "bits(0x7ff0000000000001)", "bits(0xfff8000000000000)",
                "inf", "-inf", "4.9E-324", "1.7976931348623157E308", "1.9999999999999998E23",
                "0.1", "-0.0", "nan", "bits(0x7fc00001)", "bits(0xff800001)", "inf", "1.4E-45", "3.4028235E38",
                "-9223372036854775808", "9223372036854775807", "-2147483648", "-7", "true", "false");
        List<Const> consts = Samples.SPECIAL_CONSTS;
        for (int i = 0; i < consts.size(); i++) assertEquals(expected.get(i), ConstText.format(consts.get(i)), "const " + i);
    }

    @Test
    void namesAreHintsMadeUniqueOrNumbers() {
        List<String> hints = java.util.Arrays.asList("x", "x", "x_1", null, "3a", "a b", "", null, "x");
        List<Type> types = hints.stream().map(h -> (Type) Type.F64).toList();
        Function f = Builder.function("t.N.f", types, hints, Loc.UNKNOWN, (b, p) -> List.of(p.get(0)));
        assertEquals("func @t.N.f(%x: f64, %x_1: f64, %x_1_1: f64, %0: f64, %v3a: f64, %a_b: f64, %1: f64, %2: f64, %x_2: f64) -> (f64) {",
                IrPrinter.print(f).lines().findFirst().orElseThrow());
    }

    @Test
    void oddFunctionAndResultNamesAreQuoted() {
        Function f = Builder.function("t.Q.f<x>", List.of(), List.of(), Loc.UNKNOWN, (b, p) -> List.of(b.i32(1)));
        Function named = new Function(f.name(), f.body(), List.of("my result"), Loc.UNKNOWN);
        assertEquals("func @\"t.Q.f<x>\"() -> (\"my result\": i32) {", IrPrinter.print(named).lines().findFirst().orElseThrow());
    }

    @Test
    void summaryIsOneLineWithRegionsElided() {
        Op loop = Samples.sumsq().body().ops().get(3);
        assertEquals("%0 = for[step=1] %1, %2 consts(%x) iter(%3) (%i: i32, %x_1: f64[], %4: f64) {...} : f64", IrPrinter.summary(loop));
        Value a = new Value(Type.F64, "a");
        Op add = new Op(new Binary(BinaryOp.ADD), List.of(a, a), List.of(new Value(Type.F64, "s")), List.of(), Loc.UNKNOWN);
        assertEquals("%s = add %a, %a : f64", IrPrinter.summary(add));
    }
}
