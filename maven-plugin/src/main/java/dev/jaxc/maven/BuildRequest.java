package dev.jaxc.maven;

import java.nio.charset.Charset;
import java.nio.file.Path;
import java.util.List;

/**
 * One jaxc build of a set of source roots: what the goals' configuration says.
 *
 * @param stateFile where this build's {@link BuildState} is kept (one per goal)
 */
record BuildRequest(List<Path> sourceRoots, List<String> includes, List<String> excludes, Charset encoding,
                    Path outputDirectory, Path stateFile) {

    /** The configuration that shapes the output, hashed into the build state. */
    String configKey() {
        return Hashes.sha256(String.join("\n", "includes=" + includes, "excludes=" + excludes, "encoding=" + encoding,
                "out=" + outputDirectory.toAbsolutePath().normalize()));
    }
}
