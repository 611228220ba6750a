package dev.jaxc.cli;

import dev.jaxc.compiler.CompileResult;
import dev.jaxc.compiler.JaxcCompiler;
import dev.jaxc.compiler.SourceCollector;
import dev.jaxc.frontend.SourceFile;
import dev.jaxc.ir.Function;
import dev.jaxc.ir.Loc;
import dev.jaxc.ir.Program;
import dev.jaxc.ir.diag.CompileException;
import dev.jaxc.ir.diag.DiagnosticPrinter;
import dev.jaxc.ir.prim.Call;
import dev.jaxc.ir.Op;
import dev.jaxc.ir.Region;
import dev.jaxc.ir.text.IrPrinter;
import dev.jaxc.passes.listing.JavaListingPrinter;
import dev.jaxc.passes.transform.DeriveEvaluator;
import dev.jaxc.passes.transform.TransformRegistry;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "ir", mixinStandardHelpOptions = true,
        description = {"Print the IR of a file's @Jit methods, like jax.make_jaxpr.",
                "With --derive, the IR of a transform expression over them, e.g. --derive 'grad(loss)'."})
final class IrCommand implements Callable<Integer> {
    static final String DERIVE_FILE = "<--derive>";

    @Spec CommandSpec spec;

    @Option(names = "--derive", paramLabel = "EXPR", description = "A transform expression over the file's @Jit methods.")
    String derive;

    @Option(names = "--java", description = "Print a Java-like listing instead of the IR (what the generated code does, readably).")
    boolean java;

    @Parameters(index = "0", paramLabel = "FILE", description = "A Java source file.")
    Path file;

    @Override public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (!Files.isRegularFile(file)) {
            err.println("jaxc: error: no such file: " + file);
            return Main.USER_ERROR;
        }
        SourceFile src = SourceCollector.read(file);
        CompileResult r = new JaxcCompiler().compileToIr(List.of(src));
        err.print(r.formattedDiagnostics());
        if (!r.ok()) return Main.USER_ERROR;
        Program program = r.program();
        if (derive == null) {
            for (Function f : program.functions()) out.println(render(f, program));
            return Main.OK;
        }
        String cls = firstClass(program);
        if (cls == null) {
            err.println(file + ": error: no @Jit method to transform");
            err.println("  hint: annotate a static method with @dev.jaxc.Jit");
            return Main.USER_ERROR;
        }
        Function f;
        try {
            String name = "derived";
            while (program.has(cls + "." + name)) name += "_";
            f = new DeriveEvaluator(program, TransformRegistry.standard()).derive(cls, name, derive, new Loc(DERIVE_FILE, 1, 1));
        } catch (CompileException e) {
            DiagnosticPrinter p = new DiagnosticPrinter(fname -> fname.equals(DERIVE_FILE) ? List.of(derive) : null);
            err.print(p.format(e.diagnostic()));
            return Main.USER_ERROR;
        }
        for (Function g : withHelpers(program, f)) out.println(render(g, program));
        return Main.OK;
    }

    private String render(Function f, Program p) {
        return java ? JavaListingPrinter.print(f, p) : IrPrinter.print(f);
    }

    private static String firstClass(Program p) {
        for (Function f : p.functions()) return f.name().substring(0, f.name().lastIndexOf('.'));
        return null;
    }

    /** The derived function followed by every generated helper it calls, transitively. */
    private static List<Function> withHelpers(Program p, Function root) {
        Set<String> seen = new LinkedHashSet<>();
        List<Function> todo = new ArrayList<>(List.of(root));
        List<Function> out = new ArrayList<>();
        while (!todo.isEmpty()) {
            Function f = todo.remove(0);
            if (!seen.add(f.name())) continue;
            out.add(f);
            collectCalls(f.body(), p, todo);
        }
        return out;
    }

    private static void collectCalls(Region r, Program p, List<Function> todo) {
        for (Op op : r.ops()) {
            if (op.prim() instanceof Call c && c.callee().contains("$") && p.has(c.callee())) todo.add(p.get(c.callee()));
            for (Region inner : op.regions()) collectCalls(inner, p, todo);
        }
    }
}
