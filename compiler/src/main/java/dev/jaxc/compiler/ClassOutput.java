package dev.jaxc.compiler;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Writes class files without ever leaving a half-written output: everything goes to a temp
 * directory next to the output first and is moved into place only when all of it is written.
 */
public final class ClassOutput {
    private ClassOutput() {}

    public static void write(Map<String, byte[]> classes, Path outDir) throws IOException {
        Files.createDirectories(outDir);
        Path tmp = Files.createTempDirectory(outDir, ".jaxc-tmp-");
        try {
            for (var e : classes.entrySet()) {
                Path p = tmp.resolve(e.getKey().replace('.', '/') + ".class");
                Files.createDirectories(p.getParent());
                Files.write(p, e.getValue());
            }
            for (var e : classes.entrySet()) {
                String rel = e.getKey().replace('.', '/') + ".class";
                Path target = outDir.resolve(rel);
                Files.createDirectories(target.getParent());
                try {
                    Files.move(tmp.resolve(rel), target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
                } catch (AtomicMoveNotSupportedException ex) {
                    Files.move(tmp.resolve(rel), target, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        } finally {
            deleteTree(tmp);
        }
    }

    private static void deleteTree(Path dir) {
        if (!Files.exists(dir)) return;
        try (Stream<Path> s = Files.walk(dir)) {
            s.sorted(Comparator.reverseOrder()).forEach(p -> {
                try {
                    Files.deleteIfExists(p);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
