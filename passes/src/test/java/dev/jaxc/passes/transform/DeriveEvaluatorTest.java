package dev.jaxc.passes.transform;

import static org.junit.jupiter.api.Assertions.*;

import dev.jaxc.ir.Builder;
import dev.jaxc.ir.Function;
import dev.jaxc.ir.Loc;
import dev.jaxc.ir.Program;
import dev.jaxc.ir.Type;
import dev.jaxc.ir.diag.CompileException;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class DeriveEvaluatorTest {
    private static final Loc EXPR = new Loc("Foo.java", 3, 30);

    private static Program program() {
        Program p = new Program();
        p.add(Builder.function("p.Foo.loss", List.of(Type.F64, Type.F64), List.of("x", "y"), EXPR,
                (b, ps) -> List.of(b.mul(ps.get(0), ps.get(1)))));
        return p;
    }

    /** A stand-in transform that records what it was asked and returns f renamed. */
    private static final Transform RENAME = new Transform() {
        public Set<String> keywords() { return Set.of("argnums"); }

        public Function apply(TransformContext ctx, Function f, TransformCall call, String resultName) {
            call.argnums(f.params().size());
            return new Function(resultName, f.body(), f.resultNames(), f.loc());
        }
    };

    @Test
    void appliesTransformsInsideOutAndNamesTheResult() {
        Program p = program();
        TransformRegistry r = new TransformRegistry().register("grad", RENAME);
        Function f = new DeriveEvaluator(p, r).derive("p.Foo", "g", "grad(grad(loss))", EXPR);
        assertEquals("p.Foo.g", f.name());
        assertTrue(p.has("p.Foo.loss$grad"), "inner application gets a helper name");
        assertSame(f, p.get("p.Foo.g"));
    }

    @Test
    void unknownMethodListsTheAvailableOnes() {
        var e = assertThrows(CompileException.class,
                () -> new DeriveEvaluator(program(), TransformRegistry.standard()).derive("p.Foo", "g", "loss2", EXPR));
        assertEquals(new Loc("Foo.java", 3, 30), e.diagnostic().loc());
        assertTrue(e.diagnostic().message().contains("no @Jit method 'loss2'"));
        assertTrue(e.diagnostic().hint().contains("loss"));
    }

    @Test
    void unknownTransformAndUnimplementedTransformAreDiagnostics() {
        var unknown = assertThrows(CompileException.class,
                () -> new DeriveEvaluator(program(), new TransformRegistry()).derive("p.Foo", "g", "gradd(loss)", EXPR));
        assertTrue(unknown.diagnostic().message().contains("unknown transform 'gradd'"));
        var missing = assertThrows(CompileException.class,
                () -> new DeriveEvaluator(program(), new TransformRegistry()).derive("p.Foo", "g", "vmap(grad(loss))", EXPR));
        assertTrue(missing.diagnostic().message().contains("'grad' is not implemented yet"), "innermost first");
    }

    @Test
    void badKeywordAndArgnumsOutOfRangePointAtTheKeyword() {
        TransformRegistry r = new TransformRegistry().register("grad", RENAME);
        var kw = assertThrows(CompileException.class,
                () -> new DeriveEvaluator(program(), r).derive("p.Foo", "g", "grad(loss, in_axes=0)", EXPR));
        assertEquals(30 + 11, kw.diagnostic().loc().column());
        assertTrue(kw.diagnostic().message().contains("takes no keyword 'in_axes'"));
        var range = assertThrows(CompileException.class,
                () -> new DeriveEvaluator(program(), r).derive("p.Foo", "g", "grad(loss, argnums=2)", EXPR));
        assertEquals(30 + 11, range.diagnostic().loc().column());
        assertTrue(range.diagnostic().message().contains("argnums 2 is out of range for a function of 2 parameters"));
    }

    @Test
    void syntaxErrorsArePositioned() {
        var e = assertThrows(CompileException.class,
                () -> new DeriveEvaluator(program(), TransformRegistry.standard()).derive("p.Foo", "g", "grad(loss", EXPR));
        assertEquals(30 + 9, e.diagnostic().loc().column());
        assertTrue(e.diagnostic().message().startsWith("bad transform expression"));
    }

    @Test
    void derivedNameMayNotShadowAMethod() {
        var e = assertThrows(CompileException.class,
                () -> new DeriveEvaluator(program(), TransformRegistry.standard()).derive("p.Foo", "loss", "loss", EXPR));
        assertTrue(e.diagnostic().message().contains("already exists"));
    }
}
