package dev.jaxc.codegen.jvm;

import java.util.List;

/**
 * The naming convention shared by the backend and the code that calls generated classes.
 * A function {@code p.Foo.m} is the static method {@code m} of the companion class
 * {@code p.FooJaxc}; a multi-result {@code m} returns the record {@code p.FooJaxc$M}, nested in
 * the companion ({@code $} in the method name becomes {@code _}: {@code loss$jvp} gives
 * {@code FooJaxc$Loss_jvp}).
 */
public final class JvmNames {
    /** Appended to the source class's binary name to name its companion. */
    public static final String COMPANION_SUFFIX = "Jaxc";

    private JvmNames() {}

    /** {@code p.Foo} for {@code p.Foo.m}. */
    public static String sourceClass(String functionName) {
        int dot = functionName.lastIndexOf('.');
        if (dot <= 0 || dot == functionName.length() - 1)
            throw new IllegalArgumentException("function name '" + functionName + "' is not <binary class name>.<method>");
        return functionName.substring(0, dot);
    }

    /** {@code m} for {@code p.Foo.m}. */
    public static String methodName(String functionName) {
        sourceClass(functionName);
        return functionName.substring(functionName.lastIndexOf('.') + 1);
    }

    /** {@code p.FooJaxc} for {@code p.Foo} (binary names: {@code p.Outer$InnerJaxc}). */
    public static String companionBinaryName(String sourceBinaryClassName) {
        return sourceBinaryClassName + COMPANION_SUFFIX;
    }

    /** The companion holding function {@code p.Foo.m}: {@code p.FooJaxc}. */
    public static String companionOf(String functionName) { return companionBinaryName(sourceClass(functionName)); }

    /** {@code Vg} for {@code vg}, {@code Loss_jvp} for {@code loss$jvp}. */
    public static String recordSimpleName(String methodName) {
        String s = methodName.replace('$', '_');
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    /** Binary name of the record returned by multi-result function {@code p.Foo.m}: {@code p.FooJaxc$M}. */
    public static String recordBinaryName(String functionName) {
        return companionOf(functionName) + "$" + recordSimpleName(methodName(functionName));
    }

    /** Record component names: the function's result names, or {@code r0, r1, ...}. */
    public static List<String> componentNames(List<String> resultNames, int results) {
        if (!resultNames.isEmpty()) return resultNames;
        return java.util.stream.IntStream.range(0, results).mapToObj(i -> "r" + i).toList();
    }

    static String internal(String binaryName) { return binaryName.replace('.', '/'); }
}
