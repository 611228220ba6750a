package dev.jaxc.passes.util;

import static org.junit.jupiter.api.Assertions.*;

import dev.jaxc.ir.Function;
import dev.jaxc.ir.Loc;
import dev.jaxc.ir.Op;
import dev.jaxc.ir.Program;
import dev.jaxc.ir.Region;
import dev.jaxc.ir.Type;
import dev.jaxc.ir.Value;
import dev.jaxc.ir.interp.Interpreter;
import dev.jaxc.ir.prim.Binary;
import dev.jaxc.ir.prim.BinaryOp;
import dev.jaxc.ir.prim.CmpOp;
import dev.jaxc.ir.prim.Compare;
import dev.jaxc.ir.prim.Const;
import dev.jaxc.ir.prim.ForLoop;
import dev.jaxc.ir.verify.IrVerifier;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Regions built with values they capture on first use come out closed, verified and runnable. */
class RegionScopeTest {
    private static Function function(RegionScope root, List<Value> params, List<Value> yields) {
        Function f = new Function("f", root.close(params, List.of(), List.of(), yields));
        IrVerifier.verify(f, new Program(List.of(f)));
        return f;
    }

    @Test
    void nestedRegionsCaptureThroughEveryLevelOnce() {
        RegionScope root = RegionScope.root(Loc.UNKNOWN);
        Value n = root.param(Type.I32, "n"), c = root.param(Type.F64, "c");
        Value zero = root.emit1(Const.ofInt(0));
        // for i < n: s = s + c * (for j < n: t = t + c)   — c is captured by both loops, once each
        Value s = root.forLoop(zero, n, 1, false, List.of(root.emit1(Const.ofDouble(0))), (l, ps) -> {
            Value t = l.forLoop(l.emit1(Const.ofInt(0)), n, 1, false, List.of(l.emit1(Const.ofDouble(0))),
                    (l2, qs) -> List.of(l2.emit1(new Binary(BinaryOp.ADD), qs.get(1), c))).get(0);
            return List.of(l.emit1(new Binary(BinaryOp.ADD), ps.get(1), l.emit1(new Binary(BinaryOp.MUL), c, t)));
        }).get(0);
        Function f = function(root, List.of(n, c), List.of(s));
        Op outer = f.body().ops().get(2);
        assertEquals(2, ((ForLoop) outer.prim()).nConsts(), "n and c");
        Op inner = outer.region(0).ops().stream().filter(o -> o.prim() instanceof ForLoop).findFirst().orElseThrow();
        List<Value> consts = outer.inputs().subList(2, 4);
        Value nInside = outer.region(0).params().get(1 + consts.indexOf(n));
        Value cInside = outer.region(0).params().get(1 + consts.indexOf(c));
        assertEquals(nInside, inner.input(1), "the inner loop's bound is the outer loop's parameter for n");
        assertEquals(List.of(cInside), inner.inputs().subList(2, 3), "and its one const the outer loop's parameter for c");
        assertEquals(3 * 1.5 * 3 * 1.5, (double) Interpreter.run1(new Program(List.of(f)), "f", 3, 1.5));
    }

    @Test
    void branchesGetOneParameterListEvenWhenOnlyOneReadsAValue() {
        RegionScope root = RegionScope.root(Loc.UNKNOWN);
        Value x = root.param(Type.F64, "x"), y = root.param(Type.F64, "y");
        Value p = root.emit1(new Compare(CmpOp.GT), x, root.emit1(Const.ofDouble(0)));
        Value r = root.cond(p, (s, q) -> List.of(s.emit1(new Binary(BinaryOp.MUL), x, y)), (s, q) -> List.of(s.use(x))).get(0);
        Function f = function(root, List.of(x, y), List.of(r));
        Op cond = f.body().ops().get(2);
        assertEquals(List.of(p, x, y), cond.inputs());
        for (Region branch : cond.regions()) assertEquals(2, branch.params().size());
        Program prog = new Program(List.of(f));
        assertEquals(6.0, (double) Interpreter.run1(prog, "f", 2.0, 3.0));
        assertEquals(-2.0, (double) Interpreter.run1(prog, "f", -2.0, 3.0));
    }

    @Test
    void aReleasedCaptureBecomesACarry() {
        RegionScope root = RegionScope.root(Loc.UNKNOWN);
        Value n = root.param(Type.I32, "n");
        Value acc = root.emit1(Const.ofInt(10));
        RegionScope body = root.child();
        Value i = body.param(Type.I32, "i");
        Value sum = body.emit1(new Binary(BinaryOp.ADD), body.use(acc), i);
        Value carry = body.release(acc);
        assertTrue(body.captured().isEmpty());
        Region r = body.close(List.of(i), List.of(), List.of(carry), List.of(sum));
        Value out = root.emit(new ForLoop(1, false, 0), List.of(root.emit1(Const.ofInt(0)), n, acc), List.of(r)).get(0);
        Function f = function(root, List.of(n), List.of(out));
        assertEquals(10 + 0 + 1 + 2 + 3, (int) Interpreter.run1(new Program(List.of(f)), "f", 4));
    }

    @Test
    void usingAValueOfAnotherFunctionFails() {
        RegionScope root = RegionScope.root(Loc.UNKNOWN);
        Value stranger = new Value(Type.I32, "stranger");
        assertThrows(IllegalStateException.class, () -> root.use(stranger));
    }
}
