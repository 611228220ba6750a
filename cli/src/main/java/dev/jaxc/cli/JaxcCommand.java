package dev.jaxc.cli;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;
import picocli.CommandLine.Command;
import picocli.CommandLine.IVersionProvider;

@Command(name = "jaxc", mixinStandardHelpOptions = true, versionProvider = JaxcCommand.Version.class,
        description = "Ahead-of-time JAX-style transformations (grad, vmap, ...) for pure static Java methods.",
        subcommands = {CompileCommand.class, IrCommand.class, RunCommand.class},
        footer = {"", "Exit codes: 0 ok, 1 user error (diagnostics printed), 2 usage error."})
final class JaxcCommand implements Runnable {
    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override public void run() {
        throw new picocli.CommandLine.ParameterException(spec.commandLine(), "missing command: compile, ir or run");
    }

    static final class Version implements IVersionProvider {
        @Override public String[] getVersion() throws IOException {
            Properties p = new Properties();
            try (InputStream in = JaxcCommand.class.getResourceAsStream("version.properties")) {
                if (in != null) p.load(in);
            }
            return new String[] {"jaxc " + p.getProperty("version", "unknown")};
        }
    }
}
