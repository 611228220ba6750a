package dev.jaxc.ir.text;

import dev.jaxc.ir.DType;
import dev.jaxc.ir.prim.Const;

/**
 * Exact text of constants. Floats print in Java's decimal form when it parses back to the same
 * bits ({@code 0.1}, {@code -0.0}, {@code 1.0E-300}); infinities as {@code inf}/{@code -inf}; the
 * canonical NaN ({@code 0x7ff8000000000000L}, {@code 0x7fc00000}) as {@code nan}; any other NaN
 * (payload or sign) as its raw bits {@code bits(0x7ff0000000000001)}.
 */
final class ConstText {
    private ConstText() {}

    static final long CANONICAL_NAN_F64 = 0x7ff8000000000000L;
    static final int CANONICAL_NAN_F32 = 0x7fc00000;

    static String format(Const c) {
        return switch (c.dtype()) {
            case F64 -> formatF64(c.asDouble(), c.bits());
            case F32 -> formatF32(c.asFloat(), (int) c.bits());
            case I64 -> Long.toString(c.asLong());
            case I32 -> Integer.toString(c.asInt());
            case BOOL -> Boolean.toString(c.asBool());
        };
    }

    private static String formatF64(double d, long bits) {
        if (Double.isNaN(d)) return bits == CANONICAL_NAN_F64 ? "nan" : String.format("bits(0x%016x)", bits);
        if (Double.isInfinite(d)) return d > 0 ? "inf" : "-inf";
        String s = Double.toString(d);
        return Double.doubleToRawLongBits(Double.parseDouble(s)) == bits ? s : String.format("bits(0x%016x)", bits);
    }

    private static String formatF32(float f, int bits) {
        if (Float.isNaN(f)) return bits == CANONICAL_NAN_F32 ? "nan" : String.format("bits(0x%08x)", bits);
        if (Float.isInfinite(f)) return f > 0 ? "inf" : "-inf";
        String s = Float.toString(f);
        return Float.floatToRawIntBits(Float.parseFloat(s)) == bits ? s : String.format("bits(0x%08x)", bits);
    }

    /**
     * A constant of the dtype from its text: a decimal, {@code true}/{@code false}, {@code nan},
     * {@code inf}, {@code -inf} or {@code bits(0x...)} ({@code rawBits} non-null). Throws
     * IllegalArgumentException with a message for the user when the text does not fit the dtype.
     */
    static Const parse(DType d, String text, Long rawBits) {
        if (rawBits != null) {
            long b = rawBits;
            return switch (d) {
                case F64 -> new Const(d, b);
                case F32 -> {
                    if ((b >>> 32) != 0) throw new IllegalArgumentException("bits(0x" + Long.toHexString(b) + ") does not fit f32");
                    yield Const.ofFloat(Float.intBitsToFloat((int) b));
                }
                case I64, I32, BOOL -> throw new IllegalArgumentException("bits(...) is only for f64 and f32 constants");
            };
        }
        try {
            return switch (d) {
                case F64 -> Const.ofDouble(switch (text) {
                    case "nan" -> Double.longBitsToDouble(CANONICAL_NAN_F64);
                    case "inf" -> Double.POSITIVE_INFINITY;
                    case "-inf" -> Double.NEGATIVE_INFINITY;
                    default -> Double.parseDouble(decimal(text));
                });
                case F32 -> Const.ofFloat(switch (text) {
                    case "nan" -> Float.intBitsToFloat(CANONICAL_NAN_F32);
                    case "inf" -> Float.POSITIVE_INFINITY;
                    case "-inf" -> Float.NEGATIVE_INFINITY;
                    default -> Float.parseFloat(decimal(text));
                });
                case I64 -> Const.ofLong(Long.parseLong(text));
                case I32 -> Const.ofInt(Integer.parseInt(text));
                case BOOL -> switch (text) {
                    case "true" -> Const.ofBool(true);
                    case "false" -> Const.ofBool(false);
                    default -> throw new IllegalArgumentException("bool constant must be true or false, got " + text);
                };
            };
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("'" + text + "' is not a valid " + d.irName() + " constant");
        }
    }

    /** Rejects what Java's parseDouble accepts beyond plain decimals (hex floats, "Infinity", suffixes). */
    private static String decimal(String s) {
        if (!s.matches("-?[0-9]+(\\.[0-9]+)?([eE][-+]?[0-9]+)?")) throw new NumberFormatException(s);
        return s;
    }
}
