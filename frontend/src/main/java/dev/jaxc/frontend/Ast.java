package dev.jaxc.frontend;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.stmt.BlockStmt;
import com.github.javaparser.ast.stmt.DoStmt;
import com.github.javaparser.ast.stmt.EmptyStmt;
import com.github.javaparser.ast.stmt.ForEachStmt;
import com.github.javaparser.ast.stmt.ForStmt;
import com.github.javaparser.ast.stmt.Statement;
import com.github.javaparser.ast.stmt.WhileStmt;
import java.util.ArrayList;
import java.util.List;

/** Small AST queries by node identity (JavaParser's equals is structural). */
final class Ast {
    private Ast() {}

    /** Whether {@code inner} is {@code outer} or lies inside it. */
    static boolean isWithin(Node inner, Node outer) {
        for (Node n = inner; n != null; n = n.getParentNode().orElse(null)) if (n == outer) return true;
        return false;
    }

    static boolean isLoop(Node s) {
        return s instanceof WhileStmt || s instanceof DoStmt || s instanceof ForStmt || s instanceof ForEachStmt;
    }

    /** The statements of a list with nested blocks spliced in and empty statements dropped. */
    static List<Statement> flatten(List<Statement> stmts) {
        List<Statement> out = new ArrayList<>();
        for (Statement s : stmts) {
            if (s instanceof BlockStmt b) out.addAll(flatten(b.getStatements()));
            else if (!(s instanceof EmptyStmt)) out.add(s);
        }
        return out;
    }
}
