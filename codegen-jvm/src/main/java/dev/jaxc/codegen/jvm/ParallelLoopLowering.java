package dev.jaxc.codegen.jvm;

import static org.objectweb.asm.Opcodes.*;

import dev.jaxc.ir.Op;
import dev.jaxc.ir.Region;
import dev.jaxc.ir.Type;
import dev.jaxc.ir.Value;
import dev.jaxc.ir.prim.ArrayNew;
import dev.jaxc.ir.prim.Call;
import dev.jaxc.ir.prim.ForLoop;
import java.util.List;
import org.objectweb.asm.Handle;
import org.objectweb.asm.MethodVisitor;

/**
 * A {@code parallel} for loop whose body is one call of a chunk function
 * ({@code carries' = chunk(...)} over the body's parameters): the iterations run on the shared
 * pool of {@code dev.jaxc.runtime.ParallelFor}, each calling the chunk function with the same
 * carried arrays, which it fills in place (its {@link OwnershipAnalysis#OWNED_PARAMS}). Other
 * parallel loops run sequentially, which the flag allows.
 */
final class ParallelLoopLowering {
    static final String RUNTIME = "dev/jaxc/runtime/ParallelFor";
    static final String RUN_DESC = "(Ljava/lang/invoke/MethodHandle;III[Ljava/lang/Object;I[I)V";

    private ParallelLoopLowering() {}

    /** The body's one call, if the loop has the shape this lowering handles; else null. */
    static Op chunkCall(Op loop, ForLoop p) {
        if (!p.parallel() || p.step() <= 0 || p.inclusive()) return null;
        Region body = loop.region(0);
        if (body.ops().size() != 1 || !(body.ops().get(0).prim() instanceof Call)) return null;
        Op call = body.ops().get(0);
        if (!call.results().equals(body.yields())) return null;
        List<Value> params = body.params();
        int carries = loop.results().size();
        for (Value a : call.inputs()) if (!params.contains(a)) return null;
        for (int k = 0; k < carries; k++) {
            Value c = params.get(1 + p.nConsts() + k);
            if (call.inputs().indexOf(c) != call.inputs().lastIndexOf(c) || !call.inputs().contains(c)) return null;
        }
        return call;
    }

    /**
     * {@code ParallelFor.run(chunk, lo, hi, step, args, indexArg, carryArgs)}; the carries (the
     * loop's results) hold the arrays every iteration fills: the inits when they are fresh
     * arrays used only here, else shallow copies.
     */
    static void lower(FunctionLowering fl, List<Home.Local> carries, Op loop, ForLoop p, Op call) {
        MethodVisitor mv = fl.mv;
        int base = 2 + p.nConsts();
        for (int k = 0; k < carries.size(); k++) {
            Value init = loop.input(base + k);
            Op def = fl.defOp(init);
            if (def != null && def.prim() instanceof ArrayNew && fl.useCount(init) == 1) continue;
            fl.loadHome(carries.get(k));
            fl.arrays().entryCopy(OwnershipAnalysis.EntryCopy.SHALLOW, init.type());
            fl.store(carries.get(k));
        }
        Call c = (Call) call.prim();
        String callee = c.callee();
        String desc = JvmTypes.methodDescriptor(call.inputs().stream().map(Value::type).toList(),
                FunctionLowering.returnDescriptor(callee, c.resultTypes(), fl.companion));
        mv.visitLdcInsn(new Handle(H_INVOKESTATIC, JvmNames.internal(JvmNames.companionOf(callee)), JvmNames.methodName(callee), desc, false));
        fl.load(loop.input(0));
        fl.load(loop.input(1));
        ElementwiseLowering.pushInt(mv, p.step());
        List<Value> params = loop.region(0).params();
        List<Value> args = call.inputs();
        int indexArg = -1;
        int[] carryArgs = new int[carries.size()];
        ElementwiseLowering.pushInt(mv, args.size());
        mv.visitTypeInsn(ANEWARRAY, "java/lang/Object");
        for (int j = 0; j < args.size(); j++) {
            int pi = params.indexOf(args.get(j));
            if (pi == 0) {
                indexArg = j; // the runtime stores each iteration's index here
                continue;
            }
            mv.visitInsn(DUP);
            ElementwiseLowering.pushInt(mv, j);
            if (pi <= p.nConsts()) {
                Value in = loop.input(1 + pi);
                fl.load(in);
                box(mv, in.type());
            } else {
                int k = pi - 1 - p.nConsts();
                fl.loadHome(carries.get(k));
                carryArgs[k] = j;
            }
            mv.visitInsn(AASTORE);
        }
        if (indexArg < 0) throw new IllegalStateException("parallel chunk call without the loop index");
        ElementwiseLowering.pushInt(mv, indexArg);
        ElementwiseLowering.pushInt(mv, carryArgs.length);
        mv.visitIntInsn(NEWARRAY, T_INT);
        for (int k = 0; k < carryArgs.length; k++) {
            mv.visitInsn(DUP);
            ElementwiseLowering.pushInt(mv, k);
            ElementwiseLowering.pushInt(mv, carryArgs[k]);
            mv.visitInsn(IASTORE);
        }
        mv.visitMethodInsn(INVOKESTATIC, RUNTIME, "run", RUN_DESC, false);
    }

    private static void box(MethodVisitor mv, Type t) {
        if (t.isArray()) return;
        String[] w = switch (t.dtype()) {
            case F64 -> new String[] {"java/lang/Double", "D"};
            case F32 -> new String[] {"java/lang/Float", "F"};
            case I64 -> new String[] {"java/lang/Long", "J"};
            case I32 -> new String[] {"java/lang/Integer", "I"};
            case BOOL -> new String[] {"java/lang/Boolean", "Z"};
        };
        mv.visitMethodInsn(INVOKESTATIC, w[0], "valueOf", "(" + w[1] + ")L" + w[0] + ";", false);
    }
}
