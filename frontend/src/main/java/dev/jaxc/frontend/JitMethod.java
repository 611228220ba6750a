package dev.jaxc.frontend;

import com.github.javaparser.ast.body.MethodDeclaration;
import dev.jaxc.ir.Type;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A {@code @Jit} method whose signature is in the subset: what callers and the lowering need. */
final class JitMethod {
    final String qualifiedName;
    final String name;
    final ClassInfo owner;
    final MethodDeclaration decl;
    final List<Type> paramTypes;
    final List<String> paramNames;
    final Type resultType;
    /** Program attributes from the method's rule annotations (custom_jvp, custom_vjp, checkpoint). */
    final Map<String, String> attributes = new LinkedHashMap<>();

    JitMethod(ClassInfo owner, MethodDeclaration decl, List<Type> paramTypes, List<String> paramNames, Type resultType) {
        this.owner = owner;
        this.decl = decl;
        this.name = decl.getNameAsString();
        this.qualifiedName = owner.binaryName + "." + name;
        this.paramTypes = List.copyOf(paramTypes);
        this.paramNames = List.copyOf(paramNames);
        this.resultType = resultType;
    }

    String file() { return owner.file.path(); }

    @Override public String toString() { return qualifiedName; }
}
