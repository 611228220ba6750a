package dev.jaxc.frontend;

import com.github.javaparser.ast.Node;
import dev.jaxc.ir.Builder;
import dev.jaxc.ir.Loc;
import dev.jaxc.ir.Type;
import dev.jaxc.ir.Value;
import java.util.function.Supplier;

/**
 * The state shared by the lowering of one method: the builder of the region being built and
 * the environment (Java variable → current value) of that region, plus the analyses. Nested
 * regions swap both in and out through {@link #inRegion}.
 */
final class LoweringContext {
    final MethodInfo info;
    final String file;
    final JumpFlags flags;
    final VarSets sets;
    final Effects effects;
    Builder b;
    Env env;
    final ExprLowering expr;
    final MethodLowering stmts;
    final ControlFlowLowering loops;
    final RegionLowering regions;

    LoweringContext(MethodInfo info, JumpFlags flags, MethodLowering stmts) {
        this.info = info;
        this.file = info.file();
        this.flags = flags;
        this.sets = new VarSets(info, flags);
        this.effects = new Effects(info);
        this.stmts = stmts;
        this.expr = new ExprLowering(this);
        this.loops = new ControlFlowLowering(this);
        this.regions = new RegionLowering(this);
    }

    Loc loc(Node n) { return Diagnostics.loc(file, n); }

    /** The current builder, stamping the ops emitted next with the node's position. */
    Builder at(Node n) { return b.at(loc(n)); }

    /** Runs {@code f} with {@code nb} / {@code ne} as the current region. */
    <T> T inRegion(Builder nb, Env ne, Supplier<T> f) {
        Builder ob = b;
        Env oe = env;
        b = nb;
        env = ne;
        try {
            return f.get();
        } finally {
            b = ob;
            env = oe;
        }
    }

    /**
     * A placeholder for a variable that has no value yet on some path (a loop carry of a
     * not-yet-assigned variable, the result before an early return). Java's definite assignment
     * guarantees it is never read.
     */
    Value placeholder(Type t) {
        if (t.isScalar()) return b.zero(t.dtype());
        return b.arrayNew(t.dtype(), t.rank(), b.i32(0));
    }
}
