package dev.jaxc.maven;

import dev.jaxc.compiler.ClassOutput;
import dev.jaxc.compiler.CompileResult;
import dev.jaxc.compiler.JaxcCompiler;
import dev.jaxc.compiler.SourceCollector;
import dev.jaxc.frontend.SourceFile;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The Maven goals' work, without Maven: select the sources, skip the compile when nothing
 * changed since the last successful build, otherwise compile with {@link JaxcCompiler} (the
 * same entry point as {@code jaxc compile}) and write the classes atomically, removing the
 * companions the sources no longer produce.
 */
final class JaxcBuild {
    private final String compilerFingerprint;

    JaxcBuild(String compilerFingerprint) { this.compilerFingerprint = compilerFingerprint; }

    JaxcBuild() { this(CompilerFingerprint.current()); }

    BuildOutcome run(BuildRequest req) throws IOException {
        List<SourceFile> sources = new ArrayList<>();
        for (Path p : new SourceScanner(req.includes(), req.excludes()).scan(req.sourceRoots())) {
            SourceFile f = new SourceFile(p.toString(), Files.readString(p, req.encoding()));
            if (SourceCollector.mayContainJit(f)) sources.add(f);
        }
        Map<String, String> sourceHashes = new TreeMap<>();
        for (SourceFile f : sources) sourceHashes.put(f.path(), Hashes.sha256(f.text()));

        BuildState previous = BuildState.read(req.stateFile());
        BuildState inputs = new BuildState(compilerFingerprint, req.configKey(), sourceHashes, Map.of());
        if (previous != null && previous.sameInputs(inputs) && previous.outputsIntact(req.outputDirectory())) {
            return new BuildOutcome(BuildOutcome.Status.UP_TO_DATE, sources.size(), List.copyOf(previous.classes().keySet()), List.of(), null);
        }
        // From here until the new state is written, the outputs are not known to match the sources.
        Files.deleteIfExists(req.stateFile());

        CompileResult result = null;
        Map<String, byte[]> classes = Map.of();
        if (!sources.isEmpty()) {
            result = new JaxcCompiler().compile(sources);
            if (!result.ok()) return new BuildOutcome(BuildOutcome.Status.FAILED, sources.size(), List.of(), List.of(), result);
            classes = result.classes();
            ClassOutput.write(classes, req.outputDirectory());
        }
        List<String> removed = new ArrayList<>();
        if (previous != null) {
            for (String stale : previous.classes().keySet()) {
                if (!classes.containsKey(stale) && Files.deleteIfExists(BuildState.classFile(req.outputDirectory(), stale))) removed.add(stale);
            }
        }
        Map<String, String> classHashes = new TreeMap<>();
        classes.forEach((name, bytes) -> classHashes.put(name, Hashes.sha256(bytes)));
        new BuildState(compilerFingerprint, req.configKey(), sourceHashes, classHashes).write(req.stateFile());
        BuildOutcome.Status status = sources.isEmpty() ? BuildOutcome.Status.NO_SOURCES : BuildOutcome.Status.COMPILED;
        return new BuildOutcome(status, sources.size(), List.copyOf(classHashes.keySet()), removed, result);
    }
}
