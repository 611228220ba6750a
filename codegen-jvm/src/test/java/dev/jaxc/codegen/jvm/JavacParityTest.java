package dev.jaxc.codegen.jvm;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.jaxc.ir.Builder;
import dev.jaxc.ir.DType;
import dev.jaxc.ir.Loc;
import dev.jaxc.ir.Program;
import dev.jaxc.ir.Type;
import dev.jaxc.ir.Value;
import dev.jaxc.ir.prim.CmpOp;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.objectweb.asm.ClassReader;
import org.objectweb.asm.tree.AbstractInsnNode;
import org.objectweb.asm.tree.ClassNode;
import org.objectweb.asm.tree.MethodNode;

/**
 * For the IR the frontend makes from plain loops, the backend emits the instructions javac
 * emits for the loop itself (compared opcode by opcode with this class's own methods).
 */
class JavacParityTest {
    private static final Type D1 = Type.array(DType.F64, 1);

    static double dot(double[] x, double[] y, int n) {
        double s = 0;
        for (int i = 0; i < n; i++) s += x[i] * y[i];
        return s;
    }

    static double[] twice(double[] x, int n) {
        double[] y = new double[n];
        for (int i = 0; i < n; i++) y[i] = x[i] * 2.0;
        return y;
    }

    static int countdown(int k) {
        int steps = 0;
        while (k > 1) {
            k = k - 2;
            steps = steps + 1;
        }
        return steps;
    }

    @Test
    void loopsCompileLikeJavac() throws IOException {
        Program p = new Program();
        p.add(Builder.function("t.J.dot", List.of(D1, D1, Type.I32), List.of("x", "y", "n"), Loc.UNKNOWN, (b, ps) ->
                b.forLoop(b.i32(0), ps.get(2), 1, false, List.of(ps.get(0), ps.get(1)), List.of(b.f64(0)), (bb, q) ->
                        List.of(bb.add(q.get(3), bb.mul(bb.arrayGet(q.get(1), q.get(0)), bb.arrayGet(q.get(2), q.get(0))))))));
        p.add(Builder.function("t.J.twice", List.of(D1, Type.I32), List.of("x", "n"), Loc.UNKNOWN, (b, ps) -> {
            Value y = b.arrayNew(DType.F64, 1, ps.get(1));
            return b.forLoop(b.i32(0), ps.get(1), 1, false, List.of(ps.get(0)), List.of(y), (bb, q) ->
                    List.of(bb.arraySet(q.get(2), q.get(0), bb.mul(bb.arrayGet(q.get(1), q.get(0)), bb.f64(2.0)))));
        }));
        p.add(Builder.function("t.J.countdown", List.of(Type.I32), List.of("k"), Loc.UNKNOWN, (b, ps) ->
                List.of(b.whileLoop(List.of(), List.of(ps.get(0), b.i32(0)),
                        (c, q) -> List.of(c.compare(CmpOp.GT, q.get(0), c.i32(1)), q.get(0), q.get(1)),
                        (bd, q) -> List.of(bd.sub(q.get(0), bd.i32(2)), bd.add(q.get(1), bd.i32(1)))).get(1))));
        Compiled c = Compiled.of(p, "t.J");
        for (String m : List.of("dot", "twice", "countdown"))
            assertEquals(javacOpcodes(m), c.opcodes("t.J." + m), m + ":\n" + c.text("t.J." + m));
        assertEquals(countdown(9), c.run("t.J.countdown", 9));
    }

    private static List<Integer> javacOpcodes(String method) throws IOException {
        ClassNode cn = new ClassNode();
        try (InputStream in = JavacParityTest.class.getResourceAsStream("JavacParityTest.class")) {
            new ClassReader(in).accept(cn, 0);
        }
        List<Integer> out = new ArrayList<>();
        for (MethodNode m : cn.methods)
            if (m.name.equals(method)) for (AbstractInsnNode i : m.instructions) if (i.getOpcode() >= 0) out.add(i.getOpcode());
        return out;
    }
}
