package dev.jaxc.frontend;

import java.util.List;

/**
 * A top-level class that declares {@code @Jit} methods or {@code @Derive}s: its binary name
 * ({@code p.Foo}), its file, its {@code @Jit} functions (qualified names, source order) and its
 * derive declarations (source order).
 */
public record ClassUnit(String binaryName, SourceFile source, List<String> jitFunctions, List<DeriveDecl> derives) {
    public ClassUnit {
        jitFunctions = List.copyOf(jitFunctions);
        derives = List.copyOf(derives);
    }
}
