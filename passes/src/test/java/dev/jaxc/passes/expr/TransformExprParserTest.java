package dev.jaxc.passes.expr;

import static org.junit.jupiter.api.Assertions.*;

import dev.jaxc.passes.expr.TransformExpr.*;
import org.junit.jupiter.api.Test;

class TransformExprParserTest {
    private static TransformExpr parse(String s) throws Exception { return TransformExprParser.parse(s); }

    @Test
    void parsesNestedApplicationsWithKeywords() throws Exception {
        TransformExpr e = parse("vmap(grad(loss, argnums=1), in_axes=(None, 0))");
        Apply vmap = assertInstanceOf(Apply.class, e);
        assertEquals("vmap", vmap.transform());
        Apply grad = assertInstanceOf(Apply.class, vmap.fn());
        assertEquals("grad", grad.transform());
        assertEquals(new IntArg(1), grad.kwargs().get("argnums").value());
        assertEquals("loss", ((FnRef) grad.fn()).name());
        TupleArg axes = assertInstanceOf(TupleArg.class, vmap.kwargs().get("in_axes").value());
        assertEquals(2, axes.items().size());
        assertInstanceOf(NoneArg.class, axes.items().get(0));
        assertEquals("vmap(grad(loss, argnums=1), in_axes=(None, 0))", e.canonical());
        assertEquals(5, grad.offset());
    }

    @Test
    void canonicalFormIgnoresWhitespaceAndKeepsOneTuples() throws Exception {
        assertEquals("grad(f, argnums=(0,))", parse("  grad( f ,argnums = (0,) ) ").canonical());
        assertEquals("jacfwd(jacrev(Other.f))", parse("jacfwd(jacrev(Other.f))").canonical());
        assertEquals("grad(f, argnums=-1)", parse("grad(f, argnums=-1)").canonical());
    }

    @Test
    void reportsSyntaxErrorsWithOffsets() {
        assertError("grad(loss", 9, "missing ')'");
        assertError("grad(loss, 1)", 11, "only the first argument of grad is a function");
        assertError("grad(loss) x", 11, "unexpected 'x'");
        assertError("", 0, "empty transform expression");
        assertError("vmap(f, in_axes=(0 1))", 19, "expected ',' or ')' in tuple");
        assertError("grad(f, argnums=x)", 16, "expected an integer, None or a tuple");
        assertError("grad(f, argnums=0, argnums=1)", 19, "given twice");
        assertError("a.grad(f)", 0, "is not a transform");
    }

    private static void assertError(String text, int offset, String message) {
        var err = assertThrows(TransformExprParser.SyntaxError.class, () -> TransformExprParser.parse(text));
        assertEquals(offset, err.offset(), err.getMessage());
        assertTrue(err.getMessage().contains(message), err.getMessage());
    }
}
