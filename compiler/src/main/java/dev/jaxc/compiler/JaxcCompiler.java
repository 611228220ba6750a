package dev.jaxc.compiler;

import dev.jaxc.codegen.jvm.JvmBackend;
import dev.jaxc.frontend.ClassUnit;
import dev.jaxc.frontend.DeriveDecl;
import dev.jaxc.frontend.FrontendResult;
import dev.jaxc.frontend.JavaFrontend;
import dev.jaxc.frontend.SourceFile;
import dev.jaxc.ir.Function;
import dev.jaxc.ir.Loc;
import dev.jaxc.ir.Program;
import dev.jaxc.ir.diag.CompileException;
import dev.jaxc.ir.diag.Diagnostic;
import dev.jaxc.ir.verify.IrVerifier;
import dev.jaxc.passes.transform.DeriveEvaluator;
import dev.jaxc.passes.transform.TransformRegistry;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The one compile pipeline: Java sources → IR (frontend) → derived functions (transform
 * passes) → class files (JVM backend). The CLI, the Maven plugin and the annotation processor
 * all call {@link #compile}, so they produce byte-identical classes for the same sources.
 */
public final class JaxcCompiler {
    private final CompileOptions options;
    private final TransformRegistry transforms;

    public JaxcCompiler(CompileOptions options) {
        this.options = options;
        this.transforms = TransformRegistry.standard();
    }

    public JaxcCompiler() { this(CompileOptions.defaults()); }

    /** Compiles to IR only (frontend and derives), as {@code jaxc ir} shows it. */
    public CompileResult compileToIr(List<SourceFile> sources) { return run(sources, false); }

    /** Compiles the sources to companion classes. Never throws on user errors: see {@link CompileResult#diagnostics()}. */
    public CompileResult compile(List<SourceFile> sources) { return run(sources, true); }

    private CompileResult run(List<SourceFile> sources, boolean emit) {
        List<Diagnostic> diags = new ArrayList<>();
        FrontendResult fe = JavaFrontend.compile(sources);
        diags.addAll(fe.diagnostics());
        Program program = fe.program();
        if (!fe.ok()) return new CompileResult(Map.of(), program, diags, sources);
        verify(program, "frontend");

        DeriveEvaluator derive = new DeriveEvaluator(program, transforms);
        for (ClassUnit cu : fe.classes()) {
            for (DeriveDecl d : cu.derives()) {
                try {
                    derive.derive(cu.binaryName(), d.name(), d.expr(), d.loc());
                    verify(program, "derive " + d.name() + " = " + d.expr());
                } catch (CompileException e) {
                    diags.add(e.diagnostic());
                }
            }
        }
        if (diags.stream().anyMatch(Diagnostic::isError) || !emit) return new CompileResult(Map.of(), program, diags, sources);

        Map<String, byte[]> classes = new TreeMap<>();
        for (ClassUnit cu : fe.classes()) classes.putAll(JvmBackend.emit(program, cu.binaryName()));
        return new CompileResult(classes, program, diags, sources);
    }

    private void verify(Program program, String after) {
        if (!options.verifyEachPass()) return;
        try {
            IrVerifier.verify(program);
        } catch (RuntimeException e) {
            // A verifier failure is a compiler bug, not a user error: report it loudly with context.
            throw new IllegalStateException("IR verification failed after " + after + ": " + e.getMessage(), e);
        }
    }

    /** Functions of the program that belong to a class, in order, for listings. */
    public static List<Function> functionsOf(Program program, String classBinaryName) {
        List<Function> out = new ArrayList<>();
        for (Function f : program.functions()) {
            String n = f.name();
            int dot = n.lastIndexOf('.');
            if (dot > 0 && n.substring(0, dot).equals(classBinaryName)) out.add(f);
        }
        return out;
    }

    static Loc unknown() { return Loc.UNKNOWN; }
}
