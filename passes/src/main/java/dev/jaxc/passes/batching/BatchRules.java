package dev.jaxc.passes.batching;

import dev.jaxc.ir.Op;
import dev.jaxc.ir.Type;
import dev.jaxc.ir.Value;
import dev.jaxc.ir.prim.*;
import dev.jaxc.passes.batching.Repr.Bat;
import dev.jaxc.passes.batching.Repr.Lane;
import dev.jaxc.passes.batching.Repr.Uni;
import dev.jaxc.passes.util.RegionScope;
import java.util.ArrayList;
import java.util.List;

/**
 * The batching rule of each primitive (JAX's {@code primitive_batchers} table), for an op with a
 * varying input or one that runs under a mask. Elementwise primitives share one rule
 * ({@link #elementwise}, JAX's {@code defvectorized}): evaluate the same primitive on each
 * lane's operands, inside the open lane loop. Array primitives index batched arrays with the
 * lane index inserted at the batch axis. Ops that may throw are masked-safe: under a mask an
 * integer divisor becomes 1 and a size 0 on lanes that do not own the code, and element
 * accesses, copies and calls are skipped there. Control flow goes to {@link ControlFlowRules}.
 */
final class BatchRules implements PrimitiveVisitor<Void> {
    private final GangEmitter e;
    private final Op op;

    BatchRules(GangEmitter e, Op op) {
        this.e = e;
        this.op = op;
    }

    private RegionScope lanes() { return e.block().scope; }

    private Void bindLane(Value v) {
        e.bind(op.result(), new Lane(v));
        return null;
    }

    /** defvectorized: the same primitive on each lane's operands. */
    private Void elementwise() {
        List<Value> ins = e.lanes(op.inputs());
        return bindLane(lanes().emit(op.prim(), ins, List.of()).get(0));
    }

    @Override public Void visitConst(Const p) { throw new IllegalStateException("const has no inputs: it is always uniform"); }
    @Override public Void visitUnary(Unary p) { return elementwise(); }
    @Override public Void visitCompare(Compare p) { return elementwise(); }
    @Override public Void visitConvert(Convert p) { return elementwise(); }
    @Override public Void visitSelect(Select p) { return elementwise(); }

    /** Elementwise, except that masked lanes divide by 1 rather than by a divisor that may be 0. */
    @Override public Void visitBinary(Binary p) {
        boolean throwing = (p.op() == BinaryOp.DIV || p.op() == BinaryOp.REM) && op.input(1).type().dtype().isInteger();
        Const divisor = e.constantOf(e.repr(op.input(1)));
        if (!throwing || !e.masked() || divisor != null && !divisor.isZero()) return elementwise();
        List<Value> ins = e.lanes(op.inputs());
        Value m = e.maskLane();
        Value one = lanes().emit1(Const.one(op.input(1).type().dtype()));
        ins.set(1, lanes().emit1(new Select(), m, ins.get(1), one));
        return bindLane(lanes().emit(p, ins, List.of()).get(0));
    }

    /** Per-lane allocation; masked lanes allocate empty arrays instead of failing on a negative size. */
    @Override public Void visitArrayNew(ArrayNew p) {
        List<Value> sizes = e.lanes(op.inputs());
        if (e.masked()) {
            Value m = e.maskLane();
            Value zero = lanes().emit1(Const.ofInt(0));
            for (int i = 0; i < sizes.size(); i++) sizes.set(i, lanes().emit1(new Select(), m, sizes.get(i), zero));
        }
        return bindLane(lanes().emit(p, sizes, List.of()).get(0));
    }

    @Override public Void visitArrayLiteral(ArrayLiteral p) { return elementwise(); }

    @Override public Void visitArrayGet(ArrayGet p) {
        Repr a = e.repr(op.input(0));
        List<Value> idx = e.lanes(op.inputs().subList(1, op.inputs().size()));
        List<Value> ins = new ArrayList<>();
        Primitive prim = p;
        if (a instanceof Bat bt) {
            ins.add(bt.arr());
            ins.addAll(e.batchedIndices(bt, idx));
            prim = new ArrayGet(p.indices() + 1);
        } else {
            ins.add(e.lane(a));
            ins.addAll(idx);
        }
        Type rt = op.result().type();
        return bindLane(e.guarded(prim, ins, s -> GangEmitter.defaults(s, List.of(rt))).get(0));
    }

    /**
     * A batched array is updated for this lane as a whole-batch functional update (in place once
     * the backend sees the old batch is dead); a uniform array is first made batched. If the old
     * batched value is still needed later, the lane's own array is updated instead.
     */
    @Override public Void visitArraySet(ArraySet p) {
        int k = p.indices();
        Repr a = e.repr(op.input(0));
        List<Value> idx = e.lanes(op.inputs().subList(1, 1 + k));
        Value v = e.lane(e.repr(op.input(1 + k)));
        if (a instanceof Uni u) a = e.broadcast(u);
        if (a instanceof Bat bt && (e.exclusive(bt.arr(), op.input(0)) || !(e.repr(op.input(0)) instanceof Bat))) {
            Value arr = lanes().use(bt.arr());
            List<Value> ins = new ArrayList<>();
            ins.add(arr);
            ins.addAll(e.batchedIndices(bt, idx));
            ins.add(v);
            Value r = e.guarded(new ArraySet(k + 1), ins, s -> List.of(s.use(arr))).get(0);
            e.chain(bt, r);
            e.bind(op.result(), bt.withArr(r));
            return null;
        }
        Value row = e.lane(a);
        List<Value> ins = new ArrayList<>();
        ins.add(row);
        ins.addAll(idx);
        ins.add(v);
        return bindLane(e.guarded(p, ins, s -> List.of(s.use(row))).get(0));
    }

    @Override public Void visitArrayLength(ArrayLength p) {
        Repr a = e.repr(op.input(0));
        // Along axis 1 every lane's array has the batched array's length.
        Value arr = a instanceof Bat bt && bt.axis() == 1 ? lanes().use(bt.arr()) : e.lane(a);
        return bindLane(e.guarded(p, List.of(arr), s -> GangEmitter.defaults(s, List.of(Type.I32))).get(0));
    }

    @Override public Void visitArrayCopy(ArrayCopy p) {
        Value arr = e.lane(e.repr(op.input(0)));
        return bindLane(e.guarded(p, List.of(arr), s -> List.of(s.use(arr))).get(0));
    }

    /**
     * A batched key: the scalar draw on each lane's inputs, so each lane gets bit for bit the
     * values of the per-example call (JAX's batched split and draws). Draws that check their
     * arguments are skipped on masked lanes, whose sizes may be anything; the others are pure
     * and run on every lane.
     */
    @Override public Void visitPrng(Prng p) {
        if (!p.fn().mayThrow()) return elementwise();
        List<Value> args = e.lanes(op.inputs());
        return bindLane(e.guarded(p, args, s -> GangEmitter.defaults(s, List.of(op.result().type()))).get(0));
    }

    /** The callee itself, called once per lane (the JIT inlines it into the lane loop). */
    @Override public Void visitCall(Call p) {
        List<Value> args = e.lanes(op.inputs());
        List<Value> rs = e.guarded(p, args, s -> GangEmitter.defaults(s, p.resultTypes()));
        for (int i = 0; i < rs.size(); i++) e.bind(op.results().get(i), new Lane(rs.get(i)));
        return null;
    }

    @Override public Void visitCond(Cond p) {
        ControlFlowRules cf = new ControlFlowRules(e, op);
        if (e.va.plan(op) == Plan.IF_CONVERT) cf.ifConvert();
        else cf.gangCond();
        return null;
    }

    @Override public Void visitForLoop(ForLoop p) {
        ControlFlowRules cf = new ControlFlowRules(e, op);
        if (e.va.plan(op) == Plan.LOCKSTEP) cf.lockStepFor(p);
        else cf.gangFor(p);
        return null;
    }

    @Override public Void visitWhileLoop(WhileLoop p) {
        ControlFlowRules cf = new ControlFlowRules(e, op);
        if (e.va.plan(op) == Plan.LOCKSTEP) cf.lockStepWhile(p);
        else cf.gangWhile(p);
        return null;
    }
}
