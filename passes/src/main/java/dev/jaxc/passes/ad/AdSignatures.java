package dev.jaxc.passes.ad;

import dev.jaxc.ir.Function;
import dev.jaxc.ir.Type;
import dev.jaxc.passes.transform.TransformCall;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;

/**
 * Argument checks and names shared by the AD transforms. A derivative with respect to
 * parameter {@code theta} is named {@code dTheta}; parameters without a source name are
 * {@code p0, p1, ...}. Misuse is reported at the keyword or the transform in the expression.
 */
final class AdSignatures {
    private AdSignatures() {}

    static String paramName(Function f, int i) {
        String h = f.params().get(i).hint();
        return h == null || h.isEmpty() ? "p" + i : h;
    }

    static String capitalize(String s) { return Character.toUpperCase(s.charAt(0)) + s.substring(1); }

    static String dName(Function f, int i) { return "d" + capitalize(paramName(f, i)); }

    static String resultName(Function f, int r) {
        if (!f.resultNames().isEmpty()) return f.resultNames().get(r);
        return f.resultTypes().size() == 1 ? "value" : "r" + r;
    }

    static List<String> paramNames(Function f) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < f.params().size(); i++) out.add(paramName(f, i));
        return out;
    }

    /** The argnums, each checked to be a floating-point parameter. */
    static TransformCall.Argnums argnums(Function f, TransformCall call) {
        TransformCall.Argnums a = call.argnums(f.params().size());
        for (int i : a.indices()) requireDifferentiable(f, i, call);
        return a;
    }

    static void requireDifferentiable(Function f, int i, TransformCall call) {
        Type t = f.paramTypes().get(i);
        if (t.isDifferentiable()) return;
        String where = call.has("argnums") ? "argnums" : null;
        String msg = "cannot differentiate " + JvpPass.simpleName(f.name()) + " with respect to parameter '" + paramName(f, i)
                + "' of type " + Type.javaName(t) + ": only float and double values have derivatives";
        String hint = call.has("argnums") ? "choose floating-point parameters in argnums" : "name a floating-point parameter with argnums=...";
        throw where == null ? call.error(msg, hint) : call.error(where, msg, hint);
    }

    static BitSet mask(List<Integer> indices) {
        BitSet b = new BitSet();
        for (int i : indices) b.set(i);
        return b;
    }

    /** All floating-point parameters (jvp, and vjp without argnums). */
    static List<Integer> floatParams(Function f) {
        List<Integer> out = new ArrayList<>();
        for (int i = 0; i < f.params().size(); i++) if (f.paramTypes().get(i).isDifferentiable()) out.add(i);
        return out;
    }

    /** f must return exactly one floating-point scalar (grad, value_and_grad). */
    static void requireScalarOutput(Function f, TransformCall call) {
        List<Type> rs = f.resultTypes();
        if (rs.size() == 1 && rs.get(0).isScalar() && rs.get(0).isDifferentiable()) return;
        String got = rs.size() == 1 ? Type.javaName(rs.get(0)) : "a record of " + rs.size() + " values";
        throw call.error(call.name() + " needs a function returning one double or float; " + JvpPass.simpleName(f.name()) + " returns " + got,
                rs.size() == 1 && rs.get(0).isDifferentiable() ? "use jacrev or vjp for a non-scalar result" : "differentiate a function with a floating-point result");
    }
}
