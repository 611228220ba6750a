package dev.jaxc.frontend;

import com.github.javaparser.ast.Node;
import dev.jaxc.ir.Loc;
import dev.jaxc.ir.diag.CompileException;
import dev.jaxc.ir.diag.Diagnostic;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Collects the diagnostics of one compile; a second report at the same place is dropped. */
final class Diagnostics {
    private final List<Diagnostic> list = new ArrayList<>();
    private final Set<String> seen = new HashSet<>();

    void add(Diagnostic d) {
        if (seen.add(d.loc() + "\0" + d.message())) list.add(d);
    }

    void add(CompileException e) { add(e.diagnostic()); }

    /** Sorted by the order of the files given, then line and column. */
    List<Diagnostic> sorted(List<SourceFile> files) {
        List<String> order = files.stream().map(SourceFile::path).toList();
        List<Diagnostic> out = new ArrayList<>(list);
        out.sort(Comparator.<Diagnostic>comparingInt(d -> {
                    int i = order.indexOf(d.loc().file());
                    return i < 0 ? Integer.MAX_VALUE : i;
                })
                .thenComparingInt(d -> d.loc().line())
                .thenComparingInt(d -> d.loc().column()));
        return out;
    }

    /** The 1-based position of a node's first character. */
    static Loc loc(String file, Node n) {
        return n.getBegin().map(p -> new Loc(file, p.line, p.column)).orElse(new Loc(file, 0, 0));
    }

    /** A compile error at a node, to be thrown. */
    static CompileException error(String file, Node n, String message, String hint) {
        return new CompileException(loc(file, n), message, hint);
    }
}
