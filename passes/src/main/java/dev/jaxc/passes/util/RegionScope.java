package dev.jaxc.passes.util;

import dev.jaxc.ir.Builder;
import dev.jaxc.ir.Loc;
import dev.jaxc.ir.Op;
import dev.jaxc.ir.Region;
import dev.jaxc.ir.Type;
import dev.jaxc.ir.Value;
import dev.jaxc.ir.prim.Cond;
import dev.jaxc.ir.prim.ForLoop;
import dev.jaxc.ir.prim.Primitive;
import dev.jaxc.ir.prim.WhileLoop;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A closed region under construction whose free values become parameters on first use
 * (closure conversion done while building). Passes that emit code into nested regions without
 * knowing in advance what each region will read — loop bodies, branches — write ops through
 * {@link #emit}, which routes every input through {@link #use}: a value of an enclosing scope
 * is captured, once, as a new parameter of this scope (and, recursively, of every scope in
 * between). When the region is finished, {@link #captured()} lists the enclosing values in
 * capture order: they are the op's extra inputs (a loop's consts, a cond's operands), and
 * {@link #captureParams()} the matching parameters.
 *
 * <p>Sibling regions of one op (cond's branches, while's condition and body) must have the same
 * parameters: {@link #unify} gives them one capture list, adding unused parameters where a
 * region does not read a value its sibling reads.
 */
public final class RegionScope {
    private final RegionScope parent;
    private final Builder builder;
    private final Set<Value> defined = Collections.newSetFromMap(new IdentityHashMap<>());
    /** Enclosing-scope value (as visible in the parent) → this scope's parameter. */
    private final Map<Value, Value> captures = new LinkedHashMap<>();
    private boolean closed;

    private RegionScope(RegionScope parent, Loc loc) {
        this.parent = parent;
        this.builder = new Builder().at(loc);
    }

    /** The outermost scope: a function body. */
    public static RegionScope root(Loc loc) { return new RegionScope(null, loc); }

    /** A scope for a region nested in this one. */
    public RegionScope child() { return new RegionScope(this, builder.loc()); }

    /** Stamps ops emitted from now on with {@code loc}. */
    public RegionScope at(Loc loc) {
        builder.at(loc);
        return this;
    }

    public Loc loc() { return builder.loc(); }

    /** A parameter that the caller places itself (a loop index, a carry); not a capture. */
    public Value param(Type type, String hint) {
        Value p = new Value(type, hint);
        defined.add(p);
        return p;
    }

    /** True once an op has been emitted here. */
    public boolean hasOps() { return !builder.ops().isEmpty(); }

    /** True if v is usable here without a new capture: a parameter, an op result or an existing capture. */
    public boolean owns(Value v) { return defined.contains(v); }

    /** True if v can be used here: defined here or in an enclosing scope. */
    public boolean sees(Value v) {
        for (RegionScope s = this; s != null; s = s.parent) if (s.defined.contains(v)) return true;
        return false;
    }

    /** v as visible in this scope: itself if defined here, else this scope's parameter for it. */
    public Value use(Value v) {
        if (defined.contains(v)) return v;
        if (parent == null) throw new IllegalStateException("value " + v + " is not visible in this function");
        Value outer = parent.use(v);
        Value p = captures.get(outer);
        if (p == null) {
            if (closed) throw new IllegalStateException("capture of " + v + " after the scope was closed");
            p = new Value(outer.type(), outer.hint());
            captures.put(outer, p);
            defined.add(p);
        }
        return p;
    }

    public List<Value> useAll(List<Value> vs) {
        List<Value> out = new ArrayList<>(vs.size());
        for (Value v : vs) out.add(use(v));
        return out;
    }

    /** Emits {@code prim(inputs) {regions}} with inputs made visible here; returns the results. */
    public List<Value> emit(Primitive prim, List<Value> inputs, List<Region> regions) {
        List<Value> rs = builder.emit(prim, useAll(inputs), regions);
        defined.addAll(rs);
        return rs;
    }

    public Value emit1(Primitive prim, Value... inputs) {
        List<Value> rs = emit(prim, Arrays.asList(inputs), List.of());
        if (rs.size() != 1) throw new IllegalStateException(prim.name() + " gives " + rs.size() + " results");
        return rs.get(0);
    }

    /** Emits a copy of closed region r's ops with its parameters bound to {@code args}; returns the copied yields. */
    public List<Value> inline(Region r, List<Value> args) {
        Remapper m = new Remapper();
        m.bindAll(r.params(), useAll(args));
        for (Op op : r.ops()) defined.addAll(m.copyOp(builder, op));
        return m.getAll(r.yields());
    }

    /** Emits a copy of op (its regions cloned) on other inputs. */
    public List<Value> copy(Op op, List<Value> inputs) {
        List<Region> regions = new ArrayList<>();
        for (Region r : op.regions()) regions.add(new Remapper().copyRegion(r));
        return emit(op.prim(), inputs, regions);
    }

    /**
     * Turns the capture of {@code outer} back into a plain parameter, which the caller then places
     * itself (a loop that finds out late that a captured array must be a carry).
     */
    public Value release(Value outer) {
        Value p = captures.remove(outer);
        if (p == null) throw new IllegalStateException(outer + " is not captured");
        return p;
    }

    /** The enclosing values this scope captured, in order (as visible in the parent). */
    public List<Value> captured() { return new ArrayList<>(captures.keySet()); }

    /** This scope's parameter for each of {@code outers}, adding an unused one where it has none. */
    public List<Value> captureParams(List<Value> outers) {
        List<Value> out = new ArrayList<>(outers.size());
        for (Value o : outers) {
            Value p = captures.get(o);
            if (p == null) {
                if (closed) throw new IllegalStateException("capture after the scope was closed");
                p = new Value(o.type(), o.hint());
                captures.put(o, p);
                defined.add(p);
            }
            out.add(p);
        }
        return out;
    }

    /**
     * Gives sibling scopes one capture list (the union, in first-capture order) and returns it;
     * afterwards each sibling's {@link #captureParams(List)} of that list are its parameters.
     */
    public static List<Value> unify(List<RegionScope> siblings) {
        LinkedHashMap<Value, Boolean> all = new LinkedHashMap<>();
        for (RegionScope s : siblings) for (Value v : s.captures.keySet()) all.put(v, true);
        List<Value> union = new ArrayList<>(all.keySet());
        for (RegionScope s : siblings) s.captureParams(union);
        return union;
    }

    /**
     * Closes the scope into a region with parameters {@code before + captureParams(order) + after}
     * yielding {@code yields}; yields must already be visible here (call {@link #useAll} first,
     * before unifying siblings, as it may capture).
     */
    public Region close(List<Value> before, List<Value> captureOrder, List<Value> after, List<Value> yields) {
        List<Value> params = new ArrayList<>(before);
        params.addAll(captureParams(captureOrder));
        params.addAll(after);
        if (params.size() != before.size() + captures.size() + after.size())
            throw new IllegalStateException("close: the capture order does not list every capture");
        for (Value y : yields)
            if (!defined.contains(y)) throw new IllegalStateException("yield " + y + " is not visible; call useAll first");
        closed = true;
        return builder.finish(params, yields);
    }

    // ---- structured control flow whose regions capture what they read ----------------------

    /** Builds a nested region's ops; {@code params} are the parameters the construct places itself. */
    @FunctionalInterface
    public interface Body {
        List<Value> build(RegionScope s, List<Value> params);
    }

    /** {@code cond(pred) {then} {otherwise}}: the branches read what they need from here. */
    public List<Value> cond(Value pred, Body then, Body otherwise) {
        RegionScope t = child(), e = child();
        List<Value> ty = t.useAll(then.build(t, List.of()));
        List<Value> ey = e.useAll(otherwise.build(e, List.of()));
        List<Value> union = unify(List.of(t, e));
        Region tr = t.close(List.of(), union, List.of(), ty);
        Region er = e.close(List.of(), union, List.of(), ey);
        List<Value> in = new ArrayList<>();
        in.add(pred);
        in.addAll(union);
        return emit(new Cond(), in, List.of(tr, er));
    }

    /**
     * {@code for (i = lo; i < hi; i += step)} with carries: the body gets {@code (i, carries...)}
     * and yields the next carries; what else it reads becomes the loop's consts.
     */
    public List<Value> forLoop(Value lo, Value hi, int step, boolean inclusive, List<Value> inits, Body body) {
        return forLoop(new ForLoop(step, inclusive, 0), lo, hi, inits, body);
    }

    /** {@link #forLoop(Value, Value, int, boolean, List, Body)} with the loop's attributes (e.g. parallel) from {@code kind}. */
    public List<Value> forLoop(ForLoop kind, Value lo, Value hi, List<Value> inits, Body body) {
        RegionScope s = child();
        Value i = s.param(Type.I32, "i");
        List<Value> carries = new ArrayList<>();
        for (Value v : inits) carries.add(s.param(v.type(), v.hint()));
        List<Value> ps = new ArrayList<>();
        ps.add(i);
        ps.addAll(carries);
        List<Value> ys = s.useAll(body.build(s, ps));
        List<Value> consts = s.captured();
        Region r = s.close(List.of(i), consts, carries, ys);
        List<Value> in = new ArrayList<>();
        in.add(lo);
        in.add(hi);
        in.addAll(consts);
        in.addAll(inits);
        return emit(kind.withConsts(consts.size()), in, List.of(r));
    }

    /**
     * A while loop in scf.while form: {@code cond} gets the carries and yields
     * {@code (continue, carries'...)}, {@code body} gets carries and yields the next ones.
     */
    public List<Value> whileLoop(List<Value> inits, Body cond, Body body) {
        RegionScope c = child(), b = child();
        List<Value> cc = new ArrayList<>(), bc = new ArrayList<>();
        for (Value v : inits) {
            cc.add(c.param(v.type(), v.hint()));
            bc.add(b.param(v.type(), v.hint()));
        }
        List<Value> cy = c.useAll(cond.build(c, cc));
        List<Value> by = b.useAll(body.build(b, bc));
        List<Value> consts = unify(List.of(c, b));
        Region cr = c.close(List.of(), consts, cc, cy);
        Region br = b.close(List.of(), consts, bc, by);
        List<Value> in = new ArrayList<>(consts);
        in.addAll(inits);
        return emit(new WhileLoop(consts.size()), in, List.of(cr, br));
    }
}
