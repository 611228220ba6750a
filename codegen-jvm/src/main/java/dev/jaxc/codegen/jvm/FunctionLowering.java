package dev.jaxc.codegen.jvm;

import static org.objectweb.asm.Opcodes.*;

import dev.jaxc.ir.DType;
import dev.jaxc.ir.Function;
import dev.jaxc.ir.Loc;
import dev.jaxc.ir.Op;
import dev.jaxc.ir.Region;
import dev.jaxc.ir.Type;
import dev.jaxc.ir.Value;
import dev.jaxc.ir.prim.*;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import org.objectweb.asm.Label;
import org.objectweb.asm.MethodVisitor;

/**
 * Lowers one function to the code of its static method. SSA values live in locals ({@link
 * Locals}), constants are pushed where used, and single-use values stay on the operand stack
 * ({@link StackPlan}). Ops are emitted in IR order, so side effects and exceptions happen in
 * the order the IR says. The families of ops have their own lowerings; this class walks regions
 * and owns the method-wide state.
 */
final class FunctionLowering {
    final CompanionContext companion;
    final MethodVisitor mv;
    final Locals locals = new Locals();
    final RegionUses.Cache uses = new RegionUses.Cache();
    final OwnershipAnalysis ownership;
    private final ArrayLowering arrays;
    private final ControlFlowLowering control;
    private final Dispatch dispatch = new Dispatch();
    private RegionUses curUses;
    private StackPlan curPlan;
    /** Values of the current region (parameters, results so far) and the slots some of them are yielded to. */
    private List<Value> curValues = List.of();
    private IdentityHashMap<Value, Home.Local> curTargets = new IdentityHashMap<>();
    /** All the current region's yield targets: locals its enclosing op overwrites after it anyway. */
    private List<Home.Local> curTargetSlots = List.of();
    private int curPos;
    private int line = -1;

    private FunctionLowering(Function f, MethodVisitor mv, CompanionContext companion) {
        this.companion = companion;
        this.mv = mv;
        this.ownership = OwnershipAnalysis.of(f, uses, companion.aliases, companion.inPlace, ownedParams(companion, f));
        this.arrays = new ArrayLowering(this);
        this.control = new ControlFlowLowering(this);
    }

    private static java.util.Set<Integer> ownedParams(CompanionContext companion, Function f) {
        String a = companion.program.attribute(f.name(), OwnershipAnalysis.OWNED_PARAMS);
        java.util.Set<Integer> out = new java.util.HashSet<>();
        if (a != null && !a.isBlank()) for (String s : a.split(",")) out.add(Integer.parseInt(s.trim()));
        return out;
    }

    /** Emits f's code into mv (between visitCode and visitMaxs). */
    static void lower(Function f, MethodVisitor mv, CompanionContext companion) {
        new FunctionLowering(f, mv, companion).body(f);
    }

    /** The return descriptor of a function with these results: V, the type, or its record. */
    static String returnDescriptor(String fn, List<Type> results, CompanionContext companion) {
        return switch (results.size()) {
            case 0 -> "V";
            case 1 -> JvmTypes.descriptor(results.get(0));
            default -> "L" + companion.recordOf(fn) + ";";
        };
    }

    private void body(Function f) {
        mv.visitCode();
        for (Value p : f.params()) locals.define(p);
        List<Value> results = f.body().yields();
        lowerRegion(f.body(), null, results.size() == 1 ? StackPlanner.Tail.VALUE : StackPlanner.Tail.NONE, null, null);
        if (results.isEmpty()) {
            mv.visitInsn(RETURN);
        } else if (results.size() > 1) {
            String rec = companion.recordOf(f.name());
            mv.visitTypeInsn(NEW, rec);
            mv.visitInsn(DUP);
            for (Value y : results) load(y);
            mv.visitMethodInsn(INVOKESPECIAL, rec, "<init>", JvmTypes.methodDescriptor(f.resultTypes(), "V"), false);
            mv.visitInsn(ARETURN);
        }
        mv.visitMaxs(0, 0);
    }

    /**
     * Lowers a region whose parameters live at {@code params} (null: already bound). The tail
     * then returns the only yield ({@link StackPlanner.Tail#VALUE}), or jumps to {@code target}
     * when the first yield is false ({@link StackPlanner.Tail#BRANCH}); the yields' homes stay
     * readable for the caller's moves. {@code yieldTargets} (or null) are the locals the caller
     * will move the yields to: a yielded value is computed straight into its target where that
     * clobbers nothing still needed, which makes the move a no-op.
     */
    void lowerRegion(Region r, List<? extends Home> params, StackPlanner.Tail tail, Label target, List<Home.Local> yieldTargets) {
        RegionUses savedUses = curUses;
        StackPlan savedPlan = curPlan;
        List<Value> savedValues = curValues;
        IdentityHashMap<Value, Home.Local> savedTargets = curTargets;
        List<Home.Local> savedTargetSlots = curTargetSlots;
        int savedPos = curPos;
        RegionUses u = uses.of(r);
        if (params != null) for (int i = 0; i < params.size(); i++) locals.alias(r.params().get(i), params.get(i));
        StackPlan plan = StackPlanner.plan(r, u, ownership, tail);
        curUses = u;
        curPlan = plan;
        curValues = new ArrayList<>(r.params());
        curTargets = new IdentityHashMap<>();
        curTargetSlots = yieldTargets == null ? List.of() : yieldTargets;
        if (yieldTargets != null)
            for (int k = 0; k < yieldTargets.size(); k++) {
                Value y = r.yields().get(k);
                if (yieldTargets.get(k) != null && u.defPos(y) >= 0 && Collections.frequency(r.yields(), y) == 1)
                    curTargets.put(y, yieldTargets.get(k));
            }
        int n = r.ops().size();
        // constants are pushed where used; trees may load one before its op's position
        for (Op op : r.ops()) if (op.prim() instanceof Const c) locals.alias(op.result(), new Home.Imm(c));
        for (int q = 0; q < n; q++) {
            Op op = r.ops().get(q);
            curPos = q;
            if (!(op.prim() instanceof Const)) line(op.loc());
            for (Value v : plan.loadsBefore(q)) load(v);
            dispatch.op = op;
            op.prim().accept(dispatch);
            curValues.addAll(op.results());
            for (Value in : op.inputs()) if (u.lastUse(in) == q) locals.release(in);
            for (Value res : op.results()) if (u.useCount(res) == 0) locals.release(res);
        }
        for (Value v : plan.loadsBefore(n)) load(v);
        switch (tail) {
            case NONE -> { }
            case VALUE -> mv.visitInsn(JvmTypes.ret(r.yields().get(0).type()));
            case BRANCH -> jumpIfFalse(r.yields().get(0), target);
        }
        for (Value y : r.yields()) locals.release(y);
        curUses = savedUses;
        curPlan = savedPlan;
        curValues = savedValues;
        curTargets = savedTargets;
        curTargetSlots = savedTargetSlots;
        curPos = savedPos;
    }

    /**
     * A home for r, a result of the current op that reads all its inputs before writing r: the
     * local r is yielded to if no other value of the region living there is used later, else a
     * fresh local.
     */
    Home.Local defineResult(Value r) {
        Home.Local t = curTargets.get(r);
        if (t != null && targetFree(r, t, null, -1)) {
            locals.alias(r, t);
            return t;
        }
        return locals.define(r);
    }

    /**
     * A home for carry c of the current loop (its result r, whose init is input {@code init}):
     * like {@link #defineResult}, but the loop writes its carries while it runs, so a value
     * living in the target may be used by the loop only as this carry's init. Failing that, an
     * init that dies here lends its local: one it owns, or one of this region's own yield
     * targets (a carry of the enclosing loop, say), which may be overwritten once nothing
     * living there is needed.
     */
    Home.Local defineCarry(Value r, Op loop, int init) {
        Home.Local t = curTargets.get(r);
        if (t != null && targetFree(r, t, loop, init)) {
            locals.alias(r, t);
            return t;
        }
        Value in = loop.input(init);
        if (locals.owns(in) && curUses.lastUse(in) == curPos && RegionUses.occurrences(loop, in) == 1) {
            locals.transfer(in, r);
            return local(r);
        }
        if (locals.home(in) instanceof Home.Local h && curTargetSlots.contains(h) && targetFree(r, h, loop, init)) {
            locals.alias(r, h);
            return h;
        }
        Home.Local l = locals.allocate(r.type());
        locals.own(r, l);
        return l;
    }

    private boolean targetFree(Value r, Home.Local t, Op loop, int init) {
        for (Value v : curValues) {
            if (v == r || !locals.has(v) || !(locals.home(v) instanceof Home.Local h) || !h.overlaps(t)) continue;
            int last = curUses.lastUse(v);
            if (last > curPos) return false;
            if (last == curPos && loop != null && (loop.input(init) != v || RegionUses.occurrences(loop, v) != 1)) return false;
        }
        return true;
    }

    // ---- helpers for the lowerings ---------------------------------------------------------

    void line(Loc loc) {
        if (loc.line() > 0 && loc.line() != line) {
            Label l = new Label();
            mv.visitLabel(l);
            mv.visitLineNumber(loc.line(), l);
            line = loc.line();
        }
    }

    void load(Value v) { loadHome(locals.home(v)); }

    void loadHome(Home h) {
        if (h instanceof Home.Local l) mv.visitVarInsn(JvmTypes.load(l.type()), l.slot());
        else ElementwiseLowering.pushConst(mv, ((Home.Imm) h).value());
    }

    void store(Home.Local l) { mv.visitVarInsn(JvmTypes.store(l.type()), l.slot()); }

    /** The value r, just computed, is on the stack: leave it for its consumer, drop it, or store it. */
    void finish(Value r) {
        if (curPlan.stacked(r)) return;
        if (curUses.useCount(r) == 0) {
            mv.visitInsn(JvmTypes.pop(r.type()));
            return;
        }
        store(defineResult(r));
    }

    boolean used(Value v) { return curUses.useCount(v) > 0; }

    /** The op of the current region defining v, or null for a parameter. */
    Op defOp(Value v) { return curUses.defOp(v); }

    int useCount(Value v) { return curUses.useCount(v); }

    ArrayLowering arrays() { return arrays; }

    /** Home of a value that lives in a local (arrays always do). */
    Home.Local local(Value v) { return (Home.Local) locals.home(v); }

    /** The predicate p is on the stack (as 0/1, or as a fused comparison's operands): jump if it is false. */
    void jumpIfFalse(Value p, Label target) {
        Op d = curUses.defOp(p);
        if (d != null && d.prim() instanceof Compare c && curPlan.fused(d))
            ElementwiseLowering.compareJump(mv, c.op(), d.input(0).type().dtype(), false, target);
        else
            mv.visitJumpInsn(IFEQ, target);
    }

    /** One method per primitive: the lowering of each family. */
    private final class Dispatch implements PrimitiveVisitor<Void> {
        Op op;

        /** The operand dtype of a scalar op. */
        private DType dtype() { return op.input(0).type().dtype(); }

        /** Bound to its value when the region starts. */
        @Override public Void visitConst(Const p) { return null; }

        @Override public Void visitUnary(Unary p) {
            ElementwiseLowering.unary(mv, p, dtype());
            finish(op.result());
            return null;
        }

        @Override public Void visitBinary(Binary p) {
            ElementwiseLowering.binary(mv, p, dtype());
            finish(op.result());
            return null;
        }

        @Override public Void visitCompare(Compare p) {
            if (curPlan.fused(op)) {
                ElementwiseLowering.compareHead(mv, p.op(), dtype());
            } else {
                ElementwiseLowering.compareValue(mv, p.op(), dtype());
                finish(op.result());
            }
            return null;
        }

        @Override public Void visitConvert(Convert p) {
            ElementwiseLowering.convert(mv, dtype(), p.to());
            finish(op.result());
            return null;
        }

        @Override public Void visitSelect(Select p) {
            Label other = new Label(), end = new Label();
            jumpIfFalse(op.input(0), other);
            load(op.input(1));
            mv.visitJumpInsn(GOTO, end);
            mv.visitLabel(other);
            load(op.input(2));
            mv.visitLabel(end);
            finish(op.result());
            return null;
        }

        @Override public Void visitArrayNew(ArrayNew p) { arrays.arrayNew(op, p); return null; }
        @Override public Void visitArrayLiteral(ArrayLiteral p) { arrays.literal(op, p); return null; }
        @Override public Void visitArrayGet(ArrayGet p) { arrays.get(op, p); return null; }
        @Override public Void visitArraySet(ArraySet p) { arrays.set(op, p); return null; }
        @Override public Void visitArrayLength(ArrayLength p) { arrays.length(op); return null; }
        @Override public Void visitArrayCopy(ArrayCopy p) { arrays.copy(op); return null; }
        @Override public Void visitCall(Call p) { control.call(op, p); return null; }
        @Override public Void visitCond(Cond p) { control.cond(op); return null; }
        @Override public Void visitForLoop(ForLoop p) { control.forLoop(op, p); return null; }
        @Override public Void visitWhileLoop(WhileLoop p) { control.whileLoop(op, p); return null; }
        @Override public Void visitPrng(Prng p) { PrngLowering.prng(FunctionLowering.this, op, p); return null; }
    }

}
