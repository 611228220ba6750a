package dev.jaxc.codegen.jvm;

import static org.objectweb.asm.Opcodes.*;

import dev.jaxc.ir.Op;
import dev.jaxc.ir.Value;
import dev.jaxc.ir.prim.Prng;
import dev.jaxc.ir.prim.PrngFn;
import org.objectweb.asm.MethodVisitor;

/**
 * {@code prng.*} ops as calls of the runtime: {@code invokestatic dev/jaxc/random/Random} with
 * the inputs on the stack, or for the legacy mode {@code getstatic Threefry.LEGACY} followed by
 * the inputs (loaded here, after the receiver) and {@code invokevirtual}. Generated classes
 * therefore need jaxc-runtime on their class path, as javac's output of the same source does.
 */
final class PrngLowering {
    static final String RANDOM = PrngFn.RANDOM_CLASS.replace('.', '/');
    static final String THREEFRY = PrngFn.THREEFRY_CLASS.replace('.', '/');

    private PrngLowering() {}

    /** Non-legacy: the inputs are on the stack ({@link StackPlanner}); legacy: nothing is. */
    static void prng(FunctionLowering fl, Op op, Prng p) {
        MethodVisitor mv = fl.mv;
        PrngFn fn = p.fn();
        if (p.legacy()) {
            mv.visitFieldInsn(GETSTATIC, THREEFRY, "LEGACY", "L" + THREEFRY + ";");
            for (Value v : op.inputs()) fl.load(v);
            mv.visitMethodInsn(INVOKEVIRTUAL, THREEFRY, fn.javaName(), fn.descriptor(), false);
        } else {
            mv.visitMethodInsn(INVOKESTATIC, RANDOM, fn.javaName(), fn.descriptor(), false);
        }
        fl.finish(op.result());
    }
}
