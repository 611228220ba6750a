package dev.jaxc.passes.ad;

import static org.junit.jupiter.api.Assertions.*;

import dev.jaxc.ir.DType;
import dev.jaxc.ir.Type;
import dev.jaxc.ir.Value;
import dev.jaxc.ir.prim.Binary;
import dev.jaxc.ir.prim.BinaryOp;
import dev.jaxc.ir.prim.Unary;
import dev.jaxc.ir.prim.UnaryOp;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.Test;

/** Every differentiable elementwise operation: reverse = forward = central differences. */
class ElementwiseDerivativesTest {
    @ParameterizedTest
    @EnumSource(UnaryOp.class)
    void unary(UnaryOp op) {
        if (!op.accepts(DType.F64)) return; // not, bitnot: integers and booleans only
        AdHarness h = new AdHarness();
        // f(x) = op(0.3·x + 0.2) · x keeps the argument in every domain (|·| < 1, > 0) for x near 0.7.
        h.add("f", List.of(Type.F64), List.of("x"), (b, ps) -> {
            Value x = ps.get(0);
            Value arg = b.add(b.mul(b.f64(0.3), x), b.f64(0.2));
            return List.of(b.mul(b.emit1(new Unary(op, op.ordinal() % 2 == 0), arg), x));
        });
        DerivativeChecks.check(h, "f", op.ordinal(), 0.7);
    }

    @ParameterizedTest
    @EnumSource(BinaryOp.class)
    void binary(BinaryOp op) {
        if (!op.accepts(DType.F64)) return; // bitwise and shifts
        AdHarness h = new AdHarness();
        h.add("f", List.of(Type.F64, Type.F64), List.of("x", "y"), (b, ps) ->
                List.of(b.mul(b.emit1(new Binary(op), ps.get(0), ps.get(1)), b.add(ps.get(0), ps.get(1)))));
        DerivativeChecks.check(h, "f", op.ordinal(), 0.7, 1.3);
        DerivativeChecks.check(h, "f", op.ordinal() + 100, 1.9, 0.6);
    }

    @Test
    void floatArithmeticStaysInFloat() {
        AdHarness h = new AdHarness();
        h.add("f", List.of(Type.F32, Type.F32), List.of("x", "y"), (b, ps) -> {
            Value x = ps.get(0), y = ps.get(1);
            Value q = b.div(b.mul(x, x), b.add(y, b.f32(2f)));
            return List.of(b.add(b.unary(UnaryOp.ABS, b.sub(q, y)), b.binary(BinaryOp.MAX, x, y)));
        });
        Function2 g = new Function2(h.derive("g", "grad(f, argnums=(0, 1))"));
        assertEquals(Type.F32, g.f().resultTypes().get(0));
        Object[] r = h.run("g", 1.5f, 0.25f);
        float x = 1.5f, y = 0.25f;
        float dq = 2 * x / (y + 2), s = Math.signum(x * x / (y + 2) - y);
        assertEquals(s * dq + 1f, (Float) r[0], 1e-6f);
        assertEquals(s * (-x * x / ((y + 2) * (y + 2)) - 1), (Float) r[1], 1e-6f);
    }

    private record Function2(dev.jaxc.ir.Function f) {}

    @Test
    void nonSmoothPointsFollowJax() {
        AdHarness h = new AdHarness();
        h.add("absAt", List.of(Type.F64), List.of("x"), (b, ps) -> List.of(b.unary(UnaryOp.ABS, ps.get(0))));
        h.add("maxTie", List.of(Type.F64, Type.F64), List.of("x", "y"), (b, ps) -> List.of(b.binary(BinaryOp.MAX, ps.get(0), ps.get(1))));
        h.add("floorOf", List.of(Type.F64), List.of("x"), (b, ps) -> List.of(b.unary(UnaryOp.FLOOR, ps.get(0))));
        h.add("powZero", List.of(Type.F64, Type.F64), List.of("x", "y"), (b, ps) -> List.of(b.binary(BinaryOp.POW, ps.get(0), ps.get(1))));
        h.derive("dabs", "grad(absAt)");
        h.derive("dmax", "grad(maxTie, argnums=(0, 1))");
        h.derive("dfloor", "grad(floorOf)");
        h.derive("dpow", "grad(powZero, argnums=(0, 1))");
        assertEquals(0.0, h.runScalar("dabs", 0.0), "abs'(0) = signum(0) = 0");
        Object[] m = h.run("dmax", 2.0, 2.0);
        assertEquals(0.5, (Double) m[0], "a tie splits the derivative");
        assertEquals(0.5, (Double) m[1]);
        assertEquals(0.0, h.runScalar("dfloor", 2.0), "floor' = 0, also at integers");
        Object[] p = h.run("dpow", 0.0, 0.0);
        assertEquals(0.0, (Double) p[0], "∂x x^y = 0 where y = 0");
        assertEquals(0.0, (Double) p[1], "∂y x^y = 0 where x = 0");
    }
}
