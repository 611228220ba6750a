package dev.jaxc.frontend;

import com.github.javaparser.JavaParser;
import com.github.javaparser.ParseResult;
import com.github.javaparser.ParserConfiguration;
import com.github.javaparser.Problem;
import com.github.javaparser.ast.CompilationUnit;
import dev.jaxc.ir.Function;
import dev.jaxc.ir.Loc;
import dev.jaxc.ir.Program;
import dev.jaxc.ir.diag.CompileException;
import dev.jaxc.ir.diag.Diagnostic;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The frontend: Java sources → one IR {@link Program} with a function per {@code @Jit} method
 * (named {@code <binary class name>.<method>}). Stages: parse, scan classes, attribute each
 * method, reject recursion, check aliasing, lower. Every problem becomes a diagnostic; a
 * method with errors is left out of the program.
 */
public final class JavaFrontend {
    private JavaFrontend() {}

    public static FrontendResult compile(List<SourceFile> sources) {
        Diagnostics diags = new Diagnostics();
        ClassTable table = new ClassTable();
        List<ClassInfo> classes = new ArrayList<>();
        ClassScanner scanner = new ClassScanner(diags);
        JavaParser parser = new JavaParser(new ParserConfiguration().setLanguageLevel(ParserConfiguration.LanguageLevel.JAVA_17));
        for (SourceFile f : sources) {
            ParseResult<CompilationUnit> r = parser.parse(f.text());
            if (!r.isSuccessful() || r.getResult().isEmpty()) {
                for (Problem p : r.getProblems()) diags.add(parseError(f, p));
                continue;
            }
            for (ClassInfo c : scanner.scan(f, r.getResult().get())) {
                if (table.resolve(c.binaryName, c) != null && table.resolve(c.binaryName, c) != c) {
                    diags.add(Diagnostics.error(f.path(), c.decl.getName(), "duplicate class " + c.binaryName, null));
                    continue;
                }
                table.add(c);
                classes.add(c);
            }
        }
        for (ClassInfo c : classes) c.constants = new ConstantFolder(c, table);

        Map<JitMethod, MethodInfo> attributed = new LinkedHashMap<>();
        for (ClassInfo c : classes)
            for (JitMethod m : c.jitByName.values()) {
                MethodInfo info = MethodAttribution.attribute(m, table, diags);
                if (info != null) attributed.put(m, info);
            }
        List<JitMethod> recursive = RecursionChecker.check(attributed, diags);

        Program program = new Program();
        for (ClassInfo c : classes)
            for (JitMethod m : c.jitByName.values()) m.attributes.forEach((k, v) -> program.setAttribute(m.qualifiedName, k, v));
        for (MethodInfo info : attributed.values()) {
            if (recursive.contains(info.method) || !AliasChecker.check(info, diags)) continue;
            Function f = lowerOrReport(info, diags);
            if (f != null) program.add(f);
        }
        List<ClassUnit> units = new ArrayList<>();
        for (ClassInfo c : classes) if (!c.jitByName.isEmpty() || !c.brokenJit.isEmpty() || !c.derives.isEmpty()) units.add(c.unit());
        return new FrontendResult(program, units, diags.sorted(sources));
    }

    private static Function lowerOrReport(MethodInfo info, Diagnostics diags) {
        try {
            return MethodLowering.lower(info);
        } catch (CompileException e) {
            diags.add(e);
        } catch (RuntimeException e) {
            // A bug in jaxc, not in the program: still a diagnostic, never a crash.
            diags.add(Diagnostic.error(Diagnostics.loc(info.file(), info.method.decl.getName()),
                    "internal compiler error while lowering " + info.method.name + ": " + e,
                    "please report this; the method is valid Java that jaxc should accept or reject clearly"));
        }
        return null;
    }

    private static Diagnostic parseError(SourceFile f, Problem p) {
        Loc loc = p.getLocation().flatMap(t -> t.getBegin().getRange()).map(r -> new Loc(f.path(), r.begin.line, r.begin.column))
                .orElse(new Loc(f.path(), 0, 0));
        String msg = p.getMessage();
        int nl = msg.indexOf('\n');
        if (nl >= 0) msg = msg.substring(0, nl);
        return Diagnostic.error(loc, "syntax error: " + msg.trim(), null);
    }
}
