package dev.jaxc.ir.prim;

import dev.jaxc.ir.DType;
import dev.jaxc.ir.Type;
import java.util.ArrayList;
import java.util.List;

/**
 * The methods of {@code dev.jaxc.random.Random} (the runtime's {@code jax.random}) that are IR
 * primitives: one constant per overload, named by its Java method name and JVM descriptor, from
 * which its IR input and result types follow. The runtime is the specification of each: the
 * interpreter and the JVM backend call exactly this method. Keys are {@code i64}; the first
 * input is the key except for {@link #BLOCK} and {@link #WRAP_KEY_DATA}, which build one.
 *
 * <p>Left out: {@code bits8}/{@code bits16}, whose {@code byte[]}/{@code short[]} results have no
 * IR dtype. Overloads of one name differ in their number of parameters, so the text form names
 * an overload by method name and operand count.
 */
public enum PrngFn {
    BLOCK("block", "(IIII)J"),
    KEY("key", "(J)J"),
    KEY_DATA("keyData", "(J)[I"),
    WRAP_KEY_DATA("wrapKeyData", "(II)J"),
    SPLIT("split", "(J)[J"),
    SPLIT_N("split", "(JI)[J", Checks.ARGS),
    FOLD_IN("foldIn", "(JI)J"),

    BITS("bits", "(J)I"),
    BITS_N("bits", "(JI)[I", Checks.ARGS),
    BITS64("bits64", "(J)J"),
    BITS64_N("bits64", "(JI)[J", Checks.ARGS),

    UNIFORM("uniform", "(J)D"),
    UNIFORM_RANGE("uniform", "(JDD)D"),
    UNIFORM_N("uniform", "(JI)[D", Checks.ARGS),
    UNIFORM_N_RANGE("uniform", "(JIDD)[D", Checks.ARGS),
    UNIFORM_F32("uniformF32", "(J)F"),
    UNIFORM_F32_RANGE("uniformF32", "(JFF)F"),
    UNIFORM_F32_N("uniformF32", "(JI)[F", Checks.ARGS),
    UNIFORM_F32_N_RANGE("uniformF32", "(JIFF)[F", Checks.ARGS),

    NORMAL("normal", "(J)D"),
    NORMAL_N("normal", "(JI)[D", Checks.ARGS),
    NORMAL_F32("normalF32", "(J)F"),
    NORMAL_F32_N("normalF32", "(JI)[F", Checks.ARGS),

    TRUNCATED_NORMAL("truncatedNormal", "(JDD)D"),
    TRUNCATED_NORMAL_N("truncatedNormal", "(JDDI)[D", Checks.ARGS),
    TRUNCATED_NORMAL_F32("truncatedNormalF32", "(JFF)F"),
    TRUNCATED_NORMAL_F32_N("truncatedNormalF32", "(JFFI)[F", Checks.ARGS),

    BERNOULLI("bernoulli", "(JD)Z"),
    BERNOULLI_N("bernoulli", "(JDI)[Z", Checks.ARGS),
    BERNOULLI_F32("bernoulliF32", "(JF)Z"),
    BERNOULLI_F32_N("bernoulliF32", "(JFI)[Z", Checks.ARGS),

    RANDINT("randint", "(JII)I"),
    RANDINT_N("randint", "(JIII)[I", Checks.ARGS),
    RANDINT64("randint64", "(JJJ)J"),
    RANDINT64_N("randint64", "(JIJJ)[J", Checks.ARGS),

    EXPONENTIAL("exponential", "(J)D"),
    EXPONENTIAL_N("exponential", "(JI)[D", Checks.ARGS),
    EXPONENTIAL_F32("exponentialF32", "(J)F"),
    EXPONENTIAL_F32_N("exponentialF32", "(JI)[F", Checks.ARGS),

    GUMBEL("gumbel", "(J)D"),
    GUMBEL_N("gumbel", "(JI)[D", Checks.ARGS),
    GUMBEL_F32("gumbelF32", "(J)F"),
    GUMBEL_F32_N("gumbelF32", "(JI)[F", Checks.ARGS),

    CATEGORICAL("categorical", "(J[D)I", Checks.ARGS),
    CATEGORICAL_N("categorical", "(J[DI)[I", Checks.ARGS),
    CATEGORICAL_F32("categoricalF32", "(J[F)I", Checks.ARGS),
    CATEGORICAL_F32_N("categoricalF32", "(J[FI)[I", Checks.ARGS),

    PERMUTATION("permutation", "(JI)[I", Checks.ARGS),
    CHOICE("choice", "(JI)I", Checks.ARGS),
    CHOICE_N("choice", "(JIIZ)[I", Checks.ARGS),
    CHOICE_P("choice", "(JIIZ[D)[I", Checks.ARGS),
    CHOICE_F32("choiceF32", "(JI)I", Checks.ARGS),
    CHOICE_F32_N("choiceF32", "(JIIZ)[I", Checks.ARGS),
    CHOICE_F32_P("choiceF32", "(JIIZ[F)[I", Checks.ARGS);

    /** Binary name of the class whose static methods these are. */
    public static final String RANDOM_CLASS = "dev.jaxc.random.Random";
    /** Binary name of the class of {@code Threefry.DEFAULT} / {@code Threefry.LEGACY}, which have the same methods. */
    public static final String THREEFRY_CLASS = "dev.jaxc.random.Threefry";

    /** Whether the method checks its arguments and may throw (negative sizes, empty logits, a ≤ 0, null rows). */
    private enum Checks { NONE, ARGS }

    private final String javaName;
    private final String descriptor;
    private final List<Type> params;
    private final Type result;
    private final boolean mayThrow;

    PrngFn(String javaName, String descriptor) { this(javaName, descriptor, Checks.NONE); }

    PrngFn(String javaName, String descriptor, Checks checks) {
        this.javaName = javaName;
        this.descriptor = descriptor;
        int close = descriptor.indexOf(')');
        this.params = parseTypes(descriptor.substring(1, close));
        List<Type> r = parseTypes(descriptor.substring(close + 1));
        if (r.size() != 1) throw new IllegalArgumentException(descriptor);
        this.result = r.get(0);
        this.mayThrow = checks == Checks.ARGS;
    }

    /** The method name in {@code Random} and {@code Threefry}. */
    public String javaName() { return javaName; }

    /** The JVM method descriptor, e.g. {@code (JI)[D}. */
    public String descriptor() { return descriptor; }

    /** IR types of the inputs, in Java parameter order. */
    public List<Type> params() { return params; }

    public Type result() { return result; }

    /** Whether the method may throw on its arguments; draws from a key alone never throw. */
    public boolean mayThrow() { return mayThrow; }

    /** Whether input 0 is a key (all but {@link #BLOCK} and {@link #WRAP_KEY_DATA}). */
    public boolean takesKey() { return this != BLOCK && this != WRAP_KEY_DATA; }

    /**
     * Whether {@code Threefry.LEGACY} has it as an instance method; {@code block} is static
     * (the hash is the same in both modes).
     */
    public boolean hasLegacy() { return this != BLOCK; }

    /** The overload of a method name with the given number of parameters, or null. */
    public static PrngFn byJavaName(String javaName, int arity) {
        for (PrngFn f : values()) if (f.javaName.equals(javaName) && f.params.size() == arity) return f;
        return null;
    }

    /** Whether some overload has this method name. */
    public static boolean hasJavaName(String javaName) {
        for (PrngFn f : values()) if (f.javaName.equals(javaName)) return true;
        return false;
    }

    private static List<Type> parseTypes(String s) {
        List<Type> out = new ArrayList<>();
        int rank = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '[') {
                rank++;
                continue;
            }
            DType d = switch (c) {
                case 'D' -> DType.F64;
                case 'F' -> DType.F32;
                case 'J' -> DType.I64;
                case 'I' -> DType.I32;
                case 'Z' -> DType.BOOL;
                default -> throw new IllegalArgumentException("descriptor type " + c);
            };
            out.add(Type.of(d, rank));
            rank = 0;
        }
        return List.copyOf(out);
    }
}
