package dev.jaxc.passes.listing;

import dev.jaxc.ir.Function;
import dev.jaxc.ir.Op;
import dev.jaxc.ir.Program;
import dev.jaxc.ir.Region;
import dev.jaxc.ir.Type;
import dev.jaxc.ir.Value;
import dev.jaxc.ir.prim.*;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Prints a function as Java-like source, for reading derived code (what users of Clad and
 * Tangent value most): SSA values become local variables named after their hints, cond becomes
 * if/else assigning its results, for and while become Java loops over carry variables, and an
 * {@code array.set} whose old array is not used afterwards is shown as the in-place store the
 * backend emits ({@code a[i] = v}); otherwise as a clone and a store. Multi-result functions
 * return a record named after the function. The output is for people: it is close to Java but
 * not meant to be compiled.
 */
public final class JavaListingPrinter {
    private final Program program;
    private final StringBuilder out = new StringBuilder();
    private final Map<Value, String> names = new HashMap<>();
    private final Set<String> used = new HashSet<>();
    private int indent;

    private JavaListingPrinter(Program program) { this.program = program; }

    /** The listing of f; calls are resolved in program (may be null) for record component names. */
    public static String print(Function f, Program program) {
        return new JavaListingPrinter(program).function(f);
    }

    private String function(Function f) {
        String simple = f.name().substring(f.name().lastIndexOf('.') + 1);
        String ret;
        if (f.resultTypes().size() == 1) {
            ret = Type.javaName(f.resultTypes().get(0));
        } else {
            ret = recordName(simple);
            List<String> comps = new ArrayList<>();
            for (int i = 0; i < f.resultTypes().size(); i++) comps.add(Type.javaName(f.resultTypes().get(i)) + " " + component(f, i));
            line("record " + ret + "(" + String.join(", ", comps) + ") {}");
        }
        List<String> ps = new ArrayList<>();
        for (Value p : f.params()) ps.add(Type.javaName(p.type()) + " " + define(p));
        line("static " + ret + " " + javaIdent(simple) + "(" + String.join(", ", ps) + ") {");
        indent++;
        block(f.body().ops(), f.body().yields());
        List<String> ys = refs(f.body().yields());
        line(f.resultTypes().size() == 1 ? "return " + ys.get(0) + ";" : "return new " + ret + "(" + String.join(", ", ys) + ");");
        indent--;
        line("}");
        return out.toString();
    }

    private static String component(Function f, int i) {
        return f.resultNames().isEmpty() ? "r" + i : f.resultNames().get(i);
    }

    private static String recordName(String simple) {
        String s = javaIdent(simple);
        return Character.toUpperCase(s.charAt(0)) + s.substring(1) + "Result";
    }

    private static String javaIdent(String s) {
        StringBuilder b = new StringBuilder();
        for (char c : s.toCharArray()) b.append(Character.isJavaIdentifierPart(c) ? c : '_');
        if (b.length() == 0 || !Character.isJavaIdentifierStart(b.charAt(0))) b.insert(0, 'v');
        return b.toString();
    }

    // ---- names --------------------------------------------------------------------------

    private String define(Value v) {
        String base = v.hint() == null ? "v" : javaIdent(v.hint());
        String n = base;
        for (int i = 1; used.contains(n) || javax.lang.model.SourceVersion.isKeyword(n); i++) n = base + i;
        used.add(n);
        names.put(v, n);
        return n;
    }

    private void alias(Value v, String name) { names.put(v, name); }

    private String ref(Value v) {
        String n = names.get(v);
        return n != null ? n : "?" + v.hint();
    }

    private List<String> refs(List<Value> vs) {
        List<String> out = new ArrayList<>();
        for (Value v : vs) out.add(ref(v));
        return out;
    }

    private void line(String s) { out.append("    ".repeat(indent)).append(s).append('\n'); }

    // ---- statements -------------------------------------------------------------------------

    /** Prints ops; {@code after} holds the values read after them (yields), for in-place detection. */
    private void block(List<Op> ops, List<Value> after) {
        for (int k = 0; k < ops.size(); k++) op(ops.get(k), ops.subList(k + 1, ops.size()), after);
    }

    private static boolean usedLater(Value v, List<Op> later, List<Value> after) {
        if (after.contains(v)) return true;
        for (Op op : later) if (op.inputs().contains(v)) return true;
        return false;
    }

    private void op(Op op, List<Op> later, List<Value> after) {
        Primitive p = op.prim();
        if (p instanceof Cond) {
            cond(op);
            return;
        }
        if (p instanceof ForLoop f) {
            forLoop(op, f);
            return;
        }
        if (p instanceof WhileLoop w) {
            whileLoop(op, w);
            return;
        }
        if (p instanceof Call c) {
            call(op, c);
            return;
        }
        if (p instanceof ArraySet s) {
            Value a = op.input(0);
            String idx = indices(op.inputs().subList(1, 1 + s.indices()));
            String v = ref(op.input(op.inputs().size() - 1));
            if (!usedLater(a, later, after) && owned.contains(a)) {
                line(ref(a) + idx + " = " + v + ";");
                alias(op.result(), ref(a));
                owned.add(op.result());
            } else {
                String n = define(op.result());
                line(Type.javaName(a.type()) + " " + n + " = " + ref(a) + ".clone();");
                line(n + idx + " = " + v + ";");
                owned.add(op.result());
            }
            return;
        }
        String e = expr(op);
        line(Type.javaName(op.result().type()) + " " + define(op.result()) + " = " + e + ";");
        owned.add(op.result());
    }

    /** Arrays this code may update in place: results of ops printed so far and loop carries. */
    private final Set<Value> owned = new HashSet<>();

    private String indices(List<Value> idx) {
        StringBuilder b = new StringBuilder();
        for (Value i : idx) b.append('[').append(ref(i)).append(']');
        return b.toString();
    }

    private String expr(Op op) {
        Primitive p = op.prim();
        List<Value> in = op.inputs();
        if (p instanceof Const c) return literal(c);
        if (p instanceof Unary u) return unary(u, ref(in.get(0)));
        if (p instanceof Binary b) return binary(b, ref(in.get(0)), ref(in.get(1)));
        if (p instanceof Compare c) return ref(in.get(0)) + " " + cmp(c.op()) + " " + ref(in.get(1));
        if (p instanceof Convert c) return "(" + c.to().javaName() + ") " + ref(in.get(0));
        if (p instanceof Select) return ref(in.get(0)) + " ? " + ref(in.get(1)) + " : " + ref(in.get(2));
        if (p instanceof ArrayNew n) return "new " + n.elem().javaName() + indices(in) + "[]".repeat(n.rank() - in.size());
        if (p instanceof ArrayLiteral l) return "new " + Type.javaName(l.type()) + " {" + String.join(", ", refs(in)) + "}";
        if (p instanceof ArrayGet) return ref(in.get(0)) + indices(in.subList(1, in.size()));
        if (p instanceof ArrayLength) return ref(in.get(0)) + ".length";
        if (p instanceof ArrayCopy) return ref(in.get(0)) + ".clone()";
        throw new IllegalStateException("no listing for " + p.name());
    }

    private static String literal(Const c) {
        switch (c.dtype()) {
            case F64: {
                double d = c.asDouble();
                if (Double.isNaN(d)) return "Double.NaN";
                if (Double.isInfinite(d)) return d > 0 ? "Double.POSITIVE_INFINITY" : "Double.NEGATIVE_INFINITY";
                return Double.toString(d);
            }
            case F32: {
                float f = c.asFloat();
                if (Float.isNaN(f)) return "Float.NaN";
                if (Float.isInfinite(f)) return f > 0 ? "Float.POSITIVE_INFINITY" : "Float.NEGATIVE_INFINITY";
                return Float.toString(f) + "f";
            }
            case I64: return c.asLong() + "L";
            case I32: return Integer.toString(c.asInt());
            default: return Boolean.toString(c.asBool());
        }
    }

    private static String unary(Unary u, String a) {
        return switch (u.op()) {
            case NEG -> "-" + a;
            case NOT -> "!" + a;
            case BIT_NOT -> "~" + a;
            default -> (u.strict() ? "StrictMath." : "Math.") + u.op().irName() + "(" + a + ")";
        };
    }

    private static String binary(Binary b, String x, String y) {
        String op = switch (b.op()) {
            case ADD -> "+";
            case SUB -> "-";
            case MUL -> "*";
            case DIV -> "/";
            case REM -> "%";
            case AND -> "&";
            case OR -> "|";
            case XOR -> "^";
            case SHL -> "<<";
            case SHR -> ">>";
            case USHR -> ">>>";
            default -> null;
        };
        if (op != null) return x + " " + op + " " + y;
        String fn = b.op() == BinaryOp.COPYSIGN ? "copySign" : b.op().irName();
        return (b.strict() ? "StrictMath." : "Math.") + fn + "(" + x + ", " + y + ")";
    }

    private static String cmp(CmpOp c) {
        return switch (c) {
            case EQ -> "==";
            case NE -> "!=";
            case LT -> "<";
            case LE -> "<=";
            case GT -> ">";
            case GE -> ">=";
        };
    }

    private void call(Op op, Call c) {
        String callee = c.callee().substring(c.callee().lastIndexOf('.') + 1);
        String args = String.join(", ", refs(op.inputs()));
        if (op.results().size() == 1) {
            line(Type.javaName(op.result().type()) + " " + define(op.result()) + " = " + javaIdent(callee) + "(" + args + ");");
            return;
        }
        String r = define(new Value(Type.I32, "r"));
        line("var " + r + " = " + javaIdent(callee) + "(" + args + ");");
        Function f = program == null ? null : program.get(c.callee());
        for (int i = 0; i < op.results().size(); i++) {
            Value v = op.results().get(i);
            String comp = f != null && !f.resultNames().isEmpty() ? f.resultNames().get(i) : "r" + i;
            line(Type.javaName(v.type()) + " " + define(v) + " = " + r + "." + comp + "();");
        }
    }

    /** Declares the op's results as variables (assigned by the branches or the loop). */
    private List<String> declareResults(List<Value> results, List<String> init) {
        List<String> ns = new ArrayList<>();
        for (int i = 0; i < results.size(); i++) {
            Value v = results.get(i);
            String n = define(v);
            ns.add(n);
            line(Type.javaName(v.type()) + " " + n + (init == null ? ";" : " = " + init.get(i) + ";"));
            owned.add(v);
        }
        return ns;
    }

    private void assign(List<String> targets, List<Value> values) {
        // Parallel assignment: go through temporaries when a later target is read by an earlier value.
        List<String> vs = refs(values);
        boolean clash = false;
        for (int i = 0; i < targets.size(); i++)
            for (int j = i + 1; j < targets.size(); j++) if (vs.get(j).equals(targets.get(i)) && !vs.get(j).equals(targets.get(j))) clash = true;
        if (clash) {
            List<String> tmp = new ArrayList<>();
            for (int i = 0; i < targets.size(); i++) {
                String t = define(new Value(values.get(i).type(), "next_" + targets.get(i)));
                tmp.add(t);
                line(Type.javaName(values.get(i).type()) + " " + t + " = " + vs.get(i) + ";");
            }
            vs = tmp;
        }
        for (int i = 0; i < targets.size(); i++) if (!targets.get(i).equals(vs.get(i))) line(targets.get(i) + " = " + vs.get(i) + ";");
    }

    private void cond(Op op) {
        List<String> res = declareResults(op.results(), null);
        List<Value> operands = op.inputs().subList(1, op.inputs().size());
        line("if (" + ref(op.input(0)) + ") {");
        branch(op.region(0), operands, res);
        line("} else {");
        branch(op.region(1), operands, res);
        line("}");
    }

    private void branch(Region r, List<Value> operands, List<String> res) {
        indent++;
        for (int i = 0; i < operands.size(); i++) alias(r.params().get(i), ref(operands.get(i)));
        block(r.ops(), r.yields());
        assign(res, r.yields());
        indent--;
    }

    private void forLoop(Op op, ForLoop f) {
        Region body = op.region(0);
        int nc = f.nConsts();
        List<Value> consts = op.inputs().subList(2, 2 + nc), inits = op.inputs().subList(2 + nc, op.inputs().size());
        for (int i = 0; i < nc; i++) alias(body.params().get(1 + i), ref(consts.get(i)));
        List<Value> carryParams = body.params().subList(1 + nc, body.params().size());
        List<String> carries = declareCarries(carryParams, inits);
        String i = define(body.params().get(0));
        String cmp = f.step() > 0 ? (f.inclusive() ? " <= " : " < ") : (f.inclusive() ? " >= " : " > ");
        String inc = f.step() == 1 ? i + "++" : f.step() == -1 ? i + "--" : i + (f.step() > 0 ? " += " + f.step() : " -= " + (-f.step()));
        line("for (int " + i + " = " + ref(op.input(0)) + "; " + i + cmp + ref(op.input(1)) + "; " + inc + ") {");
        indent++;
        block(body.ops(), body.yields());
        assign(carries, body.yields());
        indent--;
        line("}");
        for (int j = 0; j < op.results().size(); j++) alias(op.results().get(j), carries.get(j));
        owned.addAll(op.results());
    }

    private List<String> declareCarries(List<Value> carryParams, List<Value> inits) {
        List<String> names = new ArrayList<>();
        for (int j = 0; j < carryParams.size(); j++) {
            Value p = carryParams.get(j);
            String n = define(p);
            names.add(n);
            owned.add(p);
            line(Type.javaName(p.type()) + " " + n + " = " + ref(inits.get(j)) + ";");
        }
        return names;
    }

    private void whileLoop(Op op, WhileLoop w) {
        Region cond = op.region(0), body = op.region(1);
        int nc = w.nConsts();
        List<Value> consts = op.inputs().subList(0, nc), inits = op.inputs().subList(nc, op.inputs().size());
        for (int i = 0; i < nc; i++) {
            alias(cond.params().get(i), ref(consts.get(i)));
            alias(body.params().get(i), ref(consts.get(i)));
        }
        List<String> carries = declareCarries(cond.params().subList(nc, cond.params().size()), inits);
        for (int j = 0; j < carries.size(); j++) alias(body.params().get(nc + j), carries.get(j));
        owned.addAll(body.params().subList(nc, body.params().size()));
        line("while (true) {");
        indent++;
        block(cond.ops(), cond.yields());
        String pred = ref(cond.yields().get(0));
        if (cond.params().contains(cond.yields().get(0))) {
            String t = define(new Value(Type.BOOL, "go"));
            line("boolean " + t + " = " + pred + ";");
            pred = t;
        }
        assign(carries, cond.yields().subList(1, cond.yields().size()));
        line("if (!(" + pred + ")) break;");
        block(body.ops(), body.yields());
        assign(carries, body.yields());
        indent--;
        line("}");
        for (int j = 0; j < op.results().size(); j++) alias(op.results().get(j), carries.get(j));
        owned.addAll(op.results());
    }
}
