package dev.jaxc.maven;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.TreeSet;
import java.util.stream.Stream;

/** The {@code .java} files of some source roots that the includes select and the excludes do not, sorted. */
final class SourceScanner {
    static final List<String> DEFAULT_INCLUDES = List.of("**/*.java");

    private final List<AntPattern> includes;
    private final List<AntPattern> excludes;

    SourceScanner(List<String> includes, List<String> excludes) {
        this.includes = (includes == null || includes.isEmpty() ? DEFAULT_INCLUDES : includes).stream().map(AntPattern::of).toList();
        this.excludes = (excludes == null ? List.<String>of() : excludes).stream().map(AntPattern::of).toList();
    }

    List<Path> scan(List<Path> roots) throws IOException {
        TreeSet<Path> out = new TreeSet<>();
        for (Path root : roots) {
            if (!Files.isDirectory(root)) continue; // Maven lists roots that a project may not have
            Path abs = root.toAbsolutePath().normalize();
            try (Stream<Path> s = Files.walk(abs)) {
                s.filter(p -> p.toString().endsWith(".java") && Files.isRegularFile(p))
                        .filter(p -> selected(abs.relativize(p).toString().replace('\\', '/')))
                        .forEach(out::add);
            }
        }
        return List.copyOf(out);
    }

    boolean selected(String relativePath) {
        return includes.stream().anyMatch(p -> p.matches(relativePath)) && excludes.stream().noneMatch(p -> p.matches(relativePath));
    }
}
