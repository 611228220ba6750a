package dev.jaxc.processor;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.annotation.processing.Processor;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;

/** Runs javac in-process on sources written to disk, with this test's class path. */
final class InProcessJavac {
    record Result(boolean ok, List<Diagnostic<? extends JavaFileObject>> diagnostics, String output, Path classes) {
        List<Diagnostic<? extends JavaFileObject>> errors() {
            return diagnostics.stream().filter(d -> d.getKind() == Diagnostic.Kind.ERROR).toList();
        }
    }

    private InProcessJavac() {}

    /** Writes {@code sources} (relative path → text) under {@code dir}/src and compiles them into {@code dir}/classes. */
    static Map<String, Path> write(Path dir, Map<String, String> sources) throws IOException {
        var paths = new java.util.TreeMap<String, Path>();
        for (var e : sources.entrySet()) {
            Path p = dir.resolve("src").resolve(e.getKey());
            Files.createDirectories(p.getParent());
            Files.writeString(p, e.getValue(), StandardCharsets.UTF_8);
            paths.put(e.getKey(), p);
        }
        return paths;
    }

    /**
     * @param processors null to let javac discover processors on the class path (META-INF/services),
     *                   as a build does; otherwise exactly these
     */
    static Result compile(Path dir, List<Path> files, List<Processor> processors) throws IOException {
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        DiagnosticCollector<JavaFileObject> diags = new DiagnosticCollector<>();
        Path classes = Files.createDirectories(dir.resolve("classes"));
        StringWriter out = new StringWriter();
        try (StandardJavaFileManager fm = javac.getStandardFileManager(diags, null, StandardCharsets.UTF_8)) {
            List<String> options = new ArrayList<>(List.of("-d", classes.toString(), "-classpath", System.getProperty("java.class.path")));
            var task = javac.getTask(out, fm, diags, options, null, fm.getJavaFileObjectsFromPaths(files));
            if (processors != null) task.setProcessors(processors);
            boolean ok = task.call();
            return new Result(ok, diags.getDiagnostics(), out.toString(), classes);
        }
    }
}
