package dev.jaxc.frontend;

import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.body.ClassOrInterfaceDeclaration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** A top-level class of the compile: its {@code @Jit} methods, derives and constants. */
final class ClassInfo {
    final String binaryName;
    final String simpleName;
    final String packageName;
    final SourceFile file;
    final CompilationUnit cu;
    final ClassOrInterfaceDeclaration decl;
    final Map<String, JitMethod> jitByName = new LinkedHashMap<>();
    /** Names of methods marked {@code @Jit} whose signature was rejected (calls to them fail quietly). */
    final Set<String> brokenJit = new HashSet<>();
    final List<DeriveDecl> derives = new ArrayList<>();
    ConstantFolder constants;

    ClassInfo(String packageName, SourceFile file, CompilationUnit cu, ClassOrInterfaceDeclaration decl) {
        this.packageName = packageName;
        this.simpleName = decl.getNameAsString();
        this.binaryName = packageName.isEmpty() ? simpleName : packageName + "." + simpleName;
        this.file = file;
        this.cu = cu;
        this.decl = decl;
    }

    boolean isJitDeclared(String name) { return jitByName.containsKey(name) || brokenJit.contains(name); }

    ClassUnit unit() {
        return new ClassUnit(binaryName, file, jitByName.values().stream().map(m -> m.qualifiedName).toList(), derives);
    }

    @Override public String toString() { return binaryName; }
}
