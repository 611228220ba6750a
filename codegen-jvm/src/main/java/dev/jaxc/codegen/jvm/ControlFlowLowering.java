package dev.jaxc.codegen.jvm;

import static org.objectweb.asm.Opcodes.*;

import dev.jaxc.ir.Function;
import dev.jaxc.ir.Op;
import dev.jaxc.ir.Region;
import dev.jaxc.ir.Type;
import dev.jaxc.ir.Value;
import dev.jaxc.ir.prim.Call;
import dev.jaxc.ir.prim.ForLoop;
import dev.jaxc.ir.prim.WhileLoop;
import java.util.ArrayList;
import java.util.List;
import org.objectweb.asm.Label;
import org.objectweb.asm.MethodVisitor;

/**
 * Calls, cond and loops. Region parameters are other names for locals that exist already
 * (operands, consts) or that the op allocates (carries, which then hold its results); yields
 * are parallel moves into those. Loops have javac's shape — condition at the top, a
 * {@code goto} back, {@code iinc} on an int induction variable compared with an invariant bound
 * — which HotSpot recognises as counted loops.
 */
final class ControlFlowLowering {
    private final FunctionLowering fl;
    private final MethodVisitor mv;

    ControlFlowLowering(FunctionLowering fl) {
        this.fl = fl;
        this.mv = fl.mv;
    }

    /** Arguments on the stack; {@code invokestatic} on the callee's companion, then unpack a record. */
    void call(Op op, Call p) {
        String callee = p.callee();
        String desc = JvmTypes.methodDescriptor(op.inputs().stream().map(Value::type).toList(),
                FunctionLowering.returnDescriptor(callee, p.resultTypes(), fl.companion));
        String owner = JvmNames.internal(JvmNames.companionOf(callee));
        mv.visitMethodInsn(INVOKESTATIC, owner, JvmNames.methodName(callee), desc, false);
        List<Value> results = op.results();
        if (results.size() == 1) fl.finish(op.result());
        if (results.size() < 2) return;
        Function f = fl.companion.program.get(callee);
        if (f == null) throw new IllegalStateException("call of " + callee + ", which is not in the program");
        List<String> names = JvmNames.componentNames(f.resultNames(), results.size());
        String rec = fl.companion.recordOf(callee);
        boolean sameNest = owner.equals(fl.companion.internalName);
        int last = -1;
        for (int k = 0; k < results.size(); k++) if (fl.used(results.get(k))) last = k;
        if (last < 0) mv.visitInsn(POP);
        for (int k = 0; k <= last; k++) {
            Value r = results.get(k);
            if (!fl.used(r)) continue;
            if (k < last) mv.visitInsn(DUP);
            String d = JvmTypes.descriptor(r.type());
            // private fields are readable within the nest; other companions use the accessors
            if (sameNest) mv.visitFieldInsn(GETFIELD, rec, names.get(k), d);
            else mv.visitMethodInsn(INVOKEVIRTUAL, rec, names.get(k), "()" + d, false);
            fl.store(fl.defineResult(r));
        }
    }

    /** Predicate on the stack; each branch's parameters are the operands' homes. */
    void cond(Op op) {
        List<Home.Local> results = resultLocals(op);
        List<Home> operands = new ArrayList<>();
        for (Value v : op.inputs().subList(1, op.inputs().size())) operands.add(fl.locals.home(v));
        Label otherwise = new Label(), end = new Label();
        fl.jumpIfFalse(op.input(0), otherwise);
        branch(op.region(0), operands, results);
        if (emitsNothing(op.region(1), operands, results)) {
            // if (p) { ... } with nothing to do otherwise: no goto over an empty else
            mv.visitLabel(otherwise);
            return;
        }
        mv.visitJumpInsn(GOTO, end);
        mv.visitLabel(otherwise);
        branch(op.region(1), operands, results);
        mv.visitLabel(end);
    }

    /** A branch without ops that yields its parameters back where the results already live. */
    private static boolean emitsNothing(Region r, List<Home> params, List<Home.Local> results) {
        if (!r.ops().isEmpty()) return false;
        for (int k = 0; k < results.size(); k++) {
            if (results.get(k) == null) continue;
            int i = r.params().indexOf(r.yields().get(k));
            if (i < 0 || !(params.get(i) instanceof Home.Local l) || l.slot() != results.get(k).slot()) return false;
        }
        return true;
    }

    private void branch(Region r, List<Home> params, List<Home.Local> results) {
        fl.lowerRegion(r, params, StackPlanner.Tail.NONE, null, results);
        ParallelMove.emit(fl, homes(r.yields()), results);
    }

    /**
     * {@code for (i = lo; i < hi; i += step)} ({@code <=}, {@code >}, {@code >=} by direction and
     * inclusiveness): {@code top: if (!(i < hi)) goto exit; body; carries = yields; iinc; goto top}.
     */
    void forLoop(Op op, ForLoop p) {
        int nc = p.nConsts(), base = 2 + nc;
        Op chunk = ParallelLoopLowering.chunkCall(op, p);
        if (chunk != null) {
            ParallelLoopLowering.lower(fl, carryLocals(op, base), op, p, chunk);
            return;
        }
        List<Home.Local> carries = carryLocals(op, base);
        Home.Local i = fl.locals.allocate(Type.I32);
        fl.load(op.input(0));
        fl.store(i);
        List<Home> params = new ArrayList<>();
        params.add(i);
        for (int j = 0; j < nc; j++) params.add(fl.locals.home(op.input(2 + j)));
        params.addAll(carries);
        Label top = new Label(), exit = new Label();
        mv.visitLabel(top);
        fl.loadHome(i);
        fl.load(op.input(1));
        int exitIf = p.step() > 0 ? (p.inclusive() ? IF_ICMPGT : IF_ICMPGE) : (p.inclusive() ? IF_ICMPLT : IF_ICMPLE);
        mv.visitJumpInsn(exitIf, exit);
        Region body = op.region(0);
        fl.lowerRegion(body, params, StackPlanner.Tail.NONE, null, carries);
        ParallelMove.emit(fl, homes(body.yields()), carries);
        if (p.step() >= Short.MIN_VALUE && p.step() <= Short.MAX_VALUE) {
            mv.visitIincInsn(i.slot(), p.step());
        } else {
            fl.loadHome(i);
            ElementwiseLowering.pushInt(mv, p.step());
            mv.visitInsn(IADD);
            fl.store(i);
        }
        mv.visitJumpInsn(GOTO, top);
        mv.visitLabel(exit);
        fl.locals.free(i);
    }

    /**
     * scf.while: {@code top: cond; if (!p) goto exit; carries = forwarded; body; carries =
     * yields; goto top; exit: carries = forwarded}.
     */
    void whileLoop(Op op, WhileLoop p) {
        int nc = p.nConsts();
        List<Home.Local> carries = carryLocals(op, nc);
        List<Home> params = new ArrayList<>();
        for (int j = 0; j < nc; j++) params.add(fl.locals.home(op.input(j)));
        params.addAll(carries);
        Region cond = op.region(0), body = op.region(1);
        Label top = new Label(), exit = new Label();
        mv.visitLabel(top);
        List<Home.Local> condTargets = new ArrayList<>();
        condTargets.add(null);
        condTargets.addAll(carries);
        fl.lowerRegion(cond, params, StackPlanner.Tail.BRANCH, exit, condTargets);
        List<Home> forwarded = homes(cond.yields().subList(1, cond.yields().size()));
        ParallelMove.emit(fl, forwarded, carries);
        fl.lowerRegion(body, params, StackPlanner.Tail.NONE, null, carries);
        ParallelMove.emit(fl, homes(body.yields()), carries);
        mv.visitJumpInsn(GOTO, top);
        mv.visitLabel(exit);
        ParallelMove.emit(fl, forwarded, carries);
    }

    /** Locals for a loop's carries, owned by its results, holding the inits (copied where the ownership analysis says). */
    private List<Home.Local> carryLocals(Op op, int base) {
        List<Home.Local> carries = new ArrayList<>();
        List<Home> inits = new ArrayList<>();
        for (int c = 0; c < op.results().size(); c++) {
            carries.add(fl.defineCarry(op.results().get(c), op, base + c));
            inits.add(fl.locals.home(op.input(base + c)));
        }
        List<Home.Local> plain = new ArrayList<>(carries);
        for (int c = 0; c < carries.size(); c++) {
            Value init = op.input(base + c);
            OwnershipAnalysis.EntryCopy copy = init.type().isArray() ? fl.ownership.entryCopy(op, c) : OwnershipAnalysis.EntryCopy.NONE;
            if (copy == OwnershipAnalysis.EntryCopy.NONE) continue;
            fl.load(init);
            fl.arrays().entryCopy(copy, init.type());
            fl.store(carries.get(c));
            plain.set(c, null);
        }
        // a carry may live where an init does (a coalesced target), so the rest move in parallel
        ParallelMove.emit(fl, inits, plain);
        return carries;
    }

    /** Fresh locals for a cond's used results (null for unused ones). */
    private List<Home.Local> resultLocals(Op op) {
        List<Home.Local> out = new ArrayList<>();
        for (Value r : op.results()) out.add(fl.used(r) ? fl.defineResult(r) : null);
        return out;
    }

    private List<Home> homes(List<Value> values) {
        List<Home> out = new ArrayList<>();
        for (Value v : values) out.add(fl.locals.home(v));
        return out;
    }
}
