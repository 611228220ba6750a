package dev.jaxc.frontend;

import com.github.javaparser.ast.Node;
import dev.jaxc.ir.Builder;
import dev.jaxc.ir.Op;
import dev.jaxc.ir.Region;
import dev.jaxc.ir.Type;
import dev.jaxc.ir.Value;
import dev.jaxc.ir.prim.Cond;
import dev.jaxc.ir.prim.ForLoop;
import dev.jaxc.ir.prim.Primitive;
import dev.jaxc.ir.prim.TypeError;
import dev.jaxc.ir.prim.WhileLoop;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Builds cond / for / while ops around parts of the AST. Regions are closed, so each one
 * receives as parameters the variables its part touches (from {@link VarSets}) and yields
 * back the ones it assigns; the results become the variables' new values.
 */
final class RegionLowering {
    private final LoweringContext ctx;

    RegionLowering(LoweringContext ctx) { this.ctx = ctx; }

    private record Part(Builder builder, List<Value> params, Env env, List<Value> extras) {}

    /** Builds one region whose parameters stand for {@code vars} (after {@code lead} extra parameters). */
    private Part part(List<Value> leadParams, List<Var> vars, Supplier<List<Value>> body) {
        Builder nb = new Builder().at(ctx.b.loc());
        Env ne = new Env();
        List<Value> params = new ArrayList<>(leadParams);
        for (Var v : vars) {
            Value p = new Value(v.type, v.name);
            params.add(p);
            ne.put(v, p);
        }
        List<Value> extras = ctx.inRegion(nb, ne, body);
        return new Part(nb, params, ne, extras);
    }

    /**
     * {@code cond(pred) {then} {else}} around the AST {@code parts} the branches lower: its
     * operands are the variables the parts touch; each branch returns its extra results (of
     * {@code extraTypes}); when {@code yieldVars}, the variables the parts assign are yielded
     * and updated. A variable declared outside the parts that gets its first value in only one
     * branch gets a placeholder in the other (Java's definite assignment keeps it unread there).
     * Returns the extras.
     */
    List<Value> cond(Value pred, List<? extends Node> parts, boolean yieldVars, List<Type> extraTypes,
                     Supplier<List<Value>> thenPart, Supplier<List<Value>> elsePart) {
        Set<Var> touched = ctx.sets.touched(parts);
        List<Var> captured = new ArrayList<>();
        for (Var v : ctx.env.vars()) if (touched.contains(v)) captured.add(v);
        Part t = part(List.of(), captured, thenPart);
        Part e = part(List.of(), captured, elsePart);
        List<Var> out = new ArrayList<>();
        if (yieldVars) {
            for (Var v : ctx.sets.assigned(parts)) {
                boolean inT = t.env.has(v), inE = e.env.has(v);
                if (inT && inE) out.add(v);
                else if ((inT || inE) && v.decl != null && parts.stream().noneMatch(n -> Ast.isWithin(v.decl, n))) {
                    Part missing = inT ? e : t;
                    missing.env.put(v, ctx.inRegion(missing.builder, missing.env, () -> ctx.placeholder(v.type)));
                    out.add(v);
                }
            }
        }
        Region rt = finish(t, t.extras, out, extraTypes);
        Region re = finish(e, e.extras, out, extraTypes);
        List<Value> inputs = new ArrayList<>();
        inputs.add(pred);
        for (Var v : captured) inputs.add(ctx.env.get(v));
        List<String> hints = new ArrayList<>();
        for (int i = 0; i < extraTypes.size(); i++) hints.add(null);
        for (Var v : out) hints.add(v.name);
        List<Value> results = emit(new Cond(), inputs, List.of(rt, re), hints);
        for (int i = 0; i < out.size(); i++) ctx.env.put(out.get(i), results.get(extraTypes.size() + i));
        return results.subList(0, extraTypes.size());
    }

    private static Region finish(Part p, List<Value> extras, List<Var> out, List<Type> extraTypes) {
        List<Value> yields = new ArrayList<>(extras);
        for (int i = 0; i < extraTypes.size(); i++)
            if (!extras.get(i).type().equals(extraTypes.get(i)))
                throw new IllegalStateException("branch yields " + extras.get(i).type() + ", expected " + extraTypes.get(i));
        for (Var v : out) yields.add(p.env.get(v));
        return p.builder.finish(p.params, yields);
    }

    /** The loop-carried variables: assigned in the loop and declared outside it. */
    private List<Var> carries(Node loop, Set<Var> assigned) {
        List<Var> out = new ArrayList<>();
        for (Var v : ctx.env.vars()) if (assigned.contains(v)) out.add(v);
        for (Var v : assigned)
            if (!ctx.env.has(v) && v.decl != null && !Ast.isWithin(v.decl, loop)) out.add(v);
        return out;
    }

    private List<Var> consts(Set<Var> touched, Set<Var> assigned, Var exclude) {
        List<Var> out = new ArrayList<>();
        for (Var v : ctx.env.vars()) if (touched.contains(v) && !assigned.contains(v) && v != exclude) out.add(v);
        return out;
    }

    private List<Value> inits(List<Var> carries) {
        List<Value> out = new ArrayList<>();
        for (Var v : carries) out.add(ctx.env.has(v) ? ctx.env.get(v) : ctx.placeholder(v.type));
        return out;
    }

    /**
     * A while loop in scf.while form: {@code condPart} builds the condition region (it may do
     * work, as a do/while body does) and returns the continue predicate; {@code bodyPart} builds
     * the body region.
     */
    void whileLoop(Node loop, Set<Var> touched, Set<Var> assigned, Supplier<Value> condPart, Runnable bodyPart) {
        List<Var> carries = carries(loop, assigned);
        List<Var> consts = consts(touched, assigned, null);
        List<Var> vars = new ArrayList<>(consts);
        vars.addAll(carries);
        List<Value> inputs = new ArrayList<>();
        for (Var v : consts) inputs.add(ctx.env.get(v));
        inputs.addAll(inits(carries));
        Part c = part(List.of(), vars, () -> List.of(condPart.get()));
        Part body = part(List.of(), vars, () -> {
            bodyPart.run();
            return List.of();
        });
        List<Value> condYields = new ArrayList<>(c.extras);
        for (Var v : carries) condYields.add(c.env.get(v));
        List<Value> bodyYields = new ArrayList<>();
        for (Var v : carries) bodyYields.add(body.env.get(v));
        Region rc = c.builder.finish(c.params, condYields);
        Region rb = body.builder.finish(body.params, bodyYields);
        List<Value> results = emit(new WhileLoop(consts.size()), inputs, List.of(rc, rb), carries.stream().map(v -> v.name).toList());
        for (int i = 0; i < carries.size(); i++) ctx.env.put(carries.get(i), results.get(i));
    }

    /** A counted loop {@code for (i = lo; i < hi (or <=, > , >=); i += step)}; the body sees {@code index} as i. */
    void forLoop(Node loop, Value lo, Value hi, int step, boolean inclusive, Var index, Set<Var> touched, Set<Var> assigned, Runnable bodyPart) {
        List<Var> carries = carries(loop, assigned);
        List<Var> consts = consts(touched, assigned, index);
        List<Var> vars = new ArrayList<>(consts);
        vars.addAll(carries);
        List<Value> inputs = new ArrayList<>();
        inputs.add(lo);
        inputs.add(hi);
        for (Var v : consts) inputs.add(ctx.env.get(v));
        inputs.addAll(inits(carries));
        Value i = new Value(Type.I32, index.name);
        Part body = part(List.of(i), vars, () -> {
            ctx.env.put(index, i);
            bodyPart.run();
            return List.of();
        });
        List<Value> yields = new ArrayList<>();
        for (Var v : carries) yields.add(body.env.get(v));
        Region rb = body.builder.finish(body.params, yields);
        List<Value> results = emit(new ForLoop(step, inclusive, consts.size()), inputs, List.of(rb), carries.stream().map(v -> v.name).toList());
        for (int k = 0; k < carries.size(); k++) ctx.env.put(carries.get(k), results.get(k));
    }

    /** Emits an op whose results carry readable hints (the variables they become). */
    private List<Value> emit(Primitive p, List<Value> inputs, List<Region> regions, List<String> hints) {
        List<Type> types;
        try {
            types = p.typeRule(inputs.stream().map(Value::type).toList(), regions);
        } catch (TypeError e) {
            throw new TypeError(ctx.b.loc() + ": " + e.getMessage());
        }
        List<Value> results = new ArrayList<>();
        for (int i = 0; i < types.size(); i++) results.add(new Value(types.get(i), i < hints.size() ? hints.get(i) : null));
        ctx.b.append(new Op(p, inputs, results, regions, ctx.b.loc()));
        return results;
    }
}
