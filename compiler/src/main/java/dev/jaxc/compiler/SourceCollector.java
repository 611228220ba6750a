package dev.jaxc.compiler;

import dev.jaxc.frontend.SourceFile;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** Reads source files and directories (recursively, {@code *.java}) into {@link SourceFile}s. */
public final class SourceCollector {
    private SourceCollector() {}

    public static List<SourceFile> collect(List<Path> paths) throws IOException {
        List<SourceFile> out = new ArrayList<>();
        for (Path p : paths) {
            if (Files.isDirectory(p)) {
                try (Stream<Path> s = Files.walk(p)) {
                    for (Path f : s.filter(f -> f.toString().endsWith(".java")).sorted().toList()) out.add(read(f));
                }
            } else if (Files.exists(p)) {
                out.add(read(p));
            } else {
                throw new NoSuchFileException(p.toString());
            }
        }
        return out;
    }

    /** Only sources mentioning jaxc's annotations can contribute; the rest are skipped cheaply. */
    public static boolean mayContainJit(SourceFile f) {
        return f.text().contains("Jit") || f.text().contains("Derive");
    }

    public static SourceFile read(Path p) throws IOException {
        return new SourceFile(p.toString(), Files.readString(p, StandardCharsets.UTF_8));
    }
}
