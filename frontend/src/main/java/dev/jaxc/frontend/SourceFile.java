package dev.jaxc.frontend;

import java.util.Objects;

/** One Java source file: {@code path} is used as given for {@link dev.jaxc.ir.Loc#file()}. */
public record SourceFile(String path, String text) {
    public SourceFile {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(text, "text");
    }
}
