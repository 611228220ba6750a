package dev.jaxc.maven;

import static org.junit.jupiter.api.Assertions.*;

import dev.jaxc.cli.Main;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Checks what the real Maven builds of the samples under testdata/maven did (the invoker ran
 * them just before, in target/it): the logs, the class files, and the bytes against the CLI's.
 */
class MavenSamplesIT {
    static final Path IT = Path.of(System.getProperty("jaxc.it.dir", "target/it"));

    static String log(String project) throws Exception { return Files.readString(IT.resolve(project).resolve("build.log")); }

    static int count(String text, String regex) {
        Matcher m = Pattern.compile(regex).matcher(text);
        int n = 0;
        while (m.find()) n++;
        return n;
    }

    @Test
    void pluginSampleCompilesItsModelsAndItsTestsCallTheGradients() throws Exception {
        String log = log("plugin-model");
        assertEquals(1, count(log, "jaxc: compiled 1 source into \\d+ class(es)? in \\S+/target/classes"), log);
        assertEquals(1, count(log, "jaxc: compiled 1 source into \\d+ class(es)? in \\S+/target/test-classes"), log);
        assertTrue(log.contains("Tests run: 3, Failures: 0, Errors: 0, Skipped: 0"), log);
        assertTrue(Files.exists(IT.resolve("plugin-model/target/classes/demo/ModelJaxc.class")));
        assertTrue(Files.exists(IT.resolve("plugin-model/target/test-classes/demo/QuadraticJaxc.class")));
    }

    @Test
    void pluginSecondBuildWithNoChangeRecompilesNothing() throws Exception {
        // The second invocation runs up to process-classes: jaxc:compile must find its outputs current.
        String log = log("plugin-model");
        int second = log.lastIndexOf("Building plugin-model");
        assertTrue(second > log.indexOf("Building plugin-model"), "two builds in the log:\n" + log);
        String secondBuild = log.substring(second);
        assertTrue(secondBuild.contains("Nothing to compile - all jaxc companions are up to date (1 source, "), secondBuild);
        assertEquals(0, count(secondBuild, "jaxc: compiled"), secondBuild);
    }

    @Test
    void processorSampleCallsTheCompanionFromTheSameCompilation() throws Exception {
        String log = log("processor-model");
        assertTrue(log.contains("Tests run: 2, Failures: 0, Errors: 0, Skipped: 0"), log);
        assertTrue(Files.exists(IT.resolve("processor-model/target/classes/demo/ModelJaxc.class")));
        assertTrue(Files.exists(IT.resolve("processor-model/target/classes/demo/Fit.class")));
    }

    @Test
    void processorSecondBuildWithNoChangeRecompilesNothing() throws Exception {
        // javac has nothing to do, so the processor does not run either.
        String log = log("processor-model");
        String firstBuild = log.substring(0, log.lastIndexOf("Building processor-model"));
        String secondBuild = log.substring(log.lastIndexOf("Building processor-model"));
        assertEquals(0, count(firstBuild, "Nothing to compile"), firstBuild);
        assertTrue(secondBuild.contains("Nothing to compile - all classes are up to date"), secondBuild);
        assertEquals(0, count(secondBuild, "Compiling \\d+ source"), secondBuild);
    }

    @Test
    void brokenPluginSampleFailsAtTheOffendingLine() throws Exception {
        assertFailsAtBrokenLine("plugin-broken");
    }

    @Test
    void brokenProcessorSampleFailsAtTheOffendingLine() throws Exception {
        assertFailsAtBrokenLine("processor-broken");
    }

    private static void assertFailsAtBrokenLine(String project) throws Exception {
        Path model = IT.resolve(project).resolve("src/main/java/demo/Model.java").toAbsolutePath().normalize();
        List<String> lines = Files.readAllLines(model);
        int line = 1 + lines.indexOf(lines.stream().filter(l -> l.contains("w[0] = 0;")).findFirst().orElseThrow());
        String log = log(project);
        assertTrue(log.contains("BUILD FAILURE"), log);
        // maven-compiler-plugin's form for javac errors, which the plugin uses too: /abs/File.java:[line,column]
        Pattern at = Pattern.compile("\\[ERROR\\] " + Pattern.quote(model.toString()) + ":\\[" + line + ",\\d+\\] ");
        assertTrue(at.matcher(log).find(), "expected an error at " + model + ":" + line + " in:\n" + log);
        assertFalse(Files.exists(IT.resolve(project).resolve("target/classes/demo/ModelJaxc.class")), "no companion after a failed compile");
    }

    @Test
    void pluginProcessorAndCliGiveIdenticalCompanions(@TempDir Path dir) throws Exception {
        Path pluginModel = IT.resolve("plugin-model/src/main/java/demo/Model.java");
        Path processorModel = IT.resolve("processor-model/src/main/java/demo/Model.java");
        assertEquals(Files.readString(pluginModel), Files.readString(processorModel), "the samples share their model");

        StringWriter err = new StringWriter();
        int code = Main.run(new String[] {"compile", "-d", dir.toString(), pluginModel.toString()}, new PrintWriter(new StringWriter()), new PrintWriter(err));
        assertEquals(0, code, err::toString);
        List<Path> companions;
        try (Stream<Path> s = Files.walk(dir)) {
            companions = s.filter(Files::isRegularFile).toList();
        }
        assertFalse(companions.isEmpty());
        for (Path c : companions) {
            String rel = dir.relativize(c).toString();
            byte[] cli = Files.readAllBytes(c);
            assertArrayEquals(cli, Files.readAllBytes(IT.resolve("plugin-model/target/classes").resolve(rel)), "plugin: " + rel);
            assertArrayEquals(cli, Files.readAllBytes(IT.resolve("processor-model/target/classes").resolve(rel)), "processor: " + rel);
        }
    }
}
