package dev.jaxc.processor;

import com.sun.source.tree.CompilationUnitTree;
import com.sun.source.util.TreePath;
import com.sun.source.util.Trees;
import dev.jaxc.frontend.SourceFile;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.TypeElement;
import javax.tools.JavaFileObject;

/** Finds the compilation units of a round that carry jaxc annotations and reads their text. */
final class RoundSources {
    private RoundSources() {}

    /**
     * @param annotated the elements annotated with @Jit or @Derive in this round
     * @param seen URIs of units compiled in earlier rounds (updated): each unit is compiled once
     * @return the new units, ordered by path so the compile does not depend on javac's element order
     */
    static List<SourceUnit> collect(Trees trees, Set<? extends Element> annotated, Set<URI> seen) throws IOException {
        Map<URI, List<TypeElement>> typesByUnit = new LinkedHashMap<>();
        Map<URI, CompilationUnitTree> treeByUnit = new LinkedHashMap<>();
        for (Element e : annotated) {
            TypeElement top = topLevel(e);
            TreePath path = top == null ? null : trees.getPath(top);
            if (path == null) continue; // from a class file: nothing for jaxc to read
            CompilationUnitTree cu = path.getCompilationUnit();
            URI uri = cu.getSourceFile().toUri();
            if (seen.contains(uri)) continue;
            treeByUnit.putIfAbsent(uri, cu);
            List<TypeElement> types = typesByUnit.computeIfAbsent(uri, u -> new ArrayList<>());
            if (!types.contains(top)) types.add(top);
        }
        List<SourceUnit> units = new ArrayList<>();
        for (var entry : treeByUnit.entrySet()) {
            JavaFileObject file = entry.getValue().getSourceFile();
            String text = file.getCharContent(true).toString();
            units.add(new SourceUnit(new SourceFile(pathOf(file), text), entry.getValue(), typesByUnit.get(entry.getKey())));
        }
        seen.addAll(treeByUnit.keySet());
        units.sort(Comparator.comparing(SourceUnit::path));
        return units;
    }

    /** The file's path as the CLI would name it; files that are not on disk keep javac's name. */
    static String pathOf(JavaFileObject file) {
        URI uri = file.toUri();
        return "file".equals(uri.getScheme()) ? Path.of(uri).toString() : file.getName();
    }

    private static TypeElement topLevel(Element e) {
        Element cur = e;
        while (cur.getEnclosingElement() != null && cur.getEnclosingElement().getKind() != ElementKind.PACKAGE) {
            cur = cur.getEnclosingElement();
        }
        return cur instanceof TypeElement t ? t : null;
    }
}
