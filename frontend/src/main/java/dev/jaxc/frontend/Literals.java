package dev.jaxc.frontend;

import com.github.javaparser.ast.expr.BooleanLiteralExpr;
import com.github.javaparser.ast.expr.DoubleLiteralExpr;
import com.github.javaparser.ast.expr.IntegerLiteralExpr;
import com.github.javaparser.ast.expr.LiteralExpr;
import com.github.javaparser.ast.expr.LongLiteralExpr;
import dev.jaxc.ir.prim.Const;

/**
 * Java numeric and boolean literals (JLS 3.10): decimal, hex, octal and binary integers with
 * underscores (hex/octal/binary may spell negative ints, {@code 0xFFFFFFFF == -1}), decimal and
 * hex floating point with {@code f/F/d/D} suffixes. Returns null for other literals.
 */
final class Literals {
    private Literals() {}

    /**
     * The value of a literal; {@code negated} for the operand of unary minus, where
     * {@code 2147483648} and {@code 9223372036854775808L} are legal. Throws NumberFormatException
     * for an out-of-range literal.
     */
    static Const parse(LiteralExpr e, boolean negated) {
        if (e instanceof BooleanLiteralExpr b) return Const.ofBool(b.getValue());
        if (e instanceof IntegerLiteralExpr i) {
            long v = integer(i.getValue(), false, negated);
            return Const.ofInt((int) (negated ? -v : v));
        }
        if (e instanceof LongLiteralExpr l) {
            String s = l.getValue();
            long v = integer(s.substring(0, s.length() - 1), true, negated);
            return Const.ofLong(negated ? -v : v);
        }
        if (e instanceof DoubleLiteralExpr d) {
            String s = d.getValue().replace("_", "");
            boolean isFloat = s.endsWith("f") || s.endsWith("F");
            if (isFloat) {
                float f = Float.parseFloat(s);
                if (Float.isInfinite(f) || (f == 0 && !zeroMantissa(s))) throw new NumberFormatException("floating-point literal out of range: " + d.getValue());
                return Const.ofFloat(negated ? -f : f);
            }
            double v = Double.parseDouble(s);
            if (Double.isInfinite(v) || (v == 0 && !zeroMantissa(s))) throw new NumberFormatException("floating-point literal out of range: " + d.getValue());
            return Const.ofDouble(negated ? -v : v);
        }
        return null;
    }

    /** Whether a floating literal's digits are all zero (so 0.0 is its true value, not an underflow). */
    private static boolean zeroMantissa(String s) {
        String m = s.toLowerCase();
        boolean hex = m.startsWith("0x");
        if (hex) m = m.substring(2);
        int exp = m.indexOf(hex ? 'p' : 'e');
        if (exp >= 0) m = m.substring(0, exp);
        for (char c : m.toCharArray()) if (Character.digit(c, hex ? 16 : 10) > 0) return false;
        return true;
    }

    /**
     * The magnitude of an integer literal, as the raw bits of an int or long. Decimal literals
     * must fit (one more when negated); others may use all bits.
     */
    private static long integer(String raw, boolean isLong, boolean negated) {
        String s = raw.replace("_", "").toLowerCase();
        int radix = 10;
        if (s.startsWith("0x")) {
            radix = 16;
            s = s.substring(2);
        } else if (s.startsWith("0b")) {
            radix = 2;
            s = s.substring(2);
        } else if (s.length() > 1 && s.startsWith("0")) {
            radix = 8;
            s = s.substring(1);
        }
        if (radix == 10) {
            long v = Long.parseUnsignedLong(s);
            long max = isLong ? Long.MAX_VALUE : Integer.MAX_VALUE;
            boolean fits = isLong
                    ? (Long.compareUnsigned(v, max) <= 0 || (negated && v == Long.MIN_VALUE))
                    : (v <= max || (negated && v == (long) Integer.MAX_VALUE + 1));
            if (!fits) throw new NumberFormatException("integer number too large: " + raw);
            return v;
        }
        if (isLong) return Long.parseUnsignedLong(s, radix);
        long v = Long.parseUnsignedLong(s, radix);
        if (v > 0xFFFFFFFFL) throw new NumberFormatException("integer number too large: " + raw);
        return (int) v;
    }
}
