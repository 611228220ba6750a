package dev.jaxc.cli;

import java.io.PrintWriter;
import picocli.CommandLine;

/** Entry point of the {@code jaxc} command. Exit codes: 0 ok, 1 user error, 2 usage error. */
public final class Main {
    public static final int OK = 0;
    public static final int USER_ERROR = 1;
    public static final int USAGE_ERROR = 2;

    private Main() {}

    public static void main(String[] args) {
        System.exit(run(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true)));
    }

    /** Runs the CLI with the given streams (tests call this). */
    public static int run(String[] args, PrintWriter out, PrintWriter err) {
        CommandLine cl = new CommandLine(new JaxcCommand());
        cl.setOut(out);
        cl.setErr(err);
        cl.setParameterExceptionHandler((ex, a) -> {
            err.println("jaxc: error: " + ex.getMessage());
            err.println("  hint: run 'jaxc " + (ex.getCommandLine() == cl ? "" : ex.getCommandLine().getCommandName() + " ") + "--help' for usage");
            return USAGE_ERROR;
        });
        cl.setExecutionExceptionHandler((ex, c, parsed) -> {
            // Anything reaching here is a jaxc bug: say so in one line, never dump a stack trace at users.
            err.println("jaxc: internal error: " + ex);
            err.println("  hint: please report this with the input that caused it (set JAXC_DEBUG=1 for a stack trace)");
            if (System.getenv("JAXC_DEBUG") != null) ex.printStackTrace(err);
            return USER_ERROR + 2;
        });
        int code = cl.execute(args);
        out.flush();
        err.flush();
        return code;
    }
}
