package dev.jaxc.cli;

import dev.jaxc.compiler.ClassOutput;
import dev.jaxc.compiler.CompileResult;
import dev.jaxc.compiler.JaxcCompiler;
import dev.jaxc.compiler.SourceCollector;
import dev.jaxc.frontend.SourceFile;
import java.io.IOException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "compile", mixinStandardHelpOptions = true,
        description = "Compile the @Jit methods and @Derive declarations of the given sources into companion classes (Foo -> FooJaxc).")
final class CompileCommand implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Option(names = "-d", required = true, paramLabel = "OUT", description = "Directory for the generated class files.")
    Path out;

    @Option(names = {"-cp", "--class-path"}, paramLabel = "CP",
            description = "Accepted for javac compatibility; jaxc reads only the given sources, so it needs no classpath.")
    String classPath;

    @Parameters(arity = "1..*", paramLabel = "SOURCES", description = "Java files or directories (searched for *.java).")
    List<Path> sources;

    @Override public Integer call() {
        var err = spec.commandLine().getErr();
        List<SourceFile> files;
        try {
            files = SourceCollector.collect(sources);
        } catch (NoSuchFileException e) {
            err.println("jaxc: error: no such file: " + e.getFile());
            return Main.USER_ERROR;
        } catch (IOException e) {
            err.println("jaxc: error: cannot read sources: " + e.getMessage());
            return Main.USER_ERROR;
        }
        CompileResult r = new JaxcCompiler().compile(files);
        err.print(r.formattedDiagnostics());
        if (!r.ok()) return Main.USER_ERROR;
        try {
            ClassOutput.write(r.classes(), out);
        } catch (IOException e) {
            err.println("jaxc: error: cannot write to " + out + ": " + e.getMessage());
            return Main.USER_ERROR;
        }
        return Main.OK;
    }
}
