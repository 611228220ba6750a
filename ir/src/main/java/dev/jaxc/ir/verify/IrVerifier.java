package dev.jaxc.ir.verify;

import dev.jaxc.ir.Function;
import dev.jaxc.ir.Loc;
import dev.jaxc.ir.Op;
import dev.jaxc.ir.Program;
import dev.jaxc.ir.Region;
import dev.jaxc.ir.Type;
import dev.jaxc.ir.Value;
import dev.jaxc.ir.prim.Call;
import dev.jaxc.ir.prim.Const;
import dev.jaxc.ir.text.IrPrinter;
import java.util.ArrayDeque;
import java.util.Collections;
import java.util.Deque;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import javax.lang.model.SourceVersion;

/**
 * Checks that IR is well formed; passes run it on their output in tests and the driver between
 * stages. Rules:
 * <ol>
 * <li>every value is defined once in its function (as a region parameter or an op result);
 * <li>every use is dominated: an op input or yield is a parameter of the same region or a result
 *   of an earlier op of it; regions are closed, so values of enclosing regions are not visible;
 * <li>each op has {@code prim.regionCount()} regions;
 * <li>each op's result types are what its type rule gives (the rule also checks region
 *   parameters and yields of cond, for and while);
 * <li>a call's callee exists in the program, with the call's argument and result types;
 * <li>constants are canonical (i32/f32 bits fit in 32 bits, bool is 0 or 1);
 * <li>result names, where given, are distinct Java identifiers (they become record components).
 * </ol>
 * Violations throw {@link IrVerificationException}.
 */
public final class IrVerifier {
    private final Function fn;
    private final Program program;
    private final Set<Value> defined = Collections.newSetFromMap(new IdentityHashMap<>());
    /** Visible values of each region being checked, innermost last. */
    private final Deque<Set<Value>> scopes = new ArrayDeque<>();
    /** Op index path such as {@code 3.0.1} (op 3, region 0, op 1). */
    private final Deque<Integer> path = new ArrayDeque<>();

    private IrVerifier(Function fn, Program program) {
        this.fn = fn;
        this.program = program;
    }

    public static void verify(Program p) {
        for (Function f : p.functions()) verify(f, p);
    }

    /** Verifies one function; calls are resolved in {@code p}. */
    public static void verify(Function f, Program p) {
        new IrVerifier(f, p).function();
    }

    private void function() {
        List<String> names = fn.resultNames();
        Set<String> seen = new HashSet<>();
        for (String n : names) {
            if (!SourceVersion.isName(n)) throw fail(null, "result name '" + n + "' is not a Java identifier");
            if (!seen.add(n)) throw fail(null, "result name '" + n + "' appears twice");
        }
        region(fn.body(), null);
    }

    private void region(Region r, Op owner) {
        Set<Value> scope = Collections.newSetFromMap(new IdentityHashMap<>());
        scopes.push(scope);
        for (Value p : r.params()) define(p, scope, owner, "parameter");
        for (int i = 0; i < r.ops().size(); i++) {
            path.addLast(i);
            Op op = r.ops().get(i);
            for (Value in : op.inputs()) use(in, op, "input");
            op(op);
            for (Value res : op.results()) define(res, scope, op, "result");
            path.removeLast();
        }
        for (Value y : r.yields()) use(y, owner, owner == null ? "returned value" : "yielded value");
        scopes.pop();
    }

    private void op(Op op) {
        int want = op.prim().regionCount();
        if (op.regions().size() != want)
            throw fail(op, op.prim().name() + " has " + op.regions().size() + " regions, expected " + want);
        for (int k = 0; k < op.regions().size(); k++) {
            path.addLast(k);
            region(op.regions().get(k), op);
            path.removeLast();
        }
        List<Type> in = op.inputs().stream().map(Value::type).toList();
        List<Type> ruled;
        try {
            ruled = op.prim().typeRule(in, op.regions());
        } catch (RuntimeException e) {
            throw fail(op, "type rule: " + e.getMessage());
        }
        List<Type> actual = op.results().stream().map(Value::type).toList();
        if (!ruled.equals(actual))
            throw fail(op, "results are " + actual + " but the type rule gives " + ruled);
        if (op.prim() instanceof Call c) call(op, c, in);
        if (op.prim() instanceof Const c) constant(op, c);
    }

    private void call(Op op, Call c, List<Type> in) {
        Function callee = program.get(c.callee());
        if (callee == null) throw fail(op, "call of unknown function " + c.callee());
        if (!callee.paramTypes().equals(in))
            throw fail(op, "call of " + c.callee() + " with arguments " + in + ", it takes " + callee.paramTypes());
        if (!callee.resultTypes().equals(c.resultTypes()))
            throw fail(op, "call of " + c.callee() + " expects results " + c.resultTypes() + ", it returns " + callee.resultTypes());
    }

    private void constant(Op op, Const c) {
        long b = c.bits();
        boolean ok = switch (c.dtype()) {
            case F64, I64 -> true;
            case F32, I32 -> b == (int) b;
            case BOOL -> b == 0 || b == 1;
        };
        if (!ok) throw fail(op, "non-canonical " + c.dtype().irName() + " constant bits 0x" + Long.toHexString(b));
    }

    private void define(Value v, Set<Value> scope, Op op, String role) {
        if (!defined.add(v)) throw fail(op, role + " " + describe(v) + " is defined more than once");
        scope.add(v);
    }

    private void use(Value v, Op op, String role) {
        if (scopes.peek().contains(v)) return;
        String why;
        if (scopes.stream().anyMatch(s -> s.contains(v)))
            why = " belongs to an enclosing region; regions are closed, pass it in as an operand";
        else if (defined.contains(v))
            why = " is defined in another region; values leave a region only through its yields";
        else if (definedIn(fn.body(), v))
            why = " is used before its definition";
        else
            why = " is not defined in this function";
        throw fail(op, role + " " + describe(v) + why);
    }

    private static boolean definedIn(Region r, Value v) {
        if (r.params().contains(v)) return true;
        for (Op op : r.ops()) {
            if (op.results().contains(v)) return true;
            for (Region inner : op.regions()) if (definedIn(inner, v)) return true;
        }
        return false;
    }

    private static String describe(Value v) {
        return "%" + (v.hint() == null ? "<unnamed>" : v.hint()) + " (" + v.type() + ")";
    }

    private IrVerificationException fail(Op op, String detail) {
        StringBuilder where = new StringBuilder();
        if (!path.isEmpty()) {
            where.append("op ");
            String sep = "";
            for (int i : path) {
                where.append(sep).append(i);
                sep = ".";
            }
        }
        Loc loc = op == null ? fn.loc() : op.loc();
        if (op != null) where.append(where.length() > 0 ? " " : "").append('\'').append(IrPrinter.summary(op)).append('\'');
        return new IrVerificationException(fn.name(), where.toString(), loc, detail);
    }

}
