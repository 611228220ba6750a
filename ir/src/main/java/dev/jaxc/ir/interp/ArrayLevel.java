package dev.jaxc.ir.interp;

import dev.jaxc.ir.Type;

/**
 * Access to one dimension of a Java array: the primitive arrays, and {@link #ROWS} for arrays
 * of arrays (rank ≥ 2, e.g. {@code double[][]} is an {@code Object[]} of {@code double[]} rows).
 * Indexing, null rows and lengths behave exactly as in Java, because they are Java.
 */
enum ArrayLevel {
    F64 {
        Object get(Object a, int i) { return ((double[]) a)[i]; }
        void set(Object a, int i, Object v) { ((double[]) a)[i] = (Double) v; }
        Object copy(Object a) { return ((double[]) a).clone(); }
        int length(Object a) { return ((double[]) a).length; }
    },
    F32 {
        Object get(Object a, int i) { return ((float[]) a)[i]; }
        void set(Object a, int i, Object v) { ((float[]) a)[i] = (Float) v; }
        Object copy(Object a) { return ((float[]) a).clone(); }
        int length(Object a) { return ((float[]) a).length; }
    },
    I64 {
        Object get(Object a, int i) { return ((long[]) a)[i]; }
        void set(Object a, int i, Object v) { ((long[]) a)[i] = (Long) v; }
        Object copy(Object a) { return ((long[]) a).clone(); }
        int length(Object a) { return ((long[]) a).length; }
    },
    I32 {
        Object get(Object a, int i) { return ((int[]) a)[i]; }
        void set(Object a, int i, Object v) { ((int[]) a)[i] = (Integer) v; }
        Object copy(Object a) { return ((int[]) a).clone(); }
        int length(Object a) { return ((int[]) a).length; }
    },
    BOOL {
        Object get(Object a, int i) { return ((boolean[]) a)[i]; }
        void set(Object a, int i, Object v) { ((boolean[]) a)[i] = (Boolean) v; }
        Object copy(Object a) { return ((boolean[]) a).clone(); }
        int length(Object a) { return ((boolean[]) a).length; }
    },
    ROWS {
        Object get(Object a, int i) { return ((Object[]) a)[i]; }
        void set(Object a, int i, Object v) { ((Object[]) a)[i] = v; }
        Object copy(Object a) { return ((Object[]) a).clone(); }
        int length(Object a) { return ((Object[]) a).length; }
    };

    abstract Object get(Object a, int i);
    abstract void set(Object a, int i, Object v);
    /** {@code a.clone()}: shallow, as in Java. */
    abstract Object copy(Object a);
    abstract int length(Object a);

    /** The level for indexing an array of this type. */
    static ArrayLevel of(Type array) {
        if (array.rank() > 1) return ROWS;
        return switch (array.dtype()) {
            case F64 -> F64;
            case F32 -> F32;
            case I64 -> I64;
            case I32 -> I32;
            case BOOL -> BOOL;
        };
    }

    /** The levels met by {@code k} successive indexings of an array of this type. */
    static ArrayLevel[] path(Type array, int k) {
        ArrayLevel[] ls = new ArrayLevel[k];
        Type t = array;
        for (int i = 0; i < k; i++, t = t.element()) ls[i] = of(t);
        return ls;
    }

    /** The Java class of values of a type: {@code double.class}, {@code double[][].class}. */
    static Class<?> javaClass(Type t) {
        Class<?> c = switch (t.dtype()) {
            case F64 -> double.class;
            case F32 -> float.class;
            case I64 -> long.class;
            case I32 -> int.class;
            case BOOL -> boolean.class;
        };
        for (int i = 0; i < t.rank(); i++) c = c.arrayType();
        return c;
    }
}
