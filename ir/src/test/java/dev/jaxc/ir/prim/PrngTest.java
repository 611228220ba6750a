package dev.jaxc.ir.prim;

import static org.junit.jupiter.api.Assertions.*;

import dev.jaxc.ir.Builder;
import dev.jaxc.ir.DType;
import dev.jaxc.ir.Function;
import dev.jaxc.ir.Loc;
import dev.jaxc.ir.Program;
import dev.jaxc.ir.Type;
import dev.jaxc.ir.Value;
import dev.jaxc.ir.diag.CompileException;
import dev.jaxc.ir.text.IrParser;
import dev.jaxc.ir.text.IrPrinter;
import dev.jaxc.ir.verify.IrVerificationException;
import dev.jaxc.ir.verify.IrVerifier;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The prng primitive family: the table of runtime methods, the type rule and the text form. */
class PrngTest {
    @Test
    void typesComeFromTheDescriptor() {
        assertEquals(List.of(Type.I64, Type.I32, Type.F64, Type.F64), PrngFn.UNIFORM_N_RANGE.params());
        assertEquals(Type.array(DType.F64, 1), PrngFn.UNIFORM_N_RANGE.result());
        assertEquals(List.of(Type.I64, Type.I32, Type.I32, Type.BOOL, Type.array(DType.F32, 1)), PrngFn.CHOICE_F32_P.params());
        assertEquals(Type.array(DType.BOOL, 1), PrngFn.BERNOULLI_N.result());
        assertEquals(List.of(Type.I32, Type.I32, Type.I32, Type.I32), PrngFn.BLOCK.params());
    }

    @Test
    void overloadsOfOneNameDifferInArity() {
        Set<String> seen = new HashSet<>();
        for (PrngFn f : PrngFn.values()) {
            assertTrue(seen.add(f.javaName() + "/" + f.params().size()), f + " shares name and arity with another overload");
            assertSame(f, PrngFn.byJavaName(f.javaName(), f.params().size()));
            assertEquals(f.takesKey(), f.params().get(0).equals(Type.I64) && f != PrngFn.BLOCK && f != PrngFn.WRAP_KEY_DATA);
        }
        assertNull(PrngFn.byJavaName("uniform", 5));
        assertTrue(PrngFn.hasJavaName("truncatedNormalF32"));
        assertFalse(PrngFn.hasJavaName("bits8"));
    }

    @Test
    void drawsFromAKeyAloneNeverThrow() {
        for (PrngFn f : PrngFn.values()) {
            boolean keyOnly = f.params().stream().skip(1).noneMatch(t -> t.equals(Type.I32) || t.isArray());
            if (keyOnly) assertFalse(f.mayThrow(), f.toString());
        }
        assertTrue(PrngFn.SPLIT_N.mayThrow());
        assertTrue(PrngFn.CATEGORICAL.mayThrow());
        assertFalse(PrngFn.FOLD_IN.mayThrow());
        assertFalse(PrngFn.RANDINT.mayThrow());
    }

    @Test
    void typeRuleWantsTheExactParameterTypes() {
        Prng p = new Prng(PrngFn.UNIFORM_RANGE);
        assertEquals(List.of(Type.F64), p.typeRule(List.of(Type.I64, Type.F64, Type.F64), List.of()));
        TypeError e = assertThrows(TypeError.class, () -> p.typeRule(List.of(Type.I64, Type.F32, Type.F64), List.of()));
        assertEquals("prng.uniform takes [i64, f64, f64], got [i64, f32, f64]", e.getMessage());
        assertThrows(TypeError.class, () -> new Builder().prng(PrngFn.NORMAL, new Builder().i32(1)));
    }

    @Test
    void blockHasNoLegacyVariant() {
        assertThrows(IllegalArgumentException.class, () -> new Prng(PrngFn.BLOCK, true));
        assertEquals("prng.legacy.split", new Prng(PrngFn.SPLIT_N, true).name());
        assertEquals("prng.uniformF32", new Prng(PrngFn.UNIFORM_F32_N_RANGE).name());
    }

    /** One function calling every method, both modes; every op is used so nothing is dead. */
    static Function everyMethod() {
        List<Type> params = List.of(Type.I64, Type.I32, Type.I32, Type.F64, Type.F32, Type.BOOL, Type.I64,
                Type.array(DType.F64, 1), Type.array(DType.F32, 1));
        List<String> names = List.of("key", "n", "k", "d", "f", "replace", "l", "p", "pf");
        return Builder.function("t.Rng.all", params, names, Loc.UNKNOWN, (b, ps) -> {
            List<Value> out = new ArrayList<>();
            for (boolean legacy : new boolean[] {false, true})
                for (PrngFn fn : PrngFn.values()) {
                    if (legacy && !fn.hasLegacy()) continue;
                    List<Value> in = new ArrayList<>();
                    for (int i = 0; i < fn.params().size(); i++) in.add(arg(fn, i, ps));
                    out.add(b.emit(new Prng(fn, legacy), in, List.of()).get(0));
                }
            return out;
        });
    }

    private static Value arg(PrngFn fn, int i, List<Value> ps) {
        Type t = fn.params().get(i);
        if (i == 0 && fn.takesKey()) return ps.get(0);
        if (t.equals(Type.I32)) return ps.get(i % 2 == 1 ? 1 : 2);
        if (t.equals(Type.F64)) return ps.get(3);
        if (t.equals(Type.F32)) return ps.get(4);
        if (t.equals(Type.BOOL)) return ps.get(5);
        if (t.equals(Type.I64)) return ps.get(6);
        return t.dtype() == DType.F64 ? ps.get(7) : ps.get(8);
    }

    @Test
    void everyMethodRoundTripsThroughTheText() {
        Program p = new Program(List.of(everyMethod()));
        IrVerifier.verify(p);
        String text = IrPrinter.print(p);
        Program back = IrParser.parse(text);
        IrVerifier.verify(back);
        assertEquals(text, IrPrinter.print(back));
        List<Primitive> before = p.get("t.Rng.all").body().ops().stream().map(o -> o.prim()).toList();
        List<Primitive> after = back.get("t.Rng.all").body().ops().stream().map(o -> o.prim()).toList();
        assertEquals(before, after);
        assertEquals(2 * PrngFn.values().length - 1, after.size());
    }

    @Test
    void printedForm() {
        Function f = Builder.function("t.Rng.walk", List.of(Type.I64, Type.I32), List.of("key", "n"), Loc.UNKNOWN, (b, ps) -> {
            Value keys = b.prng(PrngFn.SPLIT_N, ps.get(0), ps.get(1));
            Value k0 = b.arrayGet(keys, b.i32(0));
            Value u = b.emit1(new Prng(PrngFn.UNIFORM_RANGE, true), k0, b.f64(-1), b.f64(1));
            return List.of(u);
        });
        assertEquals("""
                func @t.Rng.walk(%key: i64, %n: i32) -> (f64) {
                  %0 = prng.split %key, %n : i64[]
                  %1 = const 0 : i32
                  %2 = array.get[1] %0, %1 : i64
                  %3 = const -1.0 : f64
                  %4 = const 1.0 : f64
                  %5 = prng.legacy.uniform %2, %3, %4 : f64
                  return %5
                }
                """, IrPrinter.print(f));
    }

    @Test
    void parserRejectsUnknownOverloadsWithAPosition() {
        CompileException e = assertThrows(CompileException.class, () -> IrParser.parse(
                "func @f(%k: i64) -> (f64) {\n  %u = prng.uniform %k, %k, %k, %k, %k : f64\n  return %u\n}"));
        assertEquals("<ir>:2:8: unknown op 'prng.uniform' with 5 operands", e.getMessage());
        e = assertThrows(CompileException.class, () -> IrParser.parse(
                "func @f(%a: i32) -> (i64) {\n  %u = prng.legacy.block %a, %a, %a, %a : i64\n  return %u\n}"));
        assertEquals("<ir>:2:8: unknown op 'prng.legacy.block' with 4 operands", e.getMessage());
    }

    @Test
    void verifierReportsAWronglyTypedDraw() {
        Program p = IrParser.parse("func @f(%k: i32) -> (f64) {\n  %u = prng.normal %k : f64\n  return %u\n}");
        IrVerificationException e = assertThrows(IrVerificationException.class, () -> IrVerifier.verify(p));
        assertTrue(e.getMessage().contains("type rule: prng.normal takes [i64], got [i32]"), e.getMessage());
    }
}
