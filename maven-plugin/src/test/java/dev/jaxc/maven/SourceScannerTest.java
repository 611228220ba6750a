package dev.jaxc.maven;

import static org.junit.jupiter.api.Assertions.*;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SourceScannerTest {
    @Test
    void antPatterns() {
        AntPattern all = AntPattern.of("**/*.java");
        assertTrue(all.matches("Foo.java"));
        assertTrue(all.matches("a/b/Foo.java"));
        assertFalse(all.matches("a/Foo.txt"));
        AntPattern oneDir = AntPattern.of("demo/*.java");
        assertTrue(oneDir.matches("demo/Foo.java"));
        assertFalse(oneDir.matches("demo/sub/Foo.java"));
        assertTrue(AntPattern.of("demo/").matches("demo/sub/Foo.java"));
        assertTrue(AntPattern.of("**/gen/**").matches("a/gen/b/Foo.java"));
        assertFalse(AntPattern.of("**/gen/**").matches("a/general/Foo.java"));
        assertTrue(AntPattern.of("F?o.java").matches("Foo.java"));
        assertFalse(AntPattern.of("F?o.java").matches("Fooo.java"));
        assertTrue(AntPattern.of("a.b/$x.java").matches("a.b/$x.java"));
        assertFalse(AntPattern.of("a.b/$x.java").matches("aXb/$x.java"));
    }

    @Test
    void scansRootsWithIncludesAndExcludesSorted(@TempDir Path dir) throws Exception {
        Path root = dir.resolve("src");
        for (String f : List.of("b/B.java", "a/A.java", "a/gen/G.java", "a/notes.txt")) {
            Files.createDirectories(root.resolve(f).getParent());
            Files.writeString(root.resolve(f), "");
        }
        Path missing = dir.resolve("generated-sources");
        List<Path> all = new SourceScanner(List.of(), List.of()).scan(List.of(root, missing));
        assertEquals(List.of(root.resolve("a/A.java"), root.resolve("a/gen/G.java"), root.resolve("b/B.java")), all);
        List<Path> some = new SourceScanner(List.of("a/**"), List.of("**/gen/**")).scan(List.of(root));
        assertEquals(List.of(root.resolve("a/A.java")), some);
    }
}
