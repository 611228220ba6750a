package dev.jaxc.frontend;

import com.github.javaparser.ast.type.ArrayType;
import com.github.javaparser.ast.type.PrimitiveType;
import dev.jaxc.ir.DType;
import dev.jaxc.ir.Type;

/**
 * Java's typing rules for the subset, on IR types (Java's double/float/long/int/boolean and
 * arrays of them map one to one onto IR types): source types, numeric promotion, widening.
 */
final class TypeResolver {
    private TypeResolver() {}

    static final String SUPPORTED = "double, float, long, int, boolean, and 1-D or 2-D arrays of them";

    /** The IR type of a source type, or null when the subset has no such type. */
    static Type of(com.github.javaparser.ast.type.Type t) {
        if (t instanceof PrimitiveType p) {
            DType d = dtype(p);
            return d == null ? null : Type.scalar(d);
        }
        if (t instanceof ArrayType a) {
            int rank = a.getArrayLevel();
            if (rank > 2 || !(a.getElementType() instanceof PrimitiveType p)) return null;
            DType d = dtype(p);
            return d == null ? null : Type.array(d, rank);
        }
        return null;
    }

    static DType dtype(PrimitiveType p) {
        return switch (p.getType()) {
            case DOUBLE -> DType.F64;
            case FLOAT -> DType.F32;
            case LONG -> DType.I64;
            case INT -> DType.I32;
            case BOOLEAN -> DType.BOOL;
            case BYTE, SHORT, CHAR -> null;
        };
    }

    static boolean isNumeric(Type t) { return t.isScalar() && t.dtype().isNumeric(); }
    static boolean isIntegral(Type t) { return t.isScalar() && t.dtype().isInteger(); }
    static boolean isBoolean(Type t) { return t.equals(Type.BOOL); }

    /** Rank of a numeric dtype in Java's widening order int &lt; long &lt; float &lt; double. */
    private static int widthRank(DType d) {
        return switch (d) {
            case I32 -> 0;
            case I64 -> 1;
            case F32 -> 2;
            case F64 -> 3;
            case BOOL -> -1;
        };
    }

    /** Binary numeric promotion (JLS 5.6.2) of two numeric dtypes. */
    static DType promote(DType a, DType b) { return widthRank(a) >= widthRank(b) ? a : b; }

    /** Unary numeric promotion: the identity on the subset's numeric types (no byte/short/char). */
    static DType unaryPromote(DType a) { return a; }

    /** Widening primitive conversion or identity (JLS 5.1.2), as allowed in assignment and invocation. */
    static boolean widens(DType from, DType to) {
        if (from == to) return true;
        if (from == DType.BOOL || to == DType.BOOL) return false;
        return widthRank(from) < widthRank(to);
    }

    /** Whether a value of type {@code from} may be assigned to {@code to} without a cast. */
    static boolean assignable(Type from, Type to) {
        if (from.isScalar() && to.isScalar()) return widens(from.dtype(), to.dtype());
        return from.equals(to);
    }

    /** Whether a cast {@code (to) e} with e of type {@code from} is legal Java. */
    static boolean castable(Type from, Type to) {
        if (from.equals(to)) return true;
        return isNumeric(from) && isNumeric(to);
    }

    static String javaName(Type t) { return Type.javaName(t); }
}
