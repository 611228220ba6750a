package dev.jaxc.maven;

import dev.jaxc.compiler.CompileResult;
import dev.jaxc.ir.diag.Diagnostic;
import java.io.File;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugin.logging.Log;
import org.apache.maven.plugins.annotations.Parameter;

/** What the compile and testCompile goals share: configuration, the build, and reporting to the Maven log. */
abstract class AbstractJaxcMojo extends AbstractMojo {
    /** Ant patterns, relative to each source root, of the sources to read (default {@code **}{@code /*.java}). */
    @Parameter
    private List<String> includes = new ArrayList<>();

    /** Ant patterns of sources to leave out. */
    @Parameter
    private List<String> excludes = new ArrayList<>();

    /** Fail the build when jaxc reports an error (otherwise the errors are logged and no companion is written). */
    @Parameter(property = "jaxc.failOnError", defaultValue = "true")
    private boolean failOnError;

    /** Skip jaxc. */
    @Parameter(property = "jaxc.skip", defaultValue = "false")
    private boolean skip;

    /** The sources' encoding. */
    @Parameter(property = "encoding", defaultValue = "${project.build.sourceEncoding}")
    private String encoding;

    @Parameter(defaultValue = "${project.build.directory}", readonly = true, required = true)
    private File buildDirectory;

    protected abstract List<String> sourceRoots();

    protected abstract File outputDirectory();

    /** The goal's name: its build state is kept apart from the other goal's. */
    protected abstract String goal();

    protected boolean skipped() { return skip; }

    @Override public void execute() throws MojoExecutionException, MojoFailureException {
        Log log = getLog();
        if (skipped()) {
            log.info("jaxc: skipped");
            return;
        }
        BuildRequest req = new BuildRequest(sourceRoots().stream().map(Path::of).toList(), includes, excludes, charset(),
                outputDirectory().toPath(), buildDirectory.toPath().resolve("jaxc").resolve(goal() + ".state"));
        BuildOutcome outcome;
        try {
            outcome = new JaxcBuild().run(req);
        } catch (IOException e) {
            throw new MojoExecutionException("jaxc: " + e, e);
        } catch (RuntimeException bug) {
            throw new MojoExecutionException("jaxc: internal error: " + bug + " (please report this with the input that caused it)", bug);
        }
        if (outcome.result() != null) logDiagnostics(outcome.result());
        switch (outcome.status()) {
            case UP_TO_DATE -> log.info(outcome.sources() == 0 ? "jaxc: no sources with @Jit or @Derive"
                    : "Nothing to compile - all jaxc companions are up to date (" + outcome.sources() + plural(outcome.sources(), " source") + ", "
                    + outcome.classes().size() + plural(outcome.classes().size(), " class") + ")");
            case NO_SOURCES -> log.info("jaxc: no sources with @Jit or @Derive");
            case COMPILED -> log.info("jaxc: compiled " + outcome.sources() + plural(outcome.sources(), " source") + " into "
                    + outcome.classes().size() + plural(outcome.classes().size(), " class") + " in " + req.outputDirectory());
            case FAILED -> fail(outcome.result());
        }
        if (!outcome.removed().isEmpty()) log.info("jaxc: removed companions no source produces any more: " + outcome.removed());
    }

    private void fail(CompileResult r) throws MojoFailureException {
        List<Diagnostic> errors = r.diagnostics().stream().filter(Diagnostic::isError).toList();
        Diagnostic first = errors.get(0);
        String summary = "jaxc: " + errors.size() + plural(errors.size(), " error") + "; the first: "
                + MavenDiagnosticFormatter.location(first.loc()) + first.message();
        if (failOnError) throw new MojoFailureException(summary);
        getLog().warn(summary + " (failOnError is false: the build goes on, and no companion was written)");
    }

    private void logDiagnostics(CompileResult r) {
        MavenDiagnosticFormatter f = new MavenDiagnosticFormatter(r.sources());
        for (Diagnostic d : r.diagnostics()) {
            switch (d.severity()) {
                case ERROR -> getLog().error(f.format(d));
                case WARNING -> getLog().warn(f.format(d));
                case NOTE -> getLog().info(f.format(d));
            }
        }
    }

    private Charset charset() {
        if (encoding == null || encoding.isBlank()) {
            getLog().warn("jaxc: no source encoding set (project.build.sourceEncoding); reading sources as UTF-8");
            return StandardCharsets.UTF_8;
        }
        return Charset.forName(encoding);
    }

    private static String plural(int n, String word) {
        return n == 1 ? word : word.endsWith("s") ? word + "es" : word + "s";
    }
}
