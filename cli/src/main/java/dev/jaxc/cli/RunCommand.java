package dev.jaxc.cli;

import dev.jaxc.compiler.ClassOutput;
import dev.jaxc.compiler.CompileResult;
import dev.jaxc.compiler.JaxcCompiler;
import dev.jaxc.compiler.SourceCollector;
import dev.jaxc.frontend.SourceFile;
import java.io.File;
import java.io.IOException;
import java.io.PrintWriter;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "run", mixinStandardHelpOptions = true,
        description = {"Compile and run a single Java file, as 'java File.java' does.",
                "Its annotated methods are compiled first, then the file itself against the runtime and its companion class."})
final class RunCommand implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE.java", description = "The program to run.")
    Path file;

    @Parameters(index = "1..*", paramLabel = "ARGS", description = "Arguments passed to main.")
    List<String> args = new ArrayList<>();

    @Override public Integer call() throws Exception {
        PrintWriter err = spec.commandLine().getErr();
        if (!file.toString().endsWith(".java")) {
            err.println("jaxc: error: " + file + " is not a .java file");
            err.println("  hint: jaxc run takes a single Java source file, e.g. jaxc run examples/Hello.java");
            return Main.USAGE_ERROR;
        }
        if (!Files.isRegularFile(file)) {
            err.println("jaxc: error: no such file: " + file);
            return Main.USER_ERROR;
        }
        SourceFile src = SourceCollector.read(file);
        CompileResult r = new JaxcCompiler().compile(List.of(src));
        err.print(r.formattedDiagnostics());
        err.flush();
        if (!r.ok()) return Main.USER_ERROR;

        Path work = Files.createTempDirectory("jaxc-run-");
        try {
            ClassOutput.write(r.classes(), work);
            if (!javac(file, work, err)) return Main.USER_ERROR;
            return runMain(work, className(src), err);
        } finally {
            deleteTree(work);
        }
    }

    private static boolean javac(Path file, Path work, PrintWriter err) {
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        if (javac == null) {
            err.println("jaxc: error: no Java compiler in this runtime");
            err.println("  hint: run jaxc on a JDK, not a JRE");
            return false;
        }
        String cp = System.getProperty("java.class.path") + File.pathSeparator + work;
        int rc = javac.run(null, null, new WriterStream(err), "-proc:none", "-d", work.toString(), "-cp", cp, file.toString());
        return rc == 0;
    }

    private int runMain(Path work, String className, PrintWriter err) throws Exception {
        try (URLClassLoader loader = new URLClassLoader(new URL[] {work.toUri().toURL()}, RunCommand.class.getClassLoader())) {
            Class<?> c = Class.forName(className, true, loader);
            Method main;
            try {
                main = c.getMethod("main", String[].class);
            } catch (NoSuchMethodException e) {
                err.println("jaxc: error: " + className + " has no 'public static void main(String[])'");
                return Main.USER_ERROR;
            }
            if (!Modifier.isStatic(main.getModifiers())) {
                err.println("jaxc: error: " + className + ".main is not static");
                return Main.USER_ERROR;
            }
            Thread.currentThread().setContextClassLoader(loader);
            try {
                main.invoke(null, (Object) args.toArray(String[]::new));
            } catch (InvocationTargetException e) {
                // The user's program failed: report it as 'java File.java' would.
                err.print("Exception in thread \"main\" ");
                e.getCause().printStackTrace(err);
                return Main.USER_ERROR;
            }
            System.out.flush();
            return Main.OK;
        }
    }

    /** The first top-level type of the file, with its package. */
    static String className(SourceFile src) {
        String text = src.text();
        var pkg = java.util.regex.Pattern.compile("(?m)^\\s*package\\s+([\\w.]+)\\s*;").matcher(text);
        String name = Path.of(src.path()).getFileName().toString().replaceFirst("\\.java$", "");
        return pkg.find() ? pkg.group(1) + "." + name : name;
    }

    private static void deleteTree(Path dir) throws IOException {
        try (Stream<Path> s = Files.walk(dir)) {
            for (Path p : s.sorted(Comparator.reverseOrder()).toList()) Files.deleteIfExists(p);
        }
    }

    /** javac writes diagnostics to an OutputStream; forward them to the command's error writer. */
    private static final class WriterStream extends java.io.OutputStream {
        private final PrintWriter w;

        WriterStream(PrintWriter w) { this.w = w; }

        @Override public void write(int b) { w.write(b); }

        @Override public void write(byte[] b, int off, int len) { w.write(new String(b, off, len, java.nio.charset.StandardCharsets.UTF_8)); }

        @Override public void flush() { w.flush(); }
    }
}
