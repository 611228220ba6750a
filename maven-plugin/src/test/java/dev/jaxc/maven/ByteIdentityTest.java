package dev.jaxc.maven;

import static org.junit.jupiter.api.Assertions.*;

import dev.jaxc.cli.Main;
import dev.jaxc.processor.JaxcProcessor;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Maven plugin, the annotation processor and {@code jaxc compile} run one pipeline: for the
 * same sources they write the same classes, byte for byte. Sources: the testdata programs and
 * the sample model that the Maven samples build.
 */
class ByteIdentityTest {
    static final Path TESTDATA = Path.of("../testdata/src/main/java");
    static final Path SAMPLE = Path.of("../testdata/maven/plugin-model/src/main/java");

    @Test
    void pluginProcessorAndCliWriteIdenticalClasses(@TempDir Path dir) throws Exception {
        // Each tool reads its own copy, at a different path, as separate checkouts would.
        Path forCli = copy(dir.resolve("cli-src")), forPlugin = copy(dir.resolve("plugin-src")), forJavac = copy(dir.resolve("javac-src"));

        Path cliOut = dir.resolve("cli-out");
        StringWriter out = new StringWriter(), err = new StringWriter();
        int code = Main.run(new String[] {"compile", "-d", cliOut.toString(), forCli.toString()}, new PrintWriter(out), new PrintWriter(err));
        assertEquals(0, code, err::toString);

        Path pluginOut = dir.resolve("plugin-out");
        BuildOutcome o = new JaxcBuild("test").run(new BuildRequest(List.of(forPlugin), List.of(), List.of(), StandardCharsets.UTF_8,
                pluginOut, dir.resolve("state")));
        assertEquals(BuildOutcome.Status.COMPILED, o.status());

        Path javacOut = javacWithProcessor(forJavac, dir.resolve("javac-out"));

        Map<String, byte[]> cli = classes(cliOut);
        assertTrue(cli.containsKey("demo/ModelJaxc.class"), cli.keySet()::toString);
        assertTrue(cli.keySet().stream().anyMatch(k -> k.startsWith("dev/jaxc/testdata/")), cli.keySet()::toString);
        Map<String, byte[]> plugin = classes(pluginOut);
        assertEquals(cli.keySet(), plugin.keySet());
        Map<String, byte[]> javac = classes(javacOut);
        for (var e : cli.entrySet()) {
            assertArrayEquals(e.getValue(), plugin.get(e.getKey()), "plugin: " + e.getKey());
            assertArrayEquals(e.getValue(), javac.get(e.getKey()), "processor: " + e.getKey());
        }
        // javac also wrote the programs' own classes; every companion it wrote, the CLI wrote too.
        javac.keySet().stream().filter(k -> k.contains("Jaxc")).forEach(k -> assertTrue(cli.containsKey(k), k));
    }

    private static Path copy(Path to) throws Exception {
        for (Path root : List.of(TESTDATA, SAMPLE)) {
            try (Stream<Path> s = Files.walk(root)) {
                for (Path p : s.filter(Files::isRegularFile).toList()) {
                    Path target = to.resolve(root.relativize(p).toString());
                    Files.createDirectories(target.getParent());
                    Files.copy(p, target);
                }
            }
        }
        return to;
    }

    private static Path javacWithProcessor(Path src, Path out) throws Exception {
        Files.createDirectories(out);
        List<Path> files;
        try (Stream<Path> s = Files.walk(src)) {
            files = s.filter(p -> p.toString().endsWith(".java")).sorted().toList();
        }
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        DiagnosticCollector<JavaFileObject> diags = new DiagnosticCollector<>();
        try (StandardJavaFileManager fm = javac.getStandardFileManager(diags, null, StandardCharsets.UTF_8)) {
            List<String> options = new ArrayList<>(List.of("-d", out.toString(), "-classpath", System.getProperty("java.class.path")));
            var task = javac.getTask(null, fm, diags, options, null, fm.getJavaFileObjectsFromPaths(files));
            task.setProcessors(List.of(new JaxcProcessor()));
            assertTrue(task.call(), () -> diags.getDiagnostics().toString());
        }
        return out;
    }

    private static Map<String, byte[]> classes(Path dir) throws Exception {
        Map<String, byte[]> out = new TreeMap<>();
        try (Stream<Path> s = Files.walk(dir)) {
            for (Path p : s.filter(p -> p.toString().endsWith(".class")).toList()) {
                out.put(dir.relativize(p).toString().replace('\\', '/'), Files.readAllBytes(p));
            }
        }
        return out;
    }
}
