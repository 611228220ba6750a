package dev.jaxc.passes.ad;

import static org.junit.jupiter.api.Assertions.*;

import dev.jaxc.ir.Builder;
import dev.jaxc.ir.Function;
import dev.jaxc.ir.Loc;
import dev.jaxc.ir.Program;
import dev.jaxc.ir.Type;
import dev.jaxc.ir.Value;
import dev.jaxc.ir.interp.Interpreter;
import dev.jaxc.ir.prim.UnaryOp;
import dev.jaxc.ir.verify.IrVerifier;
import dev.jaxc.passes.transform.TransformContext;
import dev.jaxc.passes.util.Cleanup;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The two sweeps of reverse mode, inlined by hand into one gradient function. */
class VjpSmokeTest {
    static Function grad(Program p, Function f, BitSet act) {
        AdContext ctx = AdContext.of(new TransformContext(p));
        VjpPass.Sweeps s = VjpPass.sweeps(ctx, f, act);
        List<Type> pt = f.paramTypes();
        Function g = Builder.function(f.name() + "$g", pt, null, Loc.UNKNOWN, (b, ps) -> {
            VjpPass.Emitted e = VjpPass.emit(b, s, f, ps, List.of(b.f64(1.0)));
            return e.cts();
        });
        g = Cleanup.exact(g);
        p.put(g);
        IrVerifier.verify(p);
        return g;
    }

    @Test
    void scalar() {
        Program p = new Program();
        Function f = Builder.function("t.F.f", List.of(Type.F64, Type.F64), List.of("x", "y"), Loc.UNKNOWN, (b, ps) -> {
            Value x = ps.get(0), y = ps.get(1);
            Value s = b.unary(UnaryOp.SIN, b.mul(x, y));
            return List.of(b.add(s, b.div(b.unary(UnaryOp.EXP, x), y)));
        });
        p.add(f);
        BitSet act = new BitSet();
        act.set(0, 2);
        Function g = grad(p, f, act);
        Object[] r = Interpreter.run(p, g.name(), 0.7, 1.3);
        double h = 1e-6;
        double fd = ((Double) Interpreter.run1(p, "t.F.f", 0.7 + h, 1.3) - (Double) Interpreter.run1(p, "t.F.f", 0.7 - h, 1.3)) / (2 * h);
        assertEquals(fd, (Double) r[0], 1e-8);
    }

    @Test
    void loopSumOfSquares() {
        Program p = new Program();
        // f(x[]) = sum_i sin(x[i]) * x[i]
        Function f = Builder.function("t.F.s", List.of(Type.array(dev.jaxc.ir.DType.F64, 1)), List.of("x"), Loc.UNKNOWN, (b, ps) -> {
            Value x = ps.get(0);
            Value n = b.arrayLength(x);
            return b.forLoop(b.i32(0), n, 1, false, List.of(x), List.of(b.f64(0)), (bb, q) -> {
                Value xi = bb.arrayGet(q.get(1), q.get(0));
                return List.of(bb.add(q.get(2), bb.mul(bb.unary(UnaryOp.SIN, xi), xi)));
            });
        });
        p.add(f);
        BitSet act = new BitSet();
        act.set(0);
        Function g = grad(p, f, act);
        double[] x = {0.3, -1.2, 2.5};
        double[] gr = (double[]) Interpreter.run1(p, g.name(), (Object) x);
        for (int i = 0; i < 3; i++) assertEquals(Math.cos(x[i]) * x[i] + Math.sin(x[i]), gr[i], 1e-14);
    }
}
