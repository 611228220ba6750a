package dev.jaxc.passes.util;

import static org.junit.jupiter.api.Assertions.*;

import dev.jaxc.ir.Builder;
import dev.jaxc.ir.DType;
import dev.jaxc.ir.Function;
import dev.jaxc.ir.Loc;
import dev.jaxc.ir.Op;
import dev.jaxc.ir.Program;
import dev.jaxc.ir.Region;
import dev.jaxc.ir.Type;
import dev.jaxc.ir.Value;
import dev.jaxc.ir.prim.ArrayNew;
import dev.jaxc.ir.prim.Binary;
import dev.jaxc.ir.prim.BinaryOp;
import dev.jaxc.ir.prim.ForLoop;
import dev.jaxc.ir.prim.UnaryOp;
import dev.jaxc.ir.text.IrPrinter;
import dev.jaxc.ir.verify.IrVerifier;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class UtilPassesTest {
    private static final Type F64_1 = Type.array(DType.F64, 1);

    private static Function fn(List<Type> params, Builder.RegionBody body) {
        return Builder.function("t.U.f", params, null, Loc.UNKNOWN, body);
    }

    private static Function verified(Function f) {
        IrVerifier.verify(f, new Program().add(f));
        return f;
    }

    private static long count(Region r, Class<?> prim) {
        long n = 0;
        for (Op op : r.ops()) {
            if (prim.isInstance(op.prim())) n++;
            for (Region inner : op.regions()) n += count(inner, prim);
        }
        return n;
    }

    /** A loop with a live carry, a dead carry (which only feeds itself), and an unused constant. */
    private static Function loopWithDeadCarry() {
        return fn(List.of(Type.F64, Type.I32), (b, ps) -> {
            Value x = ps.get(0), n = ps.get(1);
            Value unused = b.unary(UnaryOp.EXP, x);
            List<Value> r = b.forLoop(b.i32(0), n, 1, false, List.of(x, unused), List.of(b.f64(0), b.f64(1)), (bb, q) -> {
                Value acc = bb.add(q.get(3), q.get(1));
                Value dead = bb.mul(q.get(4), bb.unary(UnaryOp.SIN, q.get(4)));
                return List.of(acc, dead);
            });
            return List.of(r.get(0));
        });
    }

    @Test
    void dceDropsDeadCarriesConstantsAndOps() {
        Function f = verified(DcePass.run(loopWithDeadCarry()));
        Op loop = f.body().ops().stream().filter(o -> o.prim() instanceof ForLoop).findFirst().orElseThrow();
        assertEquals(1, loop.results().size(), IrPrinter.print(f));
        assertEquals(1, ((ForLoop) loop.prim()).nConsts(), "the unused constant goes");
        assertEquals(0, count(f.body(), dev.jaxc.ir.prim.Unary.class), "exp (dead const) and sin (dead carry) go");
    }

    @Test
    void dcePreservingExceptionsKeepsADeadArrayRead() {
        Function f = fn(List.of(F64_1), (b, ps) -> {
            b.arrayGet(ps.get(0), b.i32(10)); // may throw: kept
            b.unary(UnaryOp.SIN, b.f64(1)); // pure: dropped
            return List.of(b.f64(0));
        });
        Function kept = verified(DcePass.preservingExceptions().apply(f));
        assertEquals(1, count(kept.body(), dev.jaxc.ir.prim.ArrayGet.class));
        assertEquals(0, count(kept.body(), dev.jaxc.ir.prim.Unary.class));
        assertEquals(0, count(verified(DcePass.run(f)).body(), dev.jaxc.ir.prim.ArrayGet.class));
    }

    @Test
    void cseMergesEqualOpsButNotAllocations() {
        Function f = fn(List.of(Type.F64, Type.F64, Type.I32), (b, ps) -> {
            Value x = ps.get(0), y = ps.get(1), n = ps.get(2);
            Value a = b.mul(x, y), c = b.mul(y, x); // commutative: one product
            Value s1 = b.unary(UnaryOp.SIN, a), s2 = b.unary(UnaryOp.SIN, c);
            Value arr1 = b.arrayNew(DType.F64, 1, n), arr2 = b.arrayNew(DType.F64, 1, n);
            Value r = b.add(s1, s2);
            Value w = b.add(b.arrayGet(arr1, b.i32(0)), b.arrayGet(arr2, b.i32(0)));
            return List.of(b.add(r, w));
        });
        Function g = verified(CsePass.run(f));
        assertEquals(1, count(g.body(), dev.jaxc.ir.prim.Unary.class));
        assertEquals(2, count(g.body(), ArrayNew.class), "distinct arrays stay distinct");
        long muls = g.body().ops().stream().filter(o -> o.prim() instanceof Binary bb && bb.op() == BinaryOp.MUL).count();
        assertEquals(1, muls);
    }

    @Test
    void simplifyFoldsZerosOnesAndConstantPredicates() {
        Function f = fn(List.of(Type.F64), (b, ps) -> {
            Value x = ps.get(0);
            Value t = b.add(b.mul(x, b.f64(1)), b.f64(0)); // x
            Value z = b.mul(t, b.f64(0)); // 0 under the derivative convention only
            List<Value> c = b.cond(b.bool(true), List.of(t), (bb, q) -> List.of(bb.neg(bb.neg(q.get(0)))),
                    (bb, q) -> List.of(bb.unary(UnaryOp.SIN, q.get(0))));
            return List.of(b.add(c.get(0), z));
        });
        Function exact = verified(Cleanup.exact(f));
        Function deriv = verified(Cleanup.derivative(f));
        assertEquals(2, count(exact.body(), Binary.class), "x*0 and its sum stay under IEEE rules: " + IrPrinter.print(exact));
        assertEquals(0, deriv.body().ops().size(), "everything folds to x: " + IrPrinter.print(deriv));
        assertSame(deriv.params().get(0), deriv.body().yields().get(0));
    }

    @Test
    void passThroughCarryBecomesAConstantAndItsConstantSinks() {
        Function f = fn(List.of(Type.F64, Type.I32), (b, ps) -> {
            List<Value> r = b.forLoop(b.i32(0), ps.get(1), 1, false, List.of(), List.of(ps.get(0), b.f64(2)), (bb, q) ->
                    List.of(bb.mul(q.get(1), q.get(2)), q.get(2)));
            return List.of(r.get(0));
        });
        Function g = verified(Cleanup.exact(f));
        Op loop = g.body().ops().stream().filter(o -> o.prim() instanceof ForLoop).findFirst().orElseThrow();
        assertEquals(1, loop.results().size(), IrPrinter.print(g));
        assertEquals(0, ((ForLoop) loop.prim()).nConsts(), "the constant 2.0 is sunk into the body: " + IrPrinter.print(g));
    }

    @Test
    void copiesShareNoValuesWithTheOriginal() {
        Function f = loopWithDeadCarry();
        Function g = verified(Remapper.copyFunction(f, "t.U.g"));
        Set<Value> a = values(f.body()), b = values(g.body());
        a.retainAll(b);
        assertTrue(a.isEmpty());
        assertEquals(IrPrinter.print(f).replace("t.U.f", "t.U.g"), IrPrinter.print(g));
    }

    private static Set<Value> values(Region r) {
        Set<Value> s = new HashSet<>(r.params());
        for (Op op : r.ops()) {
            s.addAll(op.results());
            for (Region inner : op.regions()) s.addAll(values(inner));
        }
        return s;
    }

    @Test
    void zerosLikeReplaysConstructionAndAddIsElementwise() {
        Function f = fn(List.of(Type.I32, Type.array(DType.F64, 2)), (b, ps) -> {
            Value rows = b.arrayNew(DType.F64, 2, ps.get(0)); // null rows
            Value z1 = ArrayShapes.zerosLike(b, rows, v -> b.ops().stream().filter(o -> o.results().contains(v)).findFirst().orElse(null));
            Value z2 = ArrayShapes.zerosLike(b, ps.get(1), null); // ragged rows: a loop
            Value sum = ArrayShapes.add(b, z2, ps.get(1));
            return List.of(z1, sum);
        });
        verified(f);
        assertEquals(4, count(f.body(), ArrayNew.class), "rows, its replay, the ragged copy and its rows: " + IrPrinter.print(f));
        assertEquals(3, count(f.body(), ForLoop.class), "rows of zerosLike, and add's two levels");
    }
}
