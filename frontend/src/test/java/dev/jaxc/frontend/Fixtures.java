package dev.jaxc.frontend;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dev.jaxc.ir.Function;
import dev.jaxc.ir.Op;
import dev.jaxc.ir.Region;
import dev.jaxc.ir.diag.Diagnostic;
import dev.jaxc.ir.diag.DiagnosticPrinter;
import dev.jaxc.ir.text.IrPrinter;
import dev.jaxc.ir.verify.IrVerifier;
import java.util.ArrayList;
import java.util.List;
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
        IrVerifier.verify(r.program()); // closed regions, dominance, type rules, calls
        return r;
    }

    static Function fn(String classBody, String name) { return ok(classBody).program().get("t.C." + name); }

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

    /** The text form of a function, for failure messages. */
    static String dump(Function f) { return IrPrinter.print(f); }
}
