package dev.jaxc.maven;

import java.io.File;
import java.util.List;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Compiles the {@code @Jit} methods and {@code @Derive}s of the project's main sources into
 * companion classes ({@code Foo} → {@code FooJaxc}) in {@code target/classes}, after javac, so
 * that tests and dependent modules can call them. Recompiles only when a source, the
 * configuration or jaxc changed.
 */
@Mojo(name = "compile", defaultPhase = LifecyclePhase.PROCESS_CLASSES, threadSafe = true)
public class CompileMojo extends AbstractJaxcMojo {
    @Parameter(defaultValue = "${project.compileSourceRoots}", readonly = true, required = true)
    private List<String> compileSourceRoots;

    /** Where the companion classes go. */
    @Parameter(property = "jaxc.outputDirectory", defaultValue = "${project.build.outputDirectory}", required = true)
    private File outputDirectory;

    @Override protected List<String> sourceRoots() { return compileSourceRoots; }

    @Override protected File outputDirectory() { return outputDirectory; }

    @Override protected String goal() { return "compile"; }
}
