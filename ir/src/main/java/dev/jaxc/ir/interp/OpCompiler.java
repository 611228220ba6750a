package dev.jaxc.ir.interp;

import dev.jaxc.ir.Op;
import dev.jaxc.ir.Type;
import dev.jaxc.ir.prim.*;
import java.lang.reflect.Array;
import java.util.function.BinaryOperator;
import java.util.function.UnaryOperator;

/**
 * Compiles one op into an {@link Exec}: all dispatch on primitives, dtypes and ranks happens
 * here, once, so running an op is a slot read, a call and a slot write. This is the executable
 * specification of every primitive; each case follows the primitive's javadoc.
 */
final class OpCompiler implements PrimitiveVisitor<Exec> {
    private final Op op;
    private final int[] in;
    private final int[] out;
    /** Per input: may this op take the input's array over (see {@link Ownership}). */
    private final boolean[] transfer;
    private final Interpreter ip;

    OpCompiler(Op op, int[] in, int[] out, boolean[] transfer, Interpreter ip) {
        this.op = op;
        this.in = in;
        this.out = out;
        this.transfer = transfer;
        this.ip = ip;
    }

    private Type inType(int k) { return op.inputs().get(k).type(); }

    // ---- scalars ---------------------------------------------------------------------------

    @Override public Exec visitConst(Const p) {
        Object v = p.boxed();
        int o = out[0];
        return (f, own) -> f[o] = v;
    }

    @Override public Exec visitUnary(Unary p) { return unary(UnaryEval.of(p.op(), inType(0).dtype(), p.strict())); }

    @Override public Exec visitBinary(Binary p) { return binary(BinaryEval.of(p.op(), inType(0).dtype(), p.strict())); }

    @Override public Exec visitCompare(Compare p) { return binary(CompareEval.of(p.op(), inType(0).dtype())); }

    @Override public Exec visitConvert(Convert p) { return unary(ConvertEval.of(inType(0).dtype(), p.to())); }

    private Exec unary(UnaryOperator<Object> fn) {
        int a = in[0], o = out[0];
        return (f, own) -> f[o] = fn.apply(f[a]);
    }

    private Exec binary(BinaryOperator<Object> fn) {
        int a = in[0], b = in[1], o = out[0];
        return (f, own) -> f[o] = fn.apply(f[a], f[b]);
    }

    /** Both sides are already evaluated; the result aliases one of them, so it is never owned. */
    @Override public Exec visitSelect(Select p) {
        int c = in[0], a = in[1], b = in[2], o = out[0];
        return (f, own) -> f[o] = (Boolean) f[c] ? f[a] : f[b];
    }

    // ---- arrays ----------------------------------------------------------------------------

    /** {@code new T[d0]..[dk-1]([])*}: zeroed, missing dimensions are null rows, negative sizes throw. */
    @Override public Exec visitArrayNew(ArrayNew p) {
        int o = out[0];
        int[] dims = in.clone();
        if (p.rank() == 1) {
            int d = dims[0];
            return switch (p.elem()) {
                case F64 -> (f, own) -> { f[o] = new double[(Integer) f[d]]; own[o] = true; };
                case F32 -> (f, own) -> { f[o] = new float[(Integer) f[d]]; own[o] = true; };
                case I64 -> (f, own) -> { f[o] = new long[(Integer) f[d]]; own[o] = true; };
                case I32 -> (f, own) -> { f[o] = new int[(Integer) f[d]]; own[o] = true; };
                case BOOL -> (f, own) -> { f[o] = new boolean[(Integer) f[d]]; own[o] = true; };
            };
        }
        // Array.newInstance checks every size first and reports the first negative one, as the JVM does.
        Class<?> base = ArrayLevel.javaClass(Type.of(p.elem(), p.rank() - dims.length));
        return (f, own) -> {
            int[] n = new int[dims.length];
            for (int i = 0; i < n.length; i++) n[i] = (Integer) f[dims[i]];
            f[o] = Array.newInstance(base, n);
            own[o] = true;
        };
    }

    @Override public Exec visitArrayLiteral(ArrayLiteral p) {
        int o = out[0];
        int[] elems = in.clone();
        Class<?> component = ArrayLevel.javaClass(p.type().element());
        ArrayLevel level = ArrayLevel.of(p.type());
        return (f, own) -> {
            Object a = Array.newInstance(component, elems.length);
            for (int i = 0; i < elems.length; i++) level.set(a, i, f[elems[i]]);
            f[o] = a;
            own[o] = true;
        };
    }

    @Override public Exec visitArrayGet(ArrayGet p) {
        int a = in[0], o = out[0];
        int[] idx = java.util.Arrays.copyOfRange(in, 1, in.length);
        ArrayLevel[] levels = ArrayLevel.path(inType(0), idx.length);
        if (idx.length == 1) {
            ArrayLevel l = levels[0];
            int i = idx[0];
            return (f, own) -> f[o] = l.get(f[a], (Integer) f[i]);
        }
        return (f, own) -> {
            Object x = f[a];
            for (int t = 0; t < idx.length; t++) x = levels[t].get(x, (Integer) f[idx[t]]);
            f[o] = x;
        };
    }

    /**
     * {@code a' = a with [i0]..[ik-1] := v}, leaving a unchanged: the outer array and each row
     * on the index path are copied (the outer one is updated in place when a is owned and
     * transferable). Java's checks happen in Java's order: null, then each index's range.
     */
    @Override public Exec visitArraySet(ArraySet p) {
        int a = in[0], o = out[0], v = in[in.length - 1];
        int[] idx = java.util.Arrays.copyOfRange(in, 1, in.length - 1);
        ArrayLevel[] levels = ArrayLevel.path(inType(0), idx.length);
        boolean mayReuse = transfer[0] && ip.updateInPlace;
        return (f, own) -> {
            boolean inPlace = mayReuse && own[a];
            f[o] = set(levels, f, idx, 0, f[a], f[v], inPlace);
            own[o] = true;
        };
    }

    private static Object set(ArrayLevel[] levels, Object[] f, int[] idx, int t, Object arr, Object v, boolean inPlace) {
        ArrayLevel l = levels[t];
        int i = (Integer) f[idx[t]];
        Object stored = v;
        if (t < idx.length - 1) stored = set(levels, f, idx, t + 1, l.get(arr, i), v, false);
        Object target = inPlace ? arr : l.copy(arr);
        l.set(target, i, stored);
        return target;
    }

    @Override public Exec visitArrayLength(ArrayLength p) {
        int a = in[0], o = out[0];
        ArrayLevel l = ArrayLevel.of(inType(0));
        return (f, own) -> f[o] = l.length(f[a]);
    }

    /** {@code a.clone()}: a new outer array; rows stay shared, as in Java. */
    @Override public Exec visitArrayCopy(ArrayCopy p) {
        int a = in[0], o = out[0];
        ArrayLevel l = ArrayLevel.of(inType(0));
        return (f, own) -> {
            f[o] = l.copy(f[a]);
            own[o] = true;
        };
    }

    // ---- calls and control flow -------------------------------------------------------------

    @Override public Exec visitCall(Call p) {
        Interpreter.Callee callee = ip.callee(p.callee());
        int[] args = in, res = out;
        boolean[] move = transfer;
        return (f, own) -> {
            RegionCode body = callee.code();
            Object[] cf = body.newFrame();
            boolean[] co = body.newOwned();
            for (int i = 0; i < args.length; i++) {
                cf[i] = f[args[i]];
                co[i] = move[i] && own[args[i]];
            }
            body.run(cf, co);
            body.yieldTo(cf, co, 0, f, own, res);
        };
    }

    /** Runs only the region the predicate selects, on fresh parameters bound to the operands. */
    @Override public Exec visitCond(Cond p) {
        RegionCode then = RegionCode.compile(op.region(0), ip), other = RegionCode.compile(op.region(1), ip);
        int c = in[0];
        int[] operands = java.util.Arrays.copyOfRange(in, 1, in.length), res = out;
        boolean[] move = java.util.Arrays.copyOfRange(transfer, 1, transfer.length);
        return (f, own) -> {
            RegionCode r = (Boolean) f[c] ? then : other;
            Object[] rf = r.newFrame();
            boolean[] ro = r.newOwned();
            for (int i = 0; i < operands.length; i++) {
                rf[i] = f[operands[i]];
                ro[i] = move[i] && own[operands[i]];
            }
            r.run(rf, ro);
            r.yieldTo(rf, ro, 0, f, own, res);
        };
    }

    @Override public Exec visitForLoop(ForLoop p) {
        return new ForLoopExec(p, RegionCode.compile(op.region(0), ip), in, out, transfer);
    }

    @Override public Exec visitWhileLoop(WhileLoop p) {
        return new WhileLoopExec(p, RegionCode.compile(op.region(0), ip), RegionCode.compile(op.region(1), ip), in, out, transfer);
    }

    // ---- runtime PRNG ----------------------------------------------------------------------

    /** The runtime's method itself ({@link PrngEval}); an array it returns is fresh, so owned. */
    @Override public Exec visitPrng(Prng p) {
        java.lang.invoke.MethodHandle h = PrngEval.handle(p);
        int[] args = in.clone();
        int o = out[0];
        boolean fresh = p.fn().result().isArray();
        return (f, own) -> {
            Object[] a = new Object[args.length];
            for (int i = 0; i < a.length; i++) a[i] = f[args[i]];
            f[o] = PrngEval.invoke(h, a);
            if (fresh) own[o] = true;
        };
    }
}
