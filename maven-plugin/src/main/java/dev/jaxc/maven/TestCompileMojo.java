package dev.jaxc.maven;

import java.io.File;
import java.util.List;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/** As {@code jaxc:compile}, for the project's test sources, into {@code target/test-classes}. */
@Mojo(name = "testCompile", defaultPhase = LifecyclePhase.PROCESS_TEST_CLASSES, threadSafe = true)
public class TestCompileMojo extends AbstractJaxcMojo {
    @Parameter(defaultValue = "${project.testCompileSourceRoots}", readonly = true, required = true)
    private List<String> testCompileSourceRoots;

    /** Where the test companion classes go. */
    @Parameter(property = "jaxc.testOutputDirectory", defaultValue = "${project.build.testOutputDirectory}", required = true)
    private File outputDirectory;

    /** Skips this goal along with test compilation, as {@code -Dmaven.test.skip} does for javac. */
    @Parameter(property = "maven.test.skip", defaultValue = "false")
    private boolean mavenTestSkip;

    @Override protected List<String> sourceRoots() { return testCompileSourceRoots; }

    @Override protected File outputDirectory() { return outputDirectory; }

    @Override protected String goal() { return "testCompile"; }

    @Override protected boolean skipped() { return mavenTestSkip || super.skipped(); }
}
