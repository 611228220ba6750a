package dev.jaxc.passes.batching;

import dev.jaxc.ir.Op;
import dev.jaxc.ir.Region;
import dev.jaxc.ir.Value;
import dev.jaxc.ir.prim.*;
import dev.jaxc.passes.batching.GangEmitter.Slot;
import dev.jaxc.passes.batching.Repr.Bat;
import dev.jaxc.passes.batching.Repr.Lane;
import dev.jaxc.passes.batching.Repr.Uni;
import dev.jaxc.passes.util.RegionScope;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.Function;

/**
 * Batching rules of cond, for and while, with JAX's semantics:
 * <ul>
 * <li>cond with a varying predicate (or a small uniform one): both branches run, each under the
 *   mask of the lanes that take it, then each result is selected per lane. Ops that may throw are
 *   guarded by the mask, so a branch never throws for a lane that does not take it.</li>
 * <li>cond with a uniform predicate: a real branch around batched code.</li>
 * <li>for with uniform bounds / while with a uniform condition: the loop runs around lane
 *   loops (loop interchange), its varying carries held in tile arrays.</li>
 * <li>while with a varying condition, for with varying bounds, any loop under a mask: runs
 *   in lock-step until every lane is done; the body runs masked and a finished lane's carries
 *   stay put (once most lanes are done, the rest finish one lane at a time).</li>
 * </ul>
 */
final class ControlFlowRules {
    private final GangEmitter e;
    private final Op op;

    ControlFlowRules(GangEmitter e, Op op) {
        this.e = e;
        this.op = op;
    }

    private List<Value> inputs(int from, int to) { return op.inputs().subList(from, to); }

    private List<Boolean> varyingResults() {
        List<Boolean> out = new ArrayList<>();
        for (Value r : op.results()) out.add(e.va.isVarying(r));
        return out;
    }

    private Value uniform(Value v) {
        Repr r = e.repr(v);
        if (!(r instanceof Uni u)) throw new IllegalStateException(op.prim().name() + " needs a uniform " + v + ", has " + r);
        return u.v();
    }

    private void bindResults(List<Value> rs, List<Boolean> varying) {
        List<Repr> reprs = GangEmitter.normalizedReprs(rs, varying);
        for (int k = 0; k < op.results().size(); k++) e.bind(op.results().get(k), reprs.get(k));
    }

    // ---- cond -------------------------------------------------------------------------------

    /**
     * Both branches under complementary masks, then select. A batched array the then-branch
     * updated (only in its own lanes) is handed to the else-branch in its updated form, so both
     * branches update one array instead of each a copy; the else-branch's result then already
     * holds both.
     */
    void ifConvert() {
        Slot outer = e.mask;
        List<Value> operands = inputs(1, op.inputs().size());
        Slot thenMask = e.pin(e.and(outer, e.repr(op.input(0))));
        e.mask = thenMask;
        List<Slot> ty = e.region(op.region(0), e.reprs(operands));
        e.mask = outer;
        Slot elseMask = e.pin(e.and(outer, e.not(e.repr(op.input(0)))));
        e.mask = elseMask;
        List<Repr> elseArgs = new ArrayList<>();
        for (Value o : operands) {
            Repr r = e.repr(o);
            Repr threaded = r instanceof Bat b ? b.withArr(e.latest(b.arr())) : r;
            elseArgs.add(threaded);
            // An operand used by nothing after this cond is consumed: it names the updated array too
            // (else the old version would look live to a lane loop that carries the new one).
            if (threaded != r && !e.liveAfter(o)) e.bind(o, threaded);
        }
        List<Slot> ey = e.region(op.region(1), elseArgs);
        e.mask = outer;
        Repr p = e.repr(op.input(0));
        for (int k = 0; k < op.results().size(); k++) e.bind(op.results().get(k), merge(p, ty.get(k).r, ey.get(k).r));
        e.unpin(ty);
        e.unpin(ey);
        e.unpin(thenMask);
        e.unpin(elseMask);
    }

    private Repr merge(Repr p, Repr then, Repr otherwise) {
        if (then instanceof Bat tb && otherwise instanceof Bat ob && tb.axis() == ob.axis() && tb.global() == ob.global()
                && e.descends(ob.arr(), tb.arr())) return otherwise;
        if (then instanceof Uni tu && otherwise instanceof Uni ou && tu.v() == ou.v()) return then;
        return e.select(p, then, otherwise);
    }

    /** A uniform predicate: a real cond whose branches hold lane loops. */
    void gangCond() {
        e.flush();
        Value p = uniform(op.input(0));
        List<Value> operands = inputs(1, op.inputs().size());
        List<Boolean> varying = varyingResults();
        List<Value> rs = e.gs.cond(e.gs.use(p),
                (s, ps) -> e.inScope(s, () -> branch(op.region(0), operands, varying)),
                (s, ps) -> e.inScope(s, () -> branch(op.region(1), operands, varying)));
        bindResults(rs, varying);
    }

    private List<Value> branch(Region r, List<Value> operands, List<Boolean> varying) {
        List<Slot> ys = e.region(r, e.reprs(operands));
        List<Value> out = e.normalize(ys, varying, null);
        e.unpin(ys);
        return out;
    }

    // ---- loops around lane loops ------------------------------------------------------------

    /** Carry inits in loop form, in the current gang scope. */
    private List<Value> inits(List<Repr> reprs, List<Boolean> varying) {
        List<Slot> slots = e.pinAll(reprs);
        List<Value> vals = e.normalize(slots, varying, null);
        e.unpin(slots);
        return vals;
    }

    /** Loop-carried results of a loop body, stored into the carries' own arrays where possible. */
    private List<Value> carriesOut(List<Slot> ys, List<Boolean> varying, List<Value> params) {
        List<Value> out = e.normalize(ys, varying, params);
        e.unpin(ys);
        return out;
    }

    private static List<Value> concat(List<Value> a, List<Value> b) {
        List<Value> out = new ArrayList<>(a);
        out.addAll(b);
        return out;
    }

    private static List<Repr> concatR(List<Repr> a, List<Repr> b) {
        List<Repr> out = new ArrayList<>(a);
        out.addAll(b);
        return out;
    }

    void gangFor(ForLoop p) {
        e.flush();
        Value lo = uniform(op.input(0)), hi = uniform(op.input(1));
        List<Value> consts = inputs(2, 2 + p.nConsts());
        List<Boolean> varying = varyingResults();
        List<Value> initVals = inits(e.reprs(inputs(2 + p.nConsts(), op.inputs().size())), varying);
        Region body = op.region(0);
        List<Value> rs = e.gs.forLoop(e.gs.use(lo), e.gs.use(hi), p.step(), p.inclusive(), initVals, (s, ps) -> e.inScope(s, () -> {
            List<Value> carries = ps.subList(1, ps.size());
            List<Repr> args = new ArrayList<>();
            args.add(new Uni(ps.get(0)));
            args.addAll(e.reprs(consts));
            args.addAll(GangEmitter.normalizedReprs(carries, varying));
            return carriesOut(e.region(body, args), varying, carries);
        }));
        bindResults(rs, varying);
    }

    void gangWhile(WhileLoop p) {
        e.flush();
        List<Value> consts = inputs(0, p.nConsts());
        List<Boolean> varying = varyingResults();
        List<Value> initVals = inits(e.reprs(inputs(p.nConsts(), op.inputs().size())), varying);
        List<Value> rs = e.gs.whileLoop(initVals,
                (s, ps) -> e.inScope(s, () -> {
                    List<Slot> ys = e.region(op.region(0), concatR(e.reprs(consts), GangEmitter.normalizedReprs(ps, varying)));
                    Slot pred = ys.get(0);
                    List<Value> carries = carriesOut(new ArrayList<>(ys.subList(1, ys.size())), varying, ps);
                    Value more = e.gs.use(((Uni) pred.r).v());
                    e.unpin(pred);
                    return concat(List.of(more), carries);
                }),
                (s, ps) -> e.inScope(s, () ->
                        carriesOut(e.region(op.region(1), concatR(e.reprs(consts), GangEmitter.normalizedReprs(ps, varying))), varying, ps)));
        bindResults(rs, varying);
    }

    // ---- lock-step loops --------------------------------------------------------------------

    /** What a lock-step loop's condition gives: whether each lane goes on, and its carries after the test. */
    private record Test(Slot more, List<Slot> carries) {}

    void lockStepWhile(WhileLoop p) {
        List<Value> consts = inputs(0, p.nConsts());
        List<Repr> inits = e.reprs(inputs(p.nConsts(), op.inputs().size()));
        List<Repr> out = lockStep(inits,
                c -> {
                    List<Slot> ys = e.region(op.region(0), concatR(e.reprs(consts), c));
                    return new Test(ys.get(0), new ArrayList<>(ys.subList(1, ys.size())));
                },
                c -> e.region(op.region(1), concatR(e.reprs(consts), c)),
                (s, c) -> {
                    List<Value> args = concat(e.lanes(consts), c);
                    List<Value> b = s.inline(op.region(1), args);
                    return s.copy(op, concat(args.subList(0, consts.size()), b));
                });
        for (int k = 0; k < out.size(); k++) e.bind(op.results().get(k), out.get(k));
    }

    /** A for loop whose bounds differ between lanes: a lock-step while over a per-lane index. */
    void lockStepFor(ForLoop p) {
        List<Value> consts = inputs(2, 2 + p.nConsts());
        Value hi = op.input(1);
        List<Repr> inits = new ArrayList<>();
        inits.add(e.repr(op.input(0)));
        inits.addAll(e.reprs(inputs(2 + p.nConsts(), op.inputs().size())));
        CmpOp test = p.step() > 0 ? (p.inclusive() ? CmpOp.LE : CmpOp.LT) : (p.inclusive() ? CmpOp.GE : CmpOp.GT);
        List<Repr> out = lockStep(inits,
                c -> {
                    Value i = e.lane(c.get(0)), h = e.lane(e.repr(hi));
                    Slot more = e.pin(new Lane(e.block().scope.emit1(new Compare(test), i, h)));
                    return new Test(more, e.pinAll(c));
                },
                c -> {
                    List<Repr> args = new ArrayList<>();
                    args.add(c.get(0));
                    args.addAll(e.reprs(consts));
                    args.addAll(c.subList(1, c.size()));
                    List<Slot> ys = e.region(op.region(0), args);
                    Value i = e.lane(c.get(0));
                    Value next = e.block().scope.emit1(new Binary(BinaryOp.ADD), i, e.block().constant(Const.ofInt(p.step())));
                    List<Slot> out2 = new ArrayList<>();
                    out2.add(e.pin(new Lane(next)));
                    out2.addAll(ys);
                    return out2;
                },
                (s, c) -> {
                    List<Value> cl = e.lanes(consts);
                    Value h = e.lane(e.repr(hi));
                    List<Value> args = new ArrayList<>();
                    args.add(c.get(0));
                    args.addAll(cl);
                    args.addAll(c.subList(1, c.size()));
                    List<Value> b = s.inline(op.region(0), args);
                    Value next = s.emit1(new Binary(BinaryOp.ADD), c.get(0), s.emit1(Const.ofInt(p.step())));
                    List<Value> in = new ArrayList<>(List.of(next, h));
                    in.addAll(cl);
                    in.addAll(b);
                    return concat(List.of(next), s.copy(op, in));
                });
        for (int k = 0; k < op.results().size(); k++) e.bind(op.results().get(k), out.get(k + 1));
    }

    /** The rest of one lane's loop, run for that lane alone: its carries (body pending) → its results. */
    @FunctionalInterface
    private interface Finish {
        List<Value> run(RegionScope lane, List<Value> carries);
    }

    /**
     * The lock-step loop. Carries and the per-lane {@code active} flags live in tile arrays; the
     * flags start as the current mask, a lane leaves when its test fails, and then neither its
     * test nor its body changes its carries again. The loop is rotated so that each iteration is
     * one pass over the lanes: {@code test; while (more than half the lanes active) { body;
     * test }}. Lanes still active then finish one at a time ({@code finish}, the original loop
     * for that lane alone): lock-step pays only while most lanes do work.
     */
    private List<Repr> lockStep(List<Repr> inits, Function<List<Repr>, Test> test, Function<List<Repr>, List<Slot>> body, Finish finish) {
        int n = inits.size();
        List<Boolean> all = new ArrayList<>(Collections.nCopies(n + 1, true));
        List<Repr> withActive = new ArrayList<>(inits);
        withActive.add(e.mask == null ? new Uni(e.gangConst(Const.ofBool(true))) : e.mask.r);
        Slot outer = e.mask;
        Value half = e.gs.emit1(new Binary(BinaryOp.SHR), e.gs.use(e.tileLength()), e.gangConst(Const.ofInt(1)));
        // The first test runs in the lane loop that computes the inits; its results go to fresh tiles.
        List<Value> first = tested(withActive, test, null, all);
        e.mask = outer;
        List<Value> rs = e.gs.whileLoop(first,
                (s, ps) -> concat(List.of(s.emit1(new Compare(CmpOp.GT), ps.get(0), s.use(half))), ps),
                (s, ps) -> e.inScope(s, () -> {
                    List<Value> state = ps.subList(1, ps.size());
                    List<Repr> c = GangEmitter.normalizedReprs(state, all);
                    Slot active = e.pin(c.get(n));
                    e.mask = active;
                    List<Slot> b = body.apply(c.subList(0, n));
                    List<Repr> next = reprsOf(keepFinished(active, c.subList(0, n), b));
                    e.unpin(b);
                    next.add(active.r);
                    e.unpin(active);
                    return tested(next, test, state, all);
                }));
        List<Value> state = rs.subList(1, rs.size());
        List<Repr> c = GangEmitter.normalizedReprs(state, all);
        Value a = e.lane(c.get(n));
        List<Value> carries = new ArrayList<>();
        for (Repr r : c.subList(0, n)) carries.add(e.lane(r));
        // The results stay lane values: what follows the loop joins this lane loop.
        List<Value> done = e.block().scope.cond(a, (s, q) -> finish.run(s, s.useAll(carries)), (s, q) -> carries);
        List<Repr> out = new ArrayList<>();
        for (Value v : done) out.add(new Lane(v));
        return out;
    }

    /**
     * One test of every active lane: its carries as the test leaves them, and whether it goes
     * on. Returns {@code (lanes going on, carries..., active...)} in loop form, stored into
     * {@code storages} where possible. {@code state} is the carries then the active flags.
     */
    private List<Value> tested(List<Repr> state, Function<List<Repr>, Test> test, List<Value> storages, List<Boolean> all) {
        int n = state.size() - 1;
        Slot active = e.pin(state.get(n));
        e.mask = active;
        List<Slot> held = e.pinAll(state.subList(0, n));
        Test t = test.apply(reprsOf(held));
        Value a = e.lane(active.r);
        LaneBlock b = e.block();
        Value stillActive = b.scope.emit1(new Binary(BinaryOp.AND), a, e.lane(t.more().r));
        LaneBlock.Carry count = b.carry(e.gangConst(Const.ofInt(0)));
        Value one = b.scope.emit1(new Select(), stillActive, b.constant(Const.ofInt(1)), b.constant(Const.ofInt(0)));
        count.next = b.scope.emit1(new Binary(BinaryOp.ADD), count.param, one);
        List<Slot> next = keepFinished(active, reprsOf(held), t.carries());
        next.add(e.pin(new Lane(stillActive)));
        e.unpin(t.more());
        e.unpin(t.carries());
        e.unpin(held);
        e.unpin(active);
        List<Value> carried = carriesOut(next, all, storages);
        return concat(List.of(e.gs.use(count.result)), carried);
    }

    private static List<Repr> reprsOf(List<Slot> slots) { return new ArrayList<>(GangEmitter.reprsOf(slots)); }

    /** {@code active ? updated : old} per carry; an array updated in place (masked) already is that. */
    private List<Slot> keepFinished(Slot active, List<Repr> old, List<Slot> updated) {
        List<Slot> out = new ArrayList<>();
        for (int k = 0; k < old.size(); k++) {
            Repr u = updated.get(k).r, o = old.get(k);
            if (u == o || u instanceof Bat ub && o instanceof Bat ob && ub.axis() == 0 && !ub.global() && e.descends(ub.arr(), ob.arr())) out.add(e.pin(u));
            else out.add(e.pin(e.select(active.r, u, o)));
        }
        return out;
    }
}
