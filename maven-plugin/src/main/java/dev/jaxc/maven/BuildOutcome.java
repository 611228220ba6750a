package dev.jaxc.maven;

import dev.jaxc.compiler.CompileResult;
import java.util.List;

/**
 * What a {@link JaxcBuild} did.
 *
 * @param sources the sources with jaxc annotations (compiled, or found unchanged)
 * @param classes the companion classes now in the output directory (by binary name)
 * @param removed companions of an earlier build that this one no longer produces, deleted
 * @param result the compile, or null when nothing was compiled
 */
record BuildOutcome(Status status, int sources, List<String> classes, List<String> removed, CompileResult result) {
    enum Status {
        /** Nothing changed since the last build: nothing was compiled or written. */
        UP_TO_DATE,
        /** No source has jaxc annotations. */
        NO_SOURCES,
        COMPILED,
        /** jaxc reported errors: nothing was written. */
        FAILED
    }
}
