package dev.jaxc.frontend;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dev.jaxc.ir.Function;
import dev.jaxc.ir.Op;
import dev.jaxc.ir.Region;
import dev.jaxc.ir.Value;
import dev.jaxc.ir.diag.Diagnostic;
import dev.jaxc.ir.diag.DiagnosticPrinter;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/** Compiling small sources in tests, and looking at the result. */
final class Fixtures {
    private Fixtures() {}

    static final String HEADER = "package t;\nimport dev.jaxc.Jit;\n";

    static FrontendResult compile(String path, String text) { return JavaFrontend.compile(List.of(new SourceFile(path, text))); }

    /** Compiles the body of class {@code t.C} (after the two header lines) and expects success. */
    static FrontendResult ok(String classBody) {
        FrontendResult r = compile("C.java", HEADER + "class C {\n" + classBody + "\n}\n");
        if (!r.ok()) fail("expected success:\n" + render(r));
        r.program().functions().forEach(Fixtures::assertClosed);
        return r;
    }

    static Function fn(String classBody, String name) { return ok(classBody).program().get("t.C." + name); }

    /**
     * Checks that every region is closed: each op reads only its region's parameters and values
     * defined before it in the same region; every value is defined once.
     */
    static void assertClosed(Function f) {
        java.util.Set<Value> defined = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
        assertClosed(f.body(), defined, f);
    }

    private static void assertClosed(Region r, java.util.Set<Value> everDefined, Function f) {
        java.util.Set<Value> visible = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
        for (Value p : r.params()) {
            assertTrue(everDefined.add(p), "value defined twice in " + f.name());
            visible.add(p);
        }
        for (Op op : r.ops()) {
            for (Value in : op.inputs()) if (!visible.contains(in)) fail("op " + op.prim().name() + " at " + op.loc() + " reads a value from outside its region\n" + dump(f));
            for (Region sub : op.regions()) assertClosed(sub, everDefined, f);
            for (Value out : op.results()) {
                assertTrue(everDefined.add(out), "value defined twice in " + f.name());
                visible.add(out);
            }
        }
        for (Value y : r.yields()) if (!visible.contains(y)) fail("region yields a value from outside\n" + dump(f));
    }

    /** Compiles and expects errors. */
    static FrontendResult errors(String classBody) {
        FrontendResult r = compile("C.java", HEADER + "class C {\n" + classBody + "\n}\n");
        assertTrue(!r.ok(), "expected an error");
        return r;
    }

    static String render(FrontendResult r) {
        StringBuilder sb = new StringBuilder();
        DiagnosticPrinter p = new DiagnosticPrinter(f -> null);
        for (Diagnostic d : r.diagnostics()) sb.append(p.format(d));
        return sb.toString();
    }

    /** Every op in a region, nested regions included, in order. */
    static List<Op> allOps(Region r) {
        List<Op> out = new ArrayList<>();
        for (Op op : r.ops()) {
            out.add(op);
            for (Region sub : op.regions()) out.addAll(allOps(sub));
        }
        return out;
    }

    static List<Op> ops(Function f, Predicate<Op> p) { return allOps(f.body()).stream().filter(p).toList(); }

    static long count(Function f, String primName) { return allOps(f.body()).stream().filter(o -> o.prim().name().equals(primName)).count(); }

    /** A compact text form of a function, for failure messages and eyeballing. */
    static String dump(Function f) {
        StringBuilder sb = new StringBuilder("func " + f.name() + "\n");
        Map<Value, String> names = new IdentityHashMap<>();
        dump(f.body(), 1, names, sb);
        return sb.toString();
    }

    private static String name(Value v, Map<Value, String> names) {
        return names.computeIfAbsent(v, x -> "%" + (x.hint() == null ? "" : x.hint()) + names.size());
    }

    private static void dump(Region r, int depth, Map<Value, String> names, StringBuilder sb) {
        String ind = "  ".repeat(depth);
        sb.append(ind).append("(");
        for (Value p : r.params()) sb.append(name(p, names)).append(":").append(p.type()).append(" ");
        sb.append(")\n");
        for (Op op : r.ops()) {
            sb.append(ind);
            for (Value v : op.results()) sb.append(name(v, names)).append(" ");
            sb.append("= ").append(op.prim().name());
            if (op.prim() instanceof dev.jaxc.ir.prim.Const c) sb.append(" ").append(c.boxed());
            for (Value v : op.inputs()) sb.append(" ").append(name(v, names));
            sb.append("   @").append(op.loc().line()).append(":").append(op.loc().column()).append("\n");
            for (Region sub : op.regions()) dump(sub, depth + 1, names, sb);
        }
        sb.append(ind).append("yield");
        for (Value v : r.yields()) sb.append(" ").append(name(v, names));
        sb.append("\n");
    }
}
