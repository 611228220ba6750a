package dev.jaxc.processor;

import com.sun.source.tree.CompilationUnitTree;
import com.sun.source.tree.Tree;
import com.sun.source.util.SourcePositions;
import com.sun.source.util.TreeScanner;
import com.sun.source.util.Trees;
import javax.tools.Diagnostic;

/**
 * Finds the innermost tree at a 1-based line and column, so that javac reports a jaxc
 * diagnostic at exactly the place jaxc found it (javac positions diagnostics by tree, not by
 * line and column).
 */
final class TreeLocator {
    private TreeLocator() {}

    /** The character offset of a 1-based line and column, or -1 if the file has no such line. */
    static long offset(CompilationUnitTree cu, int line, int column) {
        try {
            return cu.getLineMap().getPosition(line, Math.max(1, column));
        } catch (RuntimeException e) {
            return -1;
        }
    }

    /** The smallest tree whose source range contains the offset, or null if none does. */
    static Tree at(Trees trees, CompilationUnitTree cu, long pos) {
        if (pos < 0) return null;
        SourcePositions sp = trees.getSourcePositions();
        Tree[] best = {null};
        long[] bestSpan = {Long.MAX_VALUE};
        new TreeScanner<Void, Void>() {
            @Override public Void scan(Tree t, Void unused) {
                if (t == null) return null;
                long start = sp.getStartPosition(cu, t), end = sp.getEndPosition(cu, t);
                if (start != Diagnostic.NOPOS) {
                    if (start > pos || (end != Diagnostic.NOPOS && pos >= end)) return null; // nor any child
                    // Without end positions only a tree starting exactly there is known to contain it.
                    long span = end != Diagnostic.NOPOS ? end - start : start == pos ? 0 : -1;
                    if (span >= 0 && span <= bestSpan[0]) { // ties go to the inner tree, visited later
                        best[0] = t;
                        bestSpan[0] = span;
                    }
                }
                return super.scan(t, unused);
            }
        }.scan(cu, null);
        return best[0];
    }
}
