package dev.jaxc.frontend;

import com.github.javaparser.ast.Node;
import dev.jaxc.ir.Type;

/**
 * A Java local variable or parameter (one per declaration; identity is the variable), or a
 * synthetic variable the lowering introduces (jump flags, the array of a for-each loop).
 */
final class Var {
    enum Kind { PARAM, LOCAL, SYNTHETIC }

    final String name;
    final Type type;
    /** The declaring node (Parameter, VariableDeclarator); null for synthetic variables. */
    final Node decl;
    final Kind kind;

    Var(String name, Type type, Node decl, Kind kind) {
        this.name = name;
        this.type = type;
        this.decl = decl;
        this.kind = kind;
    }

    static Var synthetic(String name, Type type) { return new Var(name, type, null, Kind.SYNTHETIC); }

    boolean isArray() { return type.isArray(); }

    @Override public String toString() { return name; }
}
