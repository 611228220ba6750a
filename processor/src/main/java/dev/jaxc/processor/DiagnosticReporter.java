package dev.jaxc.processor;

import com.sun.source.tree.Tree;
import com.sun.source.util.Trees;
import dev.jaxc.ir.Loc;
import dev.jaxc.ir.diag.Diagnostic;
import java.util.List;
import javax.annotation.processing.Messager;
import javax.tools.Diagnostic.Kind;

/**
 * Reports jaxc's diagnostics as javac diagnostics: at the tree where jaxc found the problem,
 * so javac prints the file, the line and a caret under the column (and build tools and IDEs
 * link them like any javac error). Where javac cannot point exactly there (inside a string,
 * such as a {@code @Derive} expression) the message adds jaxc's line and column; a diagnostic
 * whose place is in no tree goes to the unit's first type, with its position in the message.
 */
final class DiagnosticReporter {
    private final Trees trees;
    private final Messager messager;
    private final List<SourceUnit> units;

    DiagnosticReporter(Trees trees, Messager messager, List<SourceUnit> units) {
        this.trees = trees;
        this.messager = messager;
        this.units = units;
    }

    void report(Diagnostic d) {
        Kind kind = kindOf(d.severity());
        String text = "[jaxc] " + d.message() + (d.hint() == null ? "" : "\n  hint: " + d.hint());
        Loc loc = d.loc();
        SourceUnit unit = loc == null ? null : units.stream().filter(u -> u.path().equals(loc.file())).findFirst().orElse(null);
        if (unit == null) {
            messager.printMessage(kind, (loc == null || loc.line() <= 0 ? "" : loc + ": ") + text);
            return;
        }
        long pos = loc.line() > 0 ? TreeLocator.offset(unit.tree(), loc.line(), loc.column()) : -1;
        Tree tree = TreeLocator.at(trees, unit.tree(), pos);
        if (tree == null) {
            messager.printMessage(kind, loc + ": " + text, unit.types().get(0));
            return;
        }
        // javac points at a tree's start; inside a tree (a @Derive expression string) say exactly where.
        long start = trees.getSourcePositions().getStartPosition(unit.tree(), tree);
        if (start != pos) {
            String at = " (at " + fileName(loc.file()) + ":" + loc.line() + ":" + loc.column() + ")";
            int eol = text.indexOf('\n');
            text = eol < 0 ? text + at : text.substring(0, eol) + at + text.substring(eol);
        }
        trees.printMessage(kind, text, tree, unit.tree());
    }

    private static String fileName(String path) {
        int slash = Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\'));
        return path.substring(slash + 1);
    }

    static Kind kindOf(Diagnostic.Severity s) {
        return switch (s) {
            case ERROR -> Kind.ERROR;
            case WARNING -> Kind.WARNING;
            case NOTE -> Kind.NOTE;
        };
    }
}
