package dev.jaxc.passes.transform;

import dev.jaxc.ir.Loc;
import dev.jaxc.ir.diag.CompileException;
import dev.jaxc.passes.expr.TransformExpr;
import dev.jaxc.passes.expr.TransformExpr.Arg;
import dev.jaxc.passes.expr.TransformExpr.IntArg;
import dev.jaxc.passes.expr.TransformExpr.KwArg;
import dev.jaxc.passes.expr.TransformExpr.NoneArg;
import dev.jaxc.passes.expr.TransformExpr.TupleArg;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntFunction;

/** One application {@code name(fn, kw=...)} with source positions for its parts. */
public record TransformCall(TransformExpr.Apply expr, Loc loc, IntFunction<Loc> locOfOffset) {
    public String name() { return expr.transform(); }

    public boolean has(String key) { return expr.kwargs().containsKey(key); }

    public Loc locOf(String key) {
        KwArg k = expr.kwargs().get(key);
        return k == null ? loc : locOfOffset.apply(k.offset());
    }

    public CompileException error(String message, String hint) { return new CompileException(loc, message, hint); }

    public CompileException error(String key, String message, String hint) { return new CompileException(locOf(key), message, hint); }

    /**
     * {@code argnums} as a list of parameter indices (default {@code (0,)}); {@code scalar} tells
     * whether an int was given rather than a tuple (JAX returns a single gradient then).
     */
    public Argnums argnums(int nParams) {
        KwArg k = expr.kwargs().get("argnums");
        if (k == null) return new Argnums(List.of(0), true);
        Arg a = k.value();
        List<Integer> out = new ArrayList<>();
        boolean scalar = a instanceof IntArg;
        List<Arg> items = a instanceof TupleArg t ? t.items() : List.of(a);
        if (items.isEmpty()) throw error("argnums", "argnums must name at least one parameter", "e.g. argnums=0 or argnums=(0, 1)");
        for (Arg item : items) {
            if (!(item instanceof IntArg i)) throw error("argnums", "argnums takes integers, not " + item.canonical(), "e.g. argnums=(0, 1)");
            int n = i.value() < 0 ? i.value() + nParams : i.value();
            if (n < 0 || n >= nParams)
                throw error("argnums", "argnums " + i.value() + " is out of range for a function of " + nParams + " parameter" + (nParams == 1 ? "" : "s"),
                        "valid values are 0.." + (nParams - 1));
            if (out.contains(n)) throw error("argnums", "argnums names parameter " + n + " twice", null);
            out.add(n);
        }
        return new Argnums(List.copyOf(out), scalar);
    }

    /** Per-parameter axes from {@code in_axes} (default 0 for all); null entries mean not batched. */
    public List<Integer> inAxes(int nParams) {
        KwArg k = expr.kwargs().get("in_axes");
        List<Integer> out = new ArrayList<>();
        if (k == null) {
            for (int i = 0; i < nParams; i++) out.add(0);
            return out;
        }
        Arg a = k.value();
        if (a instanceof TupleArg t) {
            if (t.items().size() != nParams)
                throw error("in_axes", "in_axes has " + t.items().size() + " entries but the function has " + nParams + " parameter" + (nParams == 1 ? "" : "s"),
                        "give one axis (or None) per parameter");
            for (Arg item : t.items()) out.add(axis(item, "in_axes"));
        } else {
            Integer ax = axis(a, "in_axes");
            for (int i = 0; i < nParams; i++) out.add(ax);
        }
        return out;
    }

    /** {@code out_axes} (default 0). */
    public int outAxis() {
        KwArg k = expr.kwargs().get("out_axes");
        if (k == null) return 0;
        Integer ax = axis(k.value(), "out_axes");
        if (ax == null) throw error("out_axes", "out_axes=None is not supported", "use out_axes=0 or 1");
        return ax;
    }

    private Integer axis(Arg a, String key) {
        if (a instanceof NoneArg) return null;
        if (a instanceof IntArg i) return i.value();
        throw error(key, key + " entries must be an integer or None, not " + a.canonical(), null);
    }

    /** Differentiated parameter indices; {@code single} when argnums was a plain int. */
    public record Argnums(List<Integer> indices, boolean single) {}
}
