package dev.jaxc.passes.ad;

import static org.junit.jupiter.api.Assertions.*;

import dev.jaxc.ir.Builder;
import dev.jaxc.ir.DType;
import dev.jaxc.ir.Type;
import dev.jaxc.ir.Value;
import dev.jaxc.ir.diag.CompileException;
import dev.jaxc.ir.prim.UnaryOp;
import java.util.List;
import org.junit.jupiter.api.Test;

/** User rules from @CustomJvp / @CustomVjp (recorded as program attributes by the frontend). */
class CustomRulesTest {
    static final Type V = Type.array(DType.F64, 1), M = Type.array(DType.F64, 2);

    /** log(1 + e^x), whose body overflows for large x, with the stable rule ẋ / (1 + e^-x). */
    static AdHarness log1pexp() {
        AdHarness h = new AdHarness();
        h.add("log1pexp", List.of(Type.F64), List.of("x"), (b, ps) ->
                List.of(b.unary(UnaryOp.LOG, b.add(b.f64(1), b.unary(UnaryOp.EXP, ps.get(0))))));
        h.add("log1pexpJvp", List.of(Type.F64, Type.F64), List.of("x", "dx"), (b, ps) ->
                List.of(b.div(ps.get(1), b.add(b.f64(1), b.unary(UnaryOp.EXP, b.neg(ps.get(0)))))));
        h.add("user", List.of(Type.F64, Type.F64), List.of("x", "w"), (b, ps) ->
                List.of(b.mul(ps.get(1), b.call("t.T.log1pexp", List.of(Type.F64), List.of(b.mul(ps.get(0), ps.get(1)))).get(0))));
        h.program.setAttribute("t.T.log1pexp", CustomRules.JVP, "t.T.log1pexpJvp");
        return h;
    }

    @Test
    void customJvpIsUsedByEveryMode() {
        AdHarness h = log1pexp();
        h.derive("g", "grad(log1pexp)");
        h.derive("j", "jvp(log1pexp)");
        h.derive("gg", "grad(grad(log1pexp))");
        assertEquals(1.0, h.runScalar("g", 1000.0), "the body's derivative would be inf/inf = NaN");
        assertEquals(1.0, (Double) h.run("j", 1000.0, 1.0)[1]);
        double x = 0.3, s = 1 / (1 + Math.exp(-x));
        assertEquals(s, h.runScalar("g", x), 1e-15);
        assertEquals(s * (1 - s), h.runScalar("gg", x), 1e-15, "second order differentiates the rule");
        DerivativeChecks.check(h, "user", 11, 0.4, -1.3);
        assertTrue(h.print("user_grad_0_1").contains("log1pexpJvp"), h.print("user_grad_0_1"));
    }

    /** x = A⁻¹ b for 2×2 A by Cramer's rule, with backward methods from the implicit function theorem. */
    static AdHarness solver() {
        AdHarness h = new AdHarness();
        h.add("solve", List.of(M, V), List.of("a", "b"), (b, ps) -> List.of(cramer(b, ps.get(0), ps.get(1))));
        // λ = A⁻ᵀ ct;  dA = −λ xᵀ;  db = λ
        h.add("solveBwdA", List.of(M, V, V, V), List.of("a", "b", "x", "ct"), (b, ps) -> {
            Value lam = cramer(b, transpose(b, ps.get(0)), ps.get(3)), x = ps.get(2);
            List<Value> rows = new java.util.ArrayList<>();
            for (int i = 0; i < 2; i++) {
                Value li = b.arrayGet(lam, b.i32(i));
                rows.add(b.arrayLiteral(DType.F64, 1, List.of(b.neg(b.mul(li, b.arrayGet(x, b.i32(0)))), b.neg(b.mul(li, b.arrayGet(x, b.i32(1)))))));
            }
            return List.of(b.arrayLiteral(DType.F64, 2, rows));
        });
        h.add("solveBwdB", List.of(M, V, V, V), List.of("a", "b", "x", "ct"), (b, ps) -> List.of(cramer(b, transpose(b, ps.get(0)), ps.get(3))));
        h.add("loss", List.of(M, V), List.of("a", "b"), (b, ps) -> {
            Value x = b.call("t.T.solve", List.of(V), ps).get(0);
            Value x0 = b.arrayGet(x, b.i32(0)), x1 = b.arrayGet(x, b.i32(1));
            return List.of(b.add(b.mul(x0, x0), b.mul(b.f64(3), b.mul(x1, b.unary(UnaryOp.SIN, x1)))));
        });
        h.program.setAttribute("t.T.solve", CustomRules.VJP, "t.T.solveBwdA, t.T.solveBwdB");
        return h;
    }

    static Value cramer(Builder b, Value a, Value rhs) {
        Value a00 = b.arrayGet(a, b.i32(0), b.i32(0)), a01 = b.arrayGet(a, b.i32(0), b.i32(1));
        Value a10 = b.arrayGet(a, b.i32(1), b.i32(0)), a11 = b.arrayGet(a, b.i32(1), b.i32(1));
        Value r0 = b.arrayGet(rhs, b.i32(0)), r1 = b.arrayGet(rhs, b.i32(1));
        Value det = b.sub(b.mul(a00, a11), b.mul(a01, a10));
        Value x0 = b.div(b.sub(b.mul(r0, a11), b.mul(a01, r1)), det), x1 = b.div(b.sub(b.mul(a00, r1), b.mul(a10, r0)), det);
        return b.arrayLiteral(DType.F64, 1, List.of(x0, x1));
    }

    static Value transpose(Builder b, Value a) {
        List<Value> rows = new java.util.ArrayList<>();
        for (int i = 0; i < 2; i++) rows.add(b.arrayLiteral(DType.F64, 1, List.of(b.arrayGet(a, b.i32(0), b.i32(i)), b.arrayGet(a, b.i32(1), b.i32(i)))));
        return b.arrayLiteral(DType.F64, 2, rows);
    }

    @Test
    void customVjpInReverseAndForwardMode() {
        AdHarness h = solver();
        double[][] a = {{3, 1}, {0.5, 2}};
        double[] b = {1, -2};
        DerivativeChecks.check(h, "loss", 12, a, b);
        String grad = h.print("loss_grad_0_1");
        assertTrue(grad.contains("call @t.T.solve$cvjp$bwd"), grad);
        String bwd = h.program.functions().stream().filter(f -> f.name().startsWith("t.T.solve$cvjp$bwd")).findFirst()
                .map(f -> dev.jaxc.ir.text.IrPrinter.print(f)).orElseThrow();
        assertTrue(bwd.contains("call @t.T.solveBwdA") && bwd.contains("call @t.T.solveBwdB"), bwd);
        h.derive("jf", "jacfwd(solve, argnums=1)");
        h.derive("jr", "jacrev(solve, argnums=1)");
        double[][] jf = (double[][]) h.run("jf", a, b)[0], jr = (double[][]) h.run("jr", a, b)[0];
        AdHarness.assertClose(jf, jr, 1e-12, 1e-300, "jacfwd vs jacrev through the custom VJP");
        double det = 3 * 2 - 0.5; // ∂x/∂b = A⁻¹
        AdHarness.assertClose(new double[][] {{2 / det, -1 / det}, {-0.5 / det, 3 / det}}, jf, 1e-14, 1e-15, "A⁻¹");
    }

    @Test
    void badRuleSignaturesAreReportedAtTheRule() {
        AdHarness h = log1pexp();
        h.add("wrong", List.of(Type.F64), List.of("x"), (b, ps) -> List.of(ps.get(0)));
        h.program.setAttribute("t.T.log1pexp", CustomRules.JVP, "t.T.wrong");
        CompileException e = assertThrows(CompileException.class, () -> h.derive("g", "grad(log1pexp)"));
        assertTrue(e.diagnostic().message().contains("custom JVP rule wrong of log1pexp must take (double, double) and return (double)"), e.getMessage());
        AdHarness s = solver();
        s.program.setAttribute("t.T.solve", CustomRules.VJP, "t.T.solveBwdB");
        CompileException v = assertThrows(CompileException.class, () -> s.derive("g", "grad(loss)"));
        assertTrue(v.diagnostic().message().contains("names 1 backward method but it has 2"), v.getMessage());
    }

    @Test
    void aCustomJvpRuleMustBeLinearInItsTangents() {
        AdHarness h = new AdHarness();
        h.add("sq", List.of(Type.F64), List.of("x"), (b, ps) -> List.of(b.mul(ps.get(0), ps.get(0))));
        h.add("sqJvp", List.of(Type.F64, Type.F64), List.of("x", "dx"), (b, ps) -> List.of(b.mul(ps.get(1), ps.get(1))));
        h.program.setAttribute("t.T.sq", CustomRules.JVP, "t.T.sqJvp");
        h.derive("fwd", "jvp(sq)"); // forward mode just runs the rule
        CompileException e = assertThrows(CompileException.class, () -> h.derive("rev", "grad(sq)"));
        assertTrue(e.diagnostic().message().contains("not linear in its tangent inputs"), e.getMessage());
    }
}
