package dev.jaxc.processor;

import com.sun.source.tree.CompilationUnitTree;
import dev.jaxc.frontend.SourceFile;
import java.util.List;
import javax.lang.model.element.TypeElement;

/**
 * One compilation unit that holds jaxc annotations: its text as javac read it (so jaxc's lines
 * and columns are javac's), its tree (to report diagnostics at a position) and its top-level
 * types (the originating elements of the companions).
 */
record SourceUnit(SourceFile source, CompilationUnitTree tree, List<TypeElement> types) {
    String path() { return source.path(); }
}
