package dev.jaxc.ir.text;

import dev.jaxc.ir.Function;
import dev.jaxc.ir.Op;
import dev.jaxc.ir.Program;
import dev.jaxc.ir.Region;
import dev.jaxc.ir.Type;
import dev.jaxc.ir.Value;
import dev.jaxc.ir.prim.*;
import java.util.List;

/**
 * The IR's text form, in the spirit of {@code jax.make_jaxpr} and MLIR. {@link IrParser} reads it
 * back; print → parse → print is the identity.
 * <pre>
 * func @p.Foo.loss(%x: f64[], %n: i32) -> (f64) {
 *   %0 = const 0.0 : f64
 *   %1 = const 0 : i32
 *   %s = for[step=1] %1, %n consts(%x) iter(%0) (%i: i32, %x_1: f64[], %acc: f64) {
 *     %e = array.get[1] %x_1, %i : f64
 *     %acc_1 = add %acc, %e : f64
 *     yield %acc_1
 *   } : f64
 *   return %s
 * }
 * </pre>
 * <ul>
 * <li>An op is {@code %r1, %r2 = name[attrs] operands regions : resultTypes}; the {@code =} part
 *   and the {@code :} part are absent when there are no results. Line breaks are not significant;
 *   {@code //} starts a comment.
 * <li>Names: {@code %hint}, made unique per function as {@code %hint_1}, ...; values without a hint
 *   are numbered {@code %0}, {@code %1}, ... Function names are {@code @qualified.name$suffix};
 *   names with other characters are double-quoted.
 * <li>Operands: {@code const LITERAL}; {@code call @callee(%a, %b)};
 *   {@code for[step=S(, inclusive)(, parallel)] %lo, %hi consts(...) iter(...) REGION};
 *   {@code while consts(...) iter(...) REGION do REGION}; {@code cond %p, %ops... REGION else REGION};
 *   {@code array.get[k]}/{@code array.set[k]} carry their index count; every other op is its
 *   mnemonic ({@code add}, {@code strict.sin}, {@code cmp.lt}, {@code convert.f32},
 *   {@code array.new}, {@code prng.uniform}, {@code prng.legacy.split}, ...) and a comma-separated
 *   operand list; a {@code prng} op's operand count picks the overload of the runtime method. {@code consts(...)} and
 *   {@code iter(...)} are left out when empty. {@code array.new}/{@code array.literal} take
 *   their element type and rank from the result type.
 * <li>A region is {@code (%p: type, ...) { ops... yield %v, ... }}; a function's body ends in
 *   {@code return} instead. {@code -> (f64)} lists result types, {@code -> (value: f64, grad: f64[])}
 *   result names too.
 * <li>Constants are exact: {@code 0.1}, {@code -0.0}, {@code 1.0E-300}, {@code inf}, {@code -inf},
 *   {@code nan} (the canonical NaN), {@code bits(0x7ff0000000000001)} (any other NaN), {@code 7},
 *   {@code true}.
 * </ul>
 * Locations are not printed.
 */
public final class IrPrinter {
    private final StringBuilder sb = new StringBuilder();
    private final ValueNamer names = new ValueNamer();
    /** Summary mode prints regions as {@code {...}}. */
    private final boolean summary;

    private IrPrinter(boolean summary) { this.summary = summary; }

    public static String print(Program p) {
        StringBuilder out = new StringBuilder();
        for (Function f : p.functions()) {
            if (out.length() > 0) out.append('\n');
            out.append(print(f));
        }
        return out.toString();
    }

    public static String print(Function f) {
        IrPrinter pr = new IrPrinter(false);
        pr.function(f);
        return pr.sb.toString();
    }

    /** One line naming an op for diagnostics (names from hints; regions shown as {@code {...}}). */
    public static String summary(Op op) {
        IrPrinter pr = new IrPrinter(true);
        pr.op(op, 0);
        return pr.sb.toString().strip();
    }

    private void function(Function f) {
        sb.append("func @").append(Names.quoteIfNeeded(f.name())).append('(');
        params(f.params());
        sb.append(") -> (");
        List<Type> types = f.resultTypes();
        for (int i = 0; i < types.size(); i++) {
            if (i > 0) sb.append(", ");
            if (!f.resultNames().isEmpty()) sb.append(Names.quoteIfNeeded(f.resultNames().get(i))).append(": ");
            sb.append(types.get(i));
        }
        sb.append(") {\n");
        body(f.body(), 1, "return");
        sb.append("}\n");
    }

    private void params(List<Value> params) {
        for (int i = 0; i < params.size(); i++) {
            if (i > 0) sb.append(", ");
            Value p = params.get(i);
            sb.append(names.ref(p)).append(": ").append(p.type());
        }
    }

    private void body(Region r, int depth, String terminator) {
        for (Op op : r.ops()) op(op, depth);
        indent(depth);
        sb.append(terminator);
        if (!r.yields().isEmpty()) sb.append(' ');
        values(r.yields());
        sb.append('\n');
    }

    private void op(Op op, int depth) {
        indent(depth);
        if (!op.results().isEmpty()) {
            values(op.results());
            sb.append(" = ");
        }
        op.prim().accept(new Head(op, depth));
        if (!op.results().isEmpty()) {
            sb.append(" : ");
            for (int i = 0; i < op.results().size(); i++) {
                if (i > 0) sb.append(", ");
                sb.append(op.results().get(i).type());
            }
        }
        sb.append('\n');
    }

    private void values(List<Value> vs) {
        for (int i = 0; i < vs.size(); i++) {
            if (i > 0) sb.append(", ");
            sb.append(names.ref(vs.get(i)));
        }
    }

    private void operands(List<Value> vs) {
        if (vs.isEmpty()) return;
        sb.append(' ');
        values(vs);
    }

    private void group(String keyword, List<Value> vs) {
        if (vs.isEmpty()) return;
        sb.append(' ').append(keyword).append('(');
        values(vs);
        sb.append(')');
    }

    /** Regions after the first are introduced by a keyword ({@code else}, {@code do}). */
    private void regions(Op op, int depth, String... keywords) {
        for (int i = 0; i < op.regions().size(); i++) {
            Region r = op.regions().get(i);
            if (i > 0) sb.append(' ').append(i - 1 < keywords.length ? keywords[i - 1] : "region");
            sb.append(" (");
            params(r.params());
            if (summary) {
                sb.append(") {...}");
                continue;
            }
            sb.append(") {\n");
            body(r, depth + 1, "yield");
            indent(depth);
            sb.append('}');
        }
    }

    private void indent(int depth) { sb.append("  ".repeat(depth)); }

    private static <T> List<T> slice(List<T> l, int from, int to) {
        int n = l.size();
        return l.subList(Math.min(from, n), Math.min(Math.max(from, to), n));
    }

    /** Writes the mnemonic, attributes, operands and regions of one op. */
    private final class Head implements PrimitiveVisitor<Void> {
        private final Op op;
        private final int depth;

        Head(Op op, int depth) {
            this.op = op;
            this.depth = depth;
        }

        private Void plain(Primitive p) {
            sb.append(p.name());
            operands(op.inputs());
            return null;
        }

        @Override public Void visitConst(Const p) {
            sb.append("const ").append(ConstText.format(p));
            return null;
        }
        @Override public Void visitUnary(Unary p) { return plain(p); }
        @Override public Void visitBinary(Binary p) { return plain(p); }
        @Override public Void visitCompare(Compare p) { return plain(p); }
        @Override public Void visitConvert(Convert p) { return plain(p); }
        @Override public Void visitSelect(Select p) { return plain(p); }
        @Override public Void visitArrayNew(ArrayNew p) { return plain(p); }
        @Override public Void visitArrayLiteral(ArrayLiteral p) { return plain(p); }
        @Override public Void visitArrayLength(ArrayLength p) { return plain(p); }
        @Override public Void visitArrayCopy(ArrayCopy p) { return plain(p); }
        @Override public Void visitPrng(Prng p) { return plain(p); }

        @Override public Void visitArrayGet(ArrayGet p) {
            sb.append(p.name()).append('[').append(p.indices()).append(']');
            operands(op.inputs());
            return null;
        }

        @Override public Void visitArraySet(ArraySet p) {
            sb.append(p.name()).append('[').append(p.indices()).append(']');
            operands(op.inputs());
            return null;
        }

        @Override public Void visitCall(Call p) {
            sb.append("call @").append(Names.quoteIfNeeded(p.callee())).append('(');
            values(op.inputs());
            sb.append(')');
            return null;
        }

        @Override public Void visitCond(Cond p) {
            sb.append("cond");
            operands(op.inputs());
            regions(op, depth, "else");
            return null;
        }

        @Override public Void visitForLoop(ForLoop p) {
            sb.append("for[step=").append(p.step());
            if (p.inclusive()) sb.append(", inclusive");
            if (p.parallel()) sb.append(", parallel");
            sb.append(']');
            List<Value> in = op.inputs();
            operands(slice(in, 0, 2));
            group("consts", slice(in, 2, 2 + p.nConsts()));
            group("iter", slice(in, 2 + p.nConsts(), in.size()));
            regions(op, depth);
            return null;
        }

        @Override public Void visitWhileLoop(WhileLoop p) {
            sb.append("while");
            List<Value> in = op.inputs();
            group("consts", slice(in, 0, p.nConsts()));
            group("iter", slice(in, p.nConsts(), in.size()));
            regions(op, depth, "do");
            return null;
        }
    }
}
