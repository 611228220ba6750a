package dev.jaxc.frontend;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The top-level classes of one compile, found by binary name or by simple name from a class. */
final class ClassTable {
    private final Map<String, ClassInfo> byBinary = new LinkedHashMap<>();

    void add(ClassInfo c) { byBinary.putIfAbsent(c.binaryName, c); }

    List<ClassInfo> all() { return new ArrayList<>(byBinary.values()); }

    /**
     * Resolves a class name written in {@code from}: a binary name, the simple name of a class
     * in the same package, or of an imported class of the compile. Null if none.
     */
    ClassInfo resolve(String name, ClassInfo from) {
        ClassInfo exact = byBinary.get(name);
        if (exact != null) return exact;
        if (name.contains(".")) return null;
        if (from.simpleName.equals(name)) return from;
        String samePkg = from.packageName.isEmpty() ? name : from.packageName + "." + name;
        ClassInfo c = byBinary.get(samePkg);
        if (c != null) return c;
        for (var imp : from.cu.getImports()) {
            if (imp.isStatic()) continue;
            String in = imp.getNameAsString();
            if (!imp.isAsterisk() && in.endsWith("." + name) && byBinary.containsKey(in)) return byBinary.get(in);
            if (imp.isAsterisk() && byBinary.containsKey(in + "." + name)) return byBinary.get(in + "." + name);
        }
        return null;
    }
}
