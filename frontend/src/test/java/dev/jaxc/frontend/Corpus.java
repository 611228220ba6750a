package dev.jaxc.frontend;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** The Java programs under src/test/resources/corpus: valid @Jit code that jaxc must accept. */
final class Corpus {
    private Corpus() {}

    static final List<String> FILES = List.of("Basic.java", "Loops.java", "Jumps.java", "Arrays2.java", "Calls.java", "Tricky.java");

    static List<SourceFile> sources() {
        List<SourceFile> out = new ArrayList<>();
        for (String f : FILES) out.add(new SourceFile("corpus/" + f, read("/corpus/" + f)));
        return out;
    }

    static String read(String resource) {
        try (InputStream in = Corpus.class.getResourceAsStream(resource)) {
            if (in == null) throw new IllegalStateException("missing resource " + resource);
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
