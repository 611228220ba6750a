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
import dev.jaxc.ir.text.IrPrinter;
import dev.jaxc.ir.verify.IrVerifier;
import dev.jaxc.passes.transform.TransformContext;
import java.util.BitSet;
import java.util.List;
import org.junit.jupiter.api.Test;

class JvpSmokeTest {
    @Test
    void scalar() {
        Program p = new Program();
        Function f = Builder.function("t.F.f", List.of(Type.F64, Type.F64), List.of("x", "y"), Loc.UNKNOWN, (b, ps) -> {
            Value x = ps.get(0), y = ps.get(1);
            Value s = b.unary(UnaryOp.SIN, b.mul(x, y));
            return List.of(b.add(s, b.div(b.unary(UnaryOp.EXP, x), y)));
        });
        p.add(f);
        AdContext ctx = AdContext.of(new TransformContext(p));
        BitSet act = new BitSet();
        act.set(0, 2);
        Function j = JvpPass.build(ctx, f, act, "t.F.fj").function();
        p.add(j);
        System.out.println(IrPrinter.print(j));
        IrVerifier.verify(p);
        Object[] r = Interpreter.run(p, "t.F.fj", 0.7, 1.3, 1.0, 0.0);
        double h = 1e-6;
        double fd = ((Double) Interpreter.run1(p, "t.F.f", 0.7 + h, 1.3) - (Double) Interpreter.run1(p, "t.F.f", 0.7 - h, 1.3)) / (2 * h);
        assertEquals(fd, (Double) r[1], 1e-8);
    }
}
