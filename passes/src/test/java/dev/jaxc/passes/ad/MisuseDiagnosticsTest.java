package dev.jaxc.passes.ad;

import static org.junit.jupiter.api.Assertions.*;

import dev.jaxc.ir.DType;
import dev.jaxc.ir.Loc;
import dev.jaxc.ir.Type;
import dev.jaxc.ir.diag.CompileException;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Each misuse is a diagnostic at the offending part of the @Derive expression (EXPR is at T.java:5:20). */
class MisuseDiagnosticsTest {
    private static AdHarness program() {
        AdHarness h = new AdHarness();
        h.add("vec", List.of(Type.array(DType.F64, 1)), List.of("x"), (b, ps) -> List.of(ps.get(0)));
        h.add("loss", List.of(Type.F64, Type.I32), List.of("w", "n"), (b, ps) -> List.of(b.mul(ps.get(0), b.convert(ps.get(1), DType.F64))));
        h.add("count", List.of(Type.F64), List.of("w"), (b, ps) -> List.of(b.convert(ps.get(0), DType.I32)));
        return h;
    }

    private static CompileException fails(String expr) {
        return assertThrows(CompileException.class, () -> program().derive("d", expr));
    }

    private static void at(CompileException e, int offset) {
        assertEquals(new Loc("T.java", 5, 20 + offset), e.diagnostic().loc(), e.getMessage());
    }

    @Test
    void gradOfANonScalarFunction() {
        CompileException e = fails("grad(vec)");
        at(e, 0);
        assertTrue(e.diagnostic().message().contains("grad needs a function returning one double or float; vec returns double[]"), e.getMessage());
        assertTrue(e.diagnostic().hint().contains("jacrev"));
    }

    @Test
    void argnumsOutOfRange() {
        CompileException e = fails("grad(loss, argnums=2)");
        at(e, 11);
        assertTrue(e.diagnostic().message().contains("argnums 2 is out of range for a function of 2 parameters"));
    }

    @Test
    void differentiatingWithRespectToAnInt() {
        CompileException e = fails("value_and_grad(loss, argnums=(0, 1))");
        at(e, 21);
        assertTrue(e.diagnostic().message().contains("with respect to parameter 'n' of type int"), e.getMessage());
        CompileException implicit = assertThrows(CompileException.class, () -> {
            AdHarness h = new AdHarness();
            h.add("byInt", List.of(Type.I32, Type.F64), List.of("n", "w"), (b, ps) -> List.of(ps.get(1)));
            h.derive("d", "grad(byInt)");
        });
        at(implicit, 0);
        assertTrue(implicit.diagnostic().message().contains("parameter 'n' of type int"));
        assertTrue(implicit.diagnostic().hint().contains("argnums"));
    }

    @Test
    void integerResults() {
        CompileException e = fails("jacrev(count)");
        at(e, 0);
        assertTrue(e.diagnostic().message().contains("returns int"), e.getMessage());
    }

    @Test
    void unknownMethodInsideANestedTransform() {
        CompileException e = fails("jacfwd(grad(lose))");
        at(e, 12);
        assertTrue(e.diagnostic().message().contains("no @Jit method 'lose'"));
        assertTrue(e.diagnostic().hint().contains("loss"));
    }

    @Test
    void keywordsAJvpDoesNotTake() {
        CompileException e = fails("jvp(loss, argnums=0)");
        at(e, 10);
        assertTrue(e.diagnostic().message().contains("'jvp' takes no keyword 'argnums'"));
    }
}
