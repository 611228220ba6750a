package dev.jaxc.passes.expr;

import java.util.List;
import java.util.Map;

/**
 * A parsed transform expression such as {@code vmap(grad(loss, argnums=1), in_axes=(None, 0))}.
 * {@code offset} is the 0-based position in the expression text, for diagnostics.
 */
public sealed interface TransformExpr permits TransformExpr.FnRef, TransformExpr.Apply {
    int offset();

    /** Canonical text, used to share one derived function between equal sub-expressions. */
    String canonical();

    /** A reference to a method: {@code loss} (same class) or {@code Other.loss}. */
    record FnRef(String name, int offset) implements TransformExpr {
        public String canonical() { return name; }
    }

    /** {@code transform(fn, key=value, ...)}. Keyword values keep their source order. */
    record Apply(String transform, TransformExpr fn, Map<String, KwArg> kwargs, int offset) implements TransformExpr {
        public String canonical() {
            StringBuilder sb = new StringBuilder(transform).append('(').append(fn.canonical());
            kwargs.forEach((k, v) -> sb.append(", ").append(k).append('=').append(v.value().canonical()));
            return sb.append(')').toString();
        }
    }

    /** A keyword argument with the offset of its key. */
    record KwArg(String key, Arg value, int offset) {}

    /** Keyword argument values: an integer, {@code None}, or a tuple of them. */
    sealed interface Arg permits IntArg, NoneArg, TupleArg {
        String canonical();
    }

    record IntArg(int value) implements Arg {
        public String canonical() { return Integer.toString(value); }
    }

    record NoneArg() implements Arg {
        public String canonical() { return "None"; }
    }

    record TupleArg(List<Arg> items) implements Arg {
        public String canonical() {
            StringBuilder sb = new StringBuilder("(");
            for (int i = 0; i < items.size(); i++) sb.append(i > 0 ? ", " : "").append(items.get(i).canonical());
            if (items.size() == 1) sb.append(',');
            return sb.append(')').toString();
        }
    }
}
