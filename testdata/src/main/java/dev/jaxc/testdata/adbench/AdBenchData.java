package dev.jaxc.testdata.adbench;

import java.nio.file.Files;
import java.nio.file.Path;

/** Locates ../shared/data/adbench (system property jaxc.shared, else by walking up from the working directory). */
public final class AdBenchData {
    private AdBenchData() {}

    public static Path dir() {
        String prop = System.getProperty("jaxc.shared");
        if (prop != null && Files.isDirectory(Path.of(prop, "data", "adbench"))) return Path.of(prop, "data", "adbench");
        for (Path p = Path.of("").toAbsolutePath(); p != null; p = p.getParent()) {
            for (Path c : new Path[] {p.resolve("shared/data/adbench"), p.resolve("../shared/data/adbench")})
                if (Files.isDirectory(c)) return c.normalize();
        }
        throw new IllegalStateException("ADBench data not found: set -Djaxc.shared=<path to shared/>");
    }
}
