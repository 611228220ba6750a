package dev.jaxc.passes.util;

import dev.jaxc.ir.Builder;
import dev.jaxc.ir.Function;
import dev.jaxc.ir.Op;
import dev.jaxc.ir.Program;
import dev.jaxc.ir.Region;
import dev.jaxc.ir.Value;
import dev.jaxc.ir.prim.Call;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * Replaces calls of selected functions by copies of their bodies (recursively: an inlined body
 * has its own selected calls inlined, up to a depth). Used to inline small leaf functions
 * (a sigmoid) before transformations, where a call would cost a result record per call and
 * hide common subexpressions.
 */
public final class InlinePass {
    private static final int MAX_DEPTH = 8;

    private final Program program;
    private final Predicate<Function> select;

    private InlinePass(Program program, Predicate<Function> select) {
        this.program = program;
        this.select = select;
    }

    /** f with the calls of functions satisfying {@code select} inlined (f itself if none). */
    public static Function run(Function f, Program program, Predicate<Function> select) {
        InlinePass p = new InlinePass(program, select);
        if (!p.hasSelectedCall(f.body(), 0)) return f;
        Region body = p.region(f.body(), 0);
        return new Function(f.name(), body, f.resultNames(), f.loc());
    }

    /**
     * Functions small enough to inline everywhere: no loops, at most {@code maxOps} ops
     * (nested conds counted), and not the function being rewritten.
     */
    public static Predicate<Function> small(int maxOps) {
        return g -> !hasLoop(g.body()) && Cleanup.size(g.body()) <= maxOps;
    }

    private static boolean hasLoop(Region r) {
        for (Op op : r.ops()) {
            if (op.prim() instanceof dev.jaxc.ir.prim.ForLoop || op.prim() instanceof dev.jaxc.ir.prim.WhileLoop) return true;
            for (Region inner : op.regions()) if (hasLoop(inner)) return true;
        }
        return false;
    }

    private Function callee(Op op) {
        if (!(op.prim() instanceof Call c)) return null;
        Function g = program.get(c.callee());
        return g != null && select.test(g) ? g : null;
    }

    private boolean hasSelectedCall(Region r, int depth) {
        for (Op op : r.ops()) {
            if (callee(op) != null) return true;
            for (Region inner : op.regions()) if (hasSelectedCall(inner, depth)) return true;
        }
        return false;
    }

    /** A copy of r (same parameters) with selected calls inlined. */
    private Region region(Region r, int depth) {
        Builder b = new Builder();
        Map<Value, Value> subst = new HashMap<>();
        emit(b, r.ops(), subst, depth);
        return b.finish(r.params(), map(r.yields(), subst));
    }

    private void emit(Builder b, List<Op> ops, Map<Value, Value> subst, int depth) {
        for (Op op : ops) {
            List<Value> in = map(op.inputs(), subst);
            Function g = depth < MAX_DEPTH ? callee(op) : null;
            if (g != null) {
                b.at(op.loc());
                // Inline a copy with the callee's own selected calls inlined too.
                Region body = new Remapper().copyRegion(g.body());
                Map<Value, Value> inner = new HashMap<>();
                for (int i = 0; i < in.size(); i++) inner.put(body.params().get(i), in.get(i));
                emit(b, body.ops(), inner, depth + 1);
                List<Value> ys = map(body.yields(), inner);
                for (int i = 0; i < ys.size(); i++) subst.put(op.results().get(i), ys.get(i));
                continue;
            }
            List<Region> regions = new ArrayList<>();
            for (Region inner : op.regions()) regions.add(region(inner, depth));
            b.append(new Op(op.prim(), in, op.results(), regions, op.loc()));
        }
    }

    private static List<Value> map(List<Value> vs, Map<Value, Value> subst) {
        List<Value> out = new ArrayList<>(vs.size());
        for (Value v : vs) out.add(subst.getOrDefault(v, v));
        return out;
    }
}
