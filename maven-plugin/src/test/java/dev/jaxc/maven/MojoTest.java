package dev.jaxc.maven;

import static org.junit.jupiter.api.Assertions.*;

import java.lang.reflect.Field;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugin.logging.SystemStreamLog;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The goals' configuration and what they tell Maven, with the fields Maven would inject set by hand. */
class MojoTest {
    static final String BROKEN = """
            package demo;

            import dev.jaxc.Jit;

            public class Model {
                @Jit
                public static double f(double[] w) {
                    w[0] = 1;
                    return w[0];
                }
            }
            """;

    static final class RecordingLog extends SystemStreamLog {
        final List<String> lines = new ArrayList<>();
        @Override public void info(CharSequence s) { lines.add("[INFO] " + s); }
        @Override public void warn(CharSequence s) { lines.add("[WARNING] " + s); }
        @Override public void error(CharSequence s) { lines.add("[ERROR] " + s); }
        String text() { return String.join("\n", lines); }
    }

    @TempDir Path dir;
    final RecordingLog log = new RecordingLog();

    <T extends AbstractMojo> T configure(T mojo, String field, Object value) throws Exception {
        for (Class<?> c = mojo.getClass(); c != null; c = c.getSuperclass()) {
            try {
                Field f = c.getDeclaredField(field);
                f.setAccessible(true);
                f.set(mojo, value);
                return mojo;
            } catch (NoSuchFieldException next) {
                // declared further up
            }
        }
        throw new NoSuchFieldException(field);
    }

    CompileMojo compileMojo(String source) throws Exception {
        Path src = dir.resolve("src/main/java");
        Files.createDirectories(src.resolve("demo"));
        Files.writeString(src.resolve("demo/Model.java"), source);
        CompileMojo m = new CompileMojo();
        m.setLog(log);
        configure(m, "compileSourceRoots", List.of(src.toString()));
        configure(m, "outputDirectory", dir.resolve("target/classes").toFile());
        configure(m, "buildDirectory", dir.resolve("target").toFile());
        configure(m, "encoding", "UTF-8");
        configure(m, "failOnError", true);
        return m;
    }

    @Test
    void errorsFailTheBuildWithIdeLinkableLocations() throws Exception {
        CompileMojo m = compileMojo(BROKEN);
        MojoFailureException e = assertThrows(MojoFailureException.class, m::execute);
        String file = dir.resolve("src/main/java/demo/Model.java").toString();
        assertTrue(e.getMessage().contains(file + ":[8,"), e.getMessage());
        assertTrue(log.text().contains("[ERROR] " + file + ":[8,"), log.text());
        assertFalse(Files.exists(dir.resolve("target/classes/demo/ModelJaxc.class")));
    }

    @Test
    void failOnErrorFalseLogsAndGoesOn() throws Exception {
        CompileMojo m = configure(compileMojo(BROKEN), "failOnError", false);
        m.execute();
        assertTrue(log.text().contains("failOnError is false"), log.text());
        assertFalse(Files.exists(dir.resolve("target/classes/demo/ModelJaxc.class")));
    }

    @Test
    void skipAndMavenTestSkip() throws Exception {
        configure(compileMojo(BROKEN), "skip", true).execute();
        TestCompileMojo t = new TestCompileMojo();
        t.setLog(log);
        configure(t, "mavenTestSkip", true).execute();
        assertEquals(List.of("[INFO] jaxc: skipped", "[INFO] jaxc: skipped"), log.lines);
    }

    @Test
    void compilesThenFindsNothingToDo() throws Exception {
        compileMojo(BROKEN.replace("w[0] = 1;\n", "").replace("return w[0];", "return w[0] * 2;")).execute();
        assertTrue(Files.exists(dir.resolve("target/classes/demo/ModelJaxc.class")));
        assertTrue(Files.exists(dir.resolve("target/jaxc/compile.state")));
        compileMojo(BROKEN.replace("w[0] = 1;\n", "").replace("return w[0];", "return w[0] * 2;")).execute();
        assertTrue(log.lines.get(0).startsWith("[INFO] jaxc: compiled 1 source into 1 class in "), log.text());
        assertEquals("[INFO] Nothing to compile - all jaxc companions are up to date (1 source, 1 class)", log.lines.get(1));
    }

}
