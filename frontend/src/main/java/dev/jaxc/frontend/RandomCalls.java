package dev.jaxc.frontend;

import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.ImportDeclaration;
import dev.jaxc.ir.Type;
import dev.jaxc.ir.prim.PrngFn;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.StringJoiner;
import java.util.function.Predicate;

/**
 * Which calls in a {@code @Jit} method are the runtime PRNG's ({@code dev.jaxc.random}): a
 * receiver naming the class {@code Random} (static methods), {@code Threefry} (only its static
 * {@code block}) or one of the fields {@code Threefry.DEFAULT} / {@code Threefry.LEGACY}, and
 * unqualified calls of methods statically imported from {@code Random}. A simple class name
 * denotes the runtime's class as Java's scoping says: through a single-type import, unless a
 * class of the compile takes the name, through an on-demand import, or in package
 * {@code dev.jaxc.random} itself.
 */
final class RandomCalls {
    static final String PACKAGE = "dev.jaxc.random";

    /** What a call's receiver denotes. */
    enum Receiver {
        /** The class Random: static methods in partitionable mode. */
        RANDOM(false),
        /** The class Threefry: its one static method, block. */
        THREEFRY(false),
        /** Threefry.DEFAULT: the same methods as Random. */
        DEFAULT(false),
        /** Threefry.LEGACY: the legacy counter layout. */
        LEGACY(true);

        final boolean legacy;

        Receiver(boolean legacy) { this.legacy = legacy; }
    }

    /** Methods of the runtime that jaxc does not compile, and why. */
    static final Map<String, String> UNSUPPORTED = Map.of(
            "bits8", "its byte[] result has no jaxc type",
            "bits16", "its short[] result has no jaxc type");

    private RandomCalls() {}

    /**
     * The receiver a dotted name (not a local variable) denotes, or null when it is not the
     * runtime PRNG. {@code compileClass} tells whether a name is a class of the compile.
     */
    static Receiver receiver(String dotted, CompilationUnit cu, Predicate<String> compileClass) {
        int dot = dotted.lastIndexOf('.');
        String head = dot < 0 ? dotted : dotted.substring(0, dot);
        String last = dot < 0 ? dotted : dotted.substring(dot + 1);
        if (isClass(dotted, "Random", cu, compileClass.test(dotted))) return Receiver.RANDOM;
        if (isClass(dotted, "Threefry", cu, compileClass.test(dotted))) return Receiver.THREEFRY;
        if (dot > 0 && isClass(head, "Threefry", cu, compileClass.test(head))) {
            if (last.equals("DEFAULT")) return Receiver.DEFAULT;
            if (last.equals("LEGACY")) return Receiver.LEGACY;
        }
        return null;
    }

    /** Whether {@code name} denotes class {@code dev.jaxc.random.<simple>} in cu. */
    static boolean isClass(String name, String simple, CompilationUnit cu, boolean compileClass) {
        if (name.equals(PACKAGE + "." + simple)) return true;
        if (!name.equals(simple)) return false;
        boolean onDemand = cu.getPackageDeclaration().map(p -> p.getNameAsString().equals(PACKAGE)).orElse(false);
        for (ImportDeclaration imp : cu.getImports()) {
            if (imp.isStatic()) continue;
            String in = imp.getNameAsString();
            if (!imp.isAsterisk() && in.equals(PACKAGE + "." + simple)) return true;
            if (imp.isAsterisk() && in.equals(PACKAGE)) onDemand = true;
        }
        return onDemand && !compileClass;
    }

    /** Whether an unqualified method name is statically imported from Random. */
    static boolean staticallyImported(String method, CompilationUnit cu) {
        String random = PACKAGE + ".Random";
        for (ImportDeclaration imp : cu.getImports()) {
            if (!imp.isStatic()) continue;
            String in = imp.getNameAsString();
            if (imp.isAsterisk() ? in.equals(random) : in.equals(random + "." + method)) return true;
        }
        return false;
    }

    /** Java's spelling of the overloads of a method name, for hints: {@code uniform(long), uniform(long, int)}. */
    static String overloads(String method) {
        StringJoiner out = new StringJoiner(", ");
        for (PrngFn f : PrngFn.values()) {
            if (!f.javaName().equals(method)) continue;
            StringJoiner ps = new StringJoiner(", ", method + "(", ")");
            for (Type t : f.params()) ps.add(TypeResolver.javaName(t));
            out.add(ps.toString());
        }
        return out.toString();
    }

    /** The supported method names, for hints. */
    static String supportedList() {
        Set<String> names = new LinkedHashSet<>();
        for (PrngFn f : PrngFn.values()) names.add(f.javaName());
        return String.join(" ", names);
    }
}
