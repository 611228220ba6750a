package dev.jaxc.codegen.jvm;

import static org.objectweb.asm.Opcodes.*;

import dev.jaxc.ir.Op;
import dev.jaxc.ir.Type;
import dev.jaxc.ir.Value;
import dev.jaxc.ir.prim.ArrayLiteral;
import dev.jaxc.ir.prim.ArrayNew;
import dev.jaxc.ir.prim.ArrayGet;
import dev.jaxc.ir.prim.ArraySet;
import org.objectweb.asm.Label;
import org.objectweb.asm.MethodVisitor;

/**
 * Array ops with the instructions javac uses ({@code newarray}, {@code anewarray},
 * {@code multianewarray}, {@code xaload}/{@code xastore}, {@code arraylength}, {@code clone}),
 * so out-of-range indices, negative sizes and null rows throw what Java throws. {@code array.set}
 * follows its {@link OwnershipAnalysis.SetPlan}: in place, or copy-on-write of the path it writes.
 */
final class ArrayLowering {
    private final FunctionLowering fl;
    private final MethodVisitor mv;

    ArrayLowering(FunctionLowering fl) {
        this.fl = fl;
        this.mv = fl.mv;
    }

    /** Dimensions on the stack. */
    void arrayNew(Op op, ArrayNew p) {
        Type t = p.type();
        int dims = op.inputs().size();
        if (dims > 1) mv.visitMultiANewArrayInsn(JvmTypes.descriptor(t), dims);
        else newArray(t);
        fl.finish(op.result());
    }

    /** {@code new T[n]} with the length on the stack. */
    private void newArray(Type t) {
        if (t.rank() == 1) mv.visitIntInsn(NEWARRAY, JvmTypes.newarrayOperand(t.dtype()));
        else mv.visitTypeInsn(ANEWARRAY, JvmTypes.internalName(t.element()));
    }

    /** {@code new T[]{e0, e1, ...}}: elements loaded between the stores, as javac does. */
    void literal(Op op, ArrayLiteral p) {
        Type t = p.type();
        ElementwiseLowering.pushInt(mv, op.inputs().size());
        newArray(t);
        for (int i = 0; i < op.inputs().size(); i++) {
            mv.visitInsn(DUP);
            ElementwiseLowering.pushInt(mv, i);
            fl.load(op.input(i));
            mv.visitInsn(JvmTypes.arrayStore(t.element()));
        }
        fl.finish(op.result());
    }

    /** Array and first index on the stack; {@code aaload} down the rows, loading each further index. */
    void get(Op op, ArrayGet p) {
        Type t = op.input(0).type();
        for (int l = 0; l < p.indices(); l++) {
            if (l > 0) fl.load(op.input(1 + l));
            t = t.element();
            mv.visitInsn(JvmTypes.arrayLoad(t));
        }
        fl.finish(op.result());
    }

    void length(Op op) {
        mv.visitInsn(ARRAYLENGTH);
        fl.finish(op.result());
    }

    void copy(Op op) {
        clone(op.input(0).type());
        fl.finish(op.result());
    }

    /** {@code ((T) a.clone())} of the array on the stack. */
    void clone(Type t) {
        String d = JvmTypes.internalName(t);
        mv.visitMethodInsn(INVOKEVIRTUAL, d, "clone", "()Ljava/lang/Object;", false);
        mv.visitTypeInsn(CHECKCAST, d);
    }

    /** A loop init (on the stack) copied before the first iteration; null stays null. */
    void entryCopy(OwnershipAnalysis.EntryCopy kind, Type t) {
        switch (kind) {
            case NONE -> { }
            case SHALLOW -> {
                Label skip = new Label();
                mv.visitInsn(DUP);
                mv.visitJumpInsn(IFNULL, skip);
                clone(t);
                mv.visitLabel(skip);
            }
            case DEEP -> {
                String d = JvmTypes.descriptor(t);
                mv.visitMethodInsn(INVOKESTATIC, fl.companion.internalName, fl.companion.deepCopy(t), "(" + d + ")" + d, false);
            }
        }
    }

    void set(Op op, ArraySet p) {
        OwnershipAnalysis.SetPlan plan = fl.ownership.setPlan(op);
        int k = p.indices();
        Value a = op.input(0), v = op.input(k + 1);
        Type t = a.type();
        if (plan.inPlace()) {
            // stack: a, i0 (and v when k == 1)
            for (int l = 1; l < k; l++) {
                t = t.element();
                mv.visitInsn(AALOAD);
                if (l < k - 1) fl.load(op.input(1 + l));
            }
            if (k > 1) {
                fl.load(op.input(k));
                fl.load(v);
            }
            mv.visitInsn(JvmTypes.arrayStore(t.element()));
            fl.locals.transfer(a, op.result());
            return;
        }
        // copy-on-write: nothing on the stack; clone the path from the first level not owned
        Home.Local cur;
        if (plan.clonesOuter()) {
            fl.load(a);
            clone(t);
            cur = fl.locals.define(op.result());
            fl.store(cur);
        } else {
            fl.locals.transfer(a, op.result());
            cur = fl.local(op.result());
        }
        Home.Local tmp = null;
        for (int l = 1; l < k; l++) {
            Type row = t.element();
            Home.Local next = fl.locals.allocate(row);
            fl.loadHome(cur);
            fl.load(op.input(l));
            mv.visitInsn(AALOAD);
            if (plan.copied()[l]) {
                clone(row);
                fl.store(next);
                fl.loadHome(cur);
                fl.load(op.input(l));
                fl.loadHome(next);
                mv.visitInsn(AASTORE);
            } else {
                fl.store(next);
            }
            if (tmp != null) fl.locals.free(tmp);
            tmp = next;
            cur = next;
            t = row;
        }
        fl.loadHome(cur);
        fl.load(op.input(k));
        fl.load(v);
        mv.visitInsn(JvmTypes.arrayStore(t.element()));
        if (tmp != null) fl.locals.free(tmp);
    }
}
