package dev.jaxc.maven;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What a successful build was made from and what it wrote, kept under target/ so the next
 * build can tell that nothing changed: the compiler (its jars), the configuration, the
 * content of every source that takes part, and the content of every class written.
 *
 * @param sources absolute path → SHA-256 of the text
 * @param classes binary name → SHA-256 of the class file
 */
record BuildState(String compiler, String config, Map<String, String> sources, Map<String, String> classes) {
    private static final String HEADER = "jaxc-build-state 1";

    /** Same compiler, configuration and sources: the outputs would be the same. */
    boolean sameInputs(BuildState other) {
        return compiler.equals(other.compiler) && config.equals(other.config) && sources.equals(other.sources);
    }

    /** Every class this state lists is in {@code outDir} with the content it was written with. */
    boolean outputsIntact(Path outDir) throws IOException {
        for (var e : classes.entrySet()) {
            Path p = classFile(outDir, e.getKey());
            if (!Files.isRegularFile(p) || !Hashes.sha256(Files.readAllBytes(p)).equals(e.getValue())) return false;
        }
        return true;
    }

    static Path classFile(Path outDir, String binaryName) { return outDir.resolve(binaryName.replace('.', '/') + ".class"); }

    void write(Path file) throws IOException {
        List<String> lines = new ArrayList<>();
        lines.add(HEADER);
        lines.add("compiler " + compiler);
        lines.add("config " + config);
        sources.forEach((path, hash) -> lines.add("source " + hash + " " + path));
        classes.forEach((name, hash) -> lines.add("class " + hash + " " + name));
        Files.createDirectories(file.getParent());
        Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
        Files.write(tmp, lines, StandardCharsets.UTF_8);
        Files.move(tmp, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    }

    /** The state in {@code file}, or null when there is none or it is not one this version wrote. */
    static BuildState read(Path file) throws IOException {
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            return null;
        }
        if (lines.size() < 3 || !lines.get(0).equals(HEADER)) return null;
        String compiler = null, config = null;
        Map<String, String> sources = new TreeMap<>(), classes = new TreeMap<>();
        for (String line : lines.subList(1, lines.size())) {
            String[] kv = line.split(" ", 3);
            if (kv.length < 2 || (kv.length < 3 && (kv[0].equals("source") || kv[0].equals("class")))) return null;
            switch (kv[0]) {
                case "compiler" -> compiler = kv[1];
                case "config" -> config = kv[1];
                case "source" -> sources.put(kv[2], kv[1]);
                case "class" -> classes.put(kv[2], kv[1]);
                default -> { return null; }
            }
        }
        return compiler == null || config == null ? null : new BuildState(compiler, config, sources, classes);
    }
}
