package dev.jaxc.ir;

/**
 * The type of an SSA value: a scalar of a {@link DType}, or an array of rank ≥ 1 of one
 * (Java's arrays of arrays; the frontend produces ranks 1 and 2, vmap may add one).
 * Printed as {@code f64}, {@code f64[]}, {@code i32[][]}.
 */
public sealed interface Type permits Type.Scalar, Type.Array {
    DType dtype();

    /** Number of array dimensions; 0 for a scalar. */
    int rank();

    default boolean isScalar() { return rank() == 0; }
    default boolean isArray() { return rank() > 0; }
    /** True where a value of this type can carry a tangent (floating point, any rank). */
    default boolean isDifferentiable() { return dtype().isFloat(); }

    /** The type of {@code a[i]}. */
    default Type element() {
        if (rank() == 0) throw new IllegalStateException("element of scalar " + this);
        return of(dtype(), rank() - 1);
    }

    /** This type with one more leading dimension (vmap's batched type). */
    default Type withExtraDim() { return of(dtype(), rank() + 1); }

    default Type withDType(DType d) { return of(d, rank()); }

    record Scalar(DType dtype) implements Type {
        public int rank() { return 0; }
        @Override public String toString() { return dtype.irName(); }
    }

    record Array(DType dtype, int rank) implements Type {
        public Array {
            if (rank < 1) throw new IllegalArgumentException("array rank " + rank);
        }
        @Override public String toString() { return dtype.irName() + "[]".repeat(rank); }
        /** Java's descriptor-style name, e.g. {@code double[][]}. */
        public String javaName() { return dtype.javaName() + "[]".repeat(rank); }
    }

    Scalar F64 = new Scalar(DType.F64);
    Scalar F32 = new Scalar(DType.F32);
    Scalar I64 = new Scalar(DType.I64);
    Scalar I32 = new Scalar(DType.I32);
    Scalar BOOL = new Scalar(DType.BOOL);

    static Type of(DType d, int rank) {
        if (rank == 0) {
            return switch (d) {
                case F64 -> F64;
                case F32 -> F32;
                case I64 -> I64;
                case I32 -> I32;
                case BOOL -> BOOL;
            };
        }
        return new Array(d, rank);
    }

    static Type scalar(DType d) { return of(d, 0); }

    static Type array(DType d, int rank) { return of(d, rank); }

    /** Java source spelling: {@code double}, {@code int[][]}. */
    static String javaName(Type t) { return t.dtype().javaName() + "[]".repeat(t.rank()); }

    /** Parses {@code f64}, {@code i32[][]}. */
    static Type parse(String s) {
        int rank = 0;
        String base = s;
        while (base.endsWith("[]")) {
            rank++;
            base = base.substring(0, base.length() - 2);
        }
        return of(DType.fromIrName(base), rank);
    }
}
