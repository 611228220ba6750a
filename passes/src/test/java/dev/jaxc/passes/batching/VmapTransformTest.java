package dev.jaxc.passes.batching;

import static org.junit.jupiter.api.Assertions.*;

import dev.jaxc.ir.Builder;
import dev.jaxc.ir.DType;
import dev.jaxc.ir.Function;
import dev.jaxc.ir.Loc;
import dev.jaxc.ir.Op;
import dev.jaxc.ir.Program;
import dev.jaxc.ir.Region;
import dev.jaxc.ir.Type;
import dev.jaxc.ir.diag.CompileException;
import dev.jaxc.ir.interp.Interpreter;
import dev.jaxc.ir.prim.Call;
import dev.jaxc.ir.prim.UnaryOp;
import dev.jaxc.ir.prim.WhileLoop;
import dev.jaxc.ir.verify.IrVerifier;
import dev.jaxc.passes.transform.DeriveEvaluator;
import dev.jaxc.passes.transform.TransformRegistry;
import java.util.List;
import org.junit.jupiter.api.Test;

/** vmap and pmap through the transform language: signatures, nesting, diagnostics. */
class VmapTransformTest {
    private static final Loc EXPR = new Loc("Foo.java", 7, 20);

    /** {@code f(x, w) = sin(x) * w[0]}, {@code g(v) = v[0] + v.length}. */
    private static Program program() {
        Program p = new Program();
        p.add(Builder.function("t.Foo.f", List.of(Type.F64, Type.array(DType.F64, 1)), List.of("x", "w"), EXPR, (b, ps) ->
                List.of(b.mul(b.unary(UnaryOp.SIN, ps.get(0)), b.arrayGet(ps.get(1), b.i32(0))))));
        p.add(Builder.function("t.Foo.g", List.of(Type.array(DType.F64, 1)), List.of("v"), EXPR, (b, ps) ->
                List.of(b.add(b.arrayGet(ps.get(0), b.i32(0)), b.convert(b.arrayLength(ps.get(0)), DType.F64)))));
        return p;
    }

    private static Function derive(Program p, String name, String expr) {
        Function f = new DeriveEvaluator(p, TransformRegistry.standard()).derive("t.Foo", name, expr, EXPR);
        IrVerifier.verify(p);
        return f;
    }

    private static CompileException error(String expr) {
        return assertThrows(CompileException.class, () -> derive(program(), "h", expr));
    }

    @Test
    void batchedParametersGainADimension() {
        Program p = program();
        Function v = derive(p, "v", "vmap(f, in_axes=(0, None))");
        assertEquals(List.of(Type.array(DType.F64, 1), Type.array(DType.F64, 1)), v.paramTypes());
        assertEquals(List.of(Type.array(DType.F64, 1)), v.resultTypes());
        Function both = derive(p, "both", "vmap(f)");
        assertEquals(List.of(Type.array(DType.F64, 1), Type.array(DType.F64, 2)), both.paramTypes());
        Function cols = derive(p, "cols", "vmap(g, in_axes=1)");
        assertEquals(List.of(Type.array(DType.F64, 2)), cols.paramTypes());
        Function last = derive(p, "last", "vmap(g, in_axes=-1)");
        assertEquals(cols.paramTypes(), last.paramTypes(), "-1 is the batched array's last axis: 1");
        double[] got = (double[]) Interpreter.run1(p, "t.Foo.cols", (Object) new double[][] {{1, 2, 3}, {4, 5, 6}});
        assertArrayEquals(new double[] {3, 4, 5}, got, "lane l's array is column l");
    }

    @Test
    void nestedVmapCallsTheInnerBatchedFunctionPerOuterLane() {
        Program p = program();
        Function vv = derive(p, "vv", "vmap(vmap(f, in_axes=(0, None)), in_axes=(0, None))");
        assertEquals(List.of(Type.array(DType.F64, 2), Type.array(DType.F64, 1)), vv.paramTypes());
        assertEquals(List.of(Type.array(DType.F64, 2)), vv.resultTypes());
        assertTrue(contains(vv.body(), Call.class) && !contains(vv.body(), WhileLoop.class));
        double[][] xs = {{0.5, 1.5}, {2.5}, {}};
        double[] w = {3.0};
        double[][] got = (double[][]) Interpreter.run1(p, "t.Foo.vv", xs, w);
        for (int i = 0; i < xs.length; i++) {
            assertEquals(xs[i].length, got[i].length);
            for (int j = 0; j < xs[i].length; j++) assertEquals(Math.sin(xs[i][j]) * 3.0, got[i][j]);
        }
        Function pv = derive(p, "pv", "pmap(vmap(f, in_axes=(0, None)), in_axes=(0, None))");
        assertArrayEquals(got, (double[][]) Interpreter.run1(p, pv.name(), xs, w));
    }

    private static boolean contains(Region r, Class<?> prim) {
        for (Op op : r.ops()) {
            if (prim.isInstance(op.prim())) return true;
            for (Region inner : op.regions()) if (contains(inner, prim)) return true;
        }
        return false;
    }

    @Test
    void axisErrorsPointAtTheKeyword() {
        CompileException scalar = error("vmap(f, in_axes=(1, None))");
        assertEquals(20 + 8, scalar.diagnostic().loc().column());
        assertTrue(scalar.diagnostic().message().contains("in_axes 1 is out of range for parameter 0 'x' of type double"), scalar.getMessage());
        CompileException none = error("vmap(f, in_axes=None)");
        assertTrue(none.diagnostic().message().contains("at least one batched parameter"));
        CompileException deep = error("vmap(vmap(g, in_axes=1), in_axes=2)");
        assertTrue(deep.diagnostic().message().contains("only axes 0 and 1"), deep.getMessage());
        CompileException out = error("vmap(f, out_axes=1)");
        assertTrue(out.diagnostic().message().contains("out_axes 1 is out of range for result 0 of type double"), out.getMessage());
        CompileException arity = error("vmap(f, in_axes=(0,))");
        assertTrue(arity.diagnostic().message().contains("in_axes has 1 entries but the function has 2 parameters"));
    }
}
