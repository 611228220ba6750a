package dev.jaxc.codegen.jvm;

import static org.junit.jupiter.api.Assertions.*;

import dev.jaxc.ir.Builder;
import dev.jaxc.ir.DType;
import dev.jaxc.ir.Function;
import dev.jaxc.ir.Loc;
import dev.jaxc.ir.Op;
import dev.jaxc.ir.Program;
import dev.jaxc.ir.Type;
import dev.jaxc.ir.Value;
import dev.jaxc.ir.prim.BinaryOp;
import dev.jaxc.ir.prim.Call;
import dev.jaxc.ir.prim.ForLoop;
import dev.jaxc.ir.prim.UnaryOp;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.objectweb.asm.tree.AbstractInsnNode;
import org.objectweb.asm.tree.MethodInsnNode;

/**
 * Parallel for loops: a loop over a chunk function becomes a call of the runtime's pool (run end
 * to end by the testdata module, which has the runtime), other parallel loops run in sequence.
 */
class ParallelLoopTest {
    private static final String C = "t.Par";
    private static final int STEP = 1000;
    private static Compiled compiled;

    private static Type vec(DType d) { return Type.array(d, 1); }

    /** {@code chunk(i, n, a, b)}: for l in [i, min(i + STEP, n)): a[l] = sqrt(l) / 2, b[l] = l * l. */
    private static Function chunk() {
        return Builder.function(C + ".fill$chunk", List.of(Type.I32, Type.I32, vec(DType.F64), vec(DType.I64)), List.of("i", "n", "a", "b"), Loc.UNKNOWN, (b, ps) -> {
            Value hi = b.binary(BinaryOp.MIN, b.add(ps.get(0), b.i32(STEP)), ps.get(1));
            return b.forLoop(ps.get(0), hi, 1, false, List.of(), List.of(ps.get(2), ps.get(3)), (d, q) -> {
                Value l = q.get(0);
                Value x = d.mul(d.unary(UnaryOp.SQRT, d.convert(l, DType.F64)), d.f64(0.5));
                Value y = d.convert(d.mul(l, l), DType.I64);
                return List.of(d.arraySet(q.get(1), l, x), d.arraySet(q.get(2), l, y));
            });
        });
    }

    /** {@code a, b = new arrays of n; for[parallel] i in [0, n) step STEP: (a, b) = chunk(i, n, a, b)}. */
    private static Function fill(boolean chunkShape) {
        return Builder.function(C + (chunkShape ? ".fill" : ".fillInline"), List.of(Type.I32), List.of("n"), Loc.UNKNOWN, (b, ps) -> {
            Value n = ps.get(0);
            Value a = b.arrayNew(DType.F64, 1, n), c = b.arrayNew(DType.I64, 1, n);
            Value zero = b.i32(0);
            List<Type> types = List.of(vec(DType.F64), vec(DType.I64));
            List<Value> in = new ArrayList<>(List.of(zero, n, n, a, c));
            var body = b.region(List.of(Type.I32, Type.I32, vec(DType.F64), vec(DType.I64)), (d, q) -> {
                List<Value> r = d.call(C + ".fill$chunk", types, List.of(q.get(0), q.get(1), q.get(2), q.get(3)));
                // not the chunk shape: one more op in the body
                if (!chunkShape) d.add(q.get(0), d.i32(1));
                return r;
            });
            return b.emit(new ForLoop(STEP, false, 1, true), in, List.of(body));
        });
    }

    @BeforeAll
    static void build() {
        Program p = new Program(List.of(chunk(), fill(true), fill(false)));
        p.setAttribute(C + ".fill$chunk", ForLoop.OWNED_PARAMS, "2,3");
        compiled = Compiled.of(p, C);
    }

    private static Object part(Object record, int k) throws Exception {
        RecordComponent rc = record.getClass().getRecordComponents()[k];
        rc.getAccessor().setAccessible(true);
        return rc.getAccessor().invoke(record);
    }

    private static void check(String fn, int n) throws Exception {
        Object r = compiled.run(fn, n);
        double[] a = (double[]) part(r, 0);
        long[] b = (long[]) part(r, 1);
        assertEquals(n, a.length);
        for (int l = 0; l < n; l++) {
            assertEquals(Math.sqrt(l) * 0.5, a[l], 0.0, "a[" + l + "]");
            assertEquals((long) (l * l), b[l], "b[" + l + "]");
        }
    }

    private static boolean callsRuntime(String fn) {
        for (AbstractInsnNode i : compiled.methodNode(fn).instructions)
            if (i instanceof MethodInsnNode m && m.owner.equals(ParallelLoopLowering.RUNTIME)) return true;
        return false;
    }

    @Test
    void chunkLoopCallsThePool() {
        assertTrue(callsRuntime(C + ".fill"), () -> compiled.text(C + ".fill"));
        for (AbstractInsnNode i : compiled.methodNode(C + ".fill").instructions)
            if (i instanceof MethodInsnNode m && m.owner.equals(ParallelLoopLowering.RUNTIME))
                assertEquals(ParallelLoopLowering.RUN_DESC, m.desc);
    }

    @Test
    void chunkFunctionFillsItsPartWhenCalledAlone() throws Exception {
        double[] a = new double[3 * STEP];
        long[] b = new long[3 * STEP];
        Object r = compiled.run(C + ".fill$chunk", STEP, 3 * STEP, a, b);
        assertSame(a, part(r, 0), "in place");
        assertSame(b, part(r, 1), "in place");
        for (int l = 0; l < 3 * STEP; l++) {
            boolean mine = l >= STEP && l < 2 * STEP;
            assertEquals(mine ? Math.sqrt(l) * 0.5 : 0.0, a[l], 0.0);
            assertEquals(mine ? (long) l * l : 0L, b[l]);
        }
    }

    @Test
    void chunkFunctionWritesItsOwnedParametersInPlace() {
        assertEquals(0, compiled.allocations(C + ".fill$chunk"), () -> compiled.text(C + ".fill$chunk"));
    }

    @Test
    void otherParallelLoopsRunInSequence() throws Exception {
        assertFalse(callsRuntime(C + ".fillInline"));
        check(C + ".fillInline", 5 * STEP + 1);
    }
}
