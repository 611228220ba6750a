package dev.jaxc.ir.prim;

import dev.jaxc.ir.DType;
import dev.jaxc.ir.Region;
import dev.jaxc.ir.Type;
import java.util.List;

/**
 * A scalar literal. The value is kept as raw bits ({@link Double#doubleToRawLongBits} for f64,
 * {@link Float#floatToRawIntBits} for f32, the integer itself, 0/1 for bool) so that NaN
 * payloads and -0.0 survive printing, parsing and equality.
 */
public record Const(DType dtype, long bits) implements Primitive {
    public static Const ofDouble(double d) { return new Const(DType.F64, Double.doubleToRawLongBits(d)); }
    public static Const ofFloat(float f) { return new Const(DType.F32, Float.floatToRawIntBits(f)); }
    public static Const ofInt(int i) { return new Const(DType.I32, i); }
    public static Const ofLong(long l) { return new Const(DType.I64, l); }
    public static Const ofBool(boolean b) { return new Const(DType.BOOL, b ? 1 : 0); }

    /** Zero (or false) of a dtype. */
    public static Const zero(DType d) {
        return switch (d) {
            case F64 -> ofDouble(0.0);
            case F32 -> ofFloat(0.0f);
            case I64 -> ofLong(0);
            case I32 -> ofInt(0);
            case BOOL -> ofBool(false);
        };
    }

    /** One of a numeric dtype. */
    public static Const one(DType d) {
        return switch (d) {
            case F64 -> ofDouble(1.0);
            case F32 -> ofFloat(1.0f);
            case I64 -> ofLong(1);
            case I32 -> ofInt(1);
            case BOOL -> ofBool(true);
        };
    }

    /** A double value converted to the dtype as a Java cast would. */
    public static Const of(DType d, double v) {
        return switch (d) {
            case F64 -> ofDouble(v);
            case F32 -> ofFloat((float) v);
            case I64 -> ofLong((long) v);
            case I32 -> ofInt((int) v);
            case BOOL -> ofBool(v != 0);
        };
    }

    public double asDouble() { return Double.longBitsToDouble(bits); }
    public float asFloat() { return Float.intBitsToFloat((int) bits); }
    public int asInt() { return (int) bits; }
    public long asLong() { return bits; }
    public boolean asBool() { return bits != 0; }

    /** The value boxed as its Java type (Double, Float, Long, Integer, Boolean). */
    public Object boxed() {
        return switch (dtype) {
            case F64 -> asDouble();
            case F32 -> asFloat();
            case I64 -> asLong();
            case I32 -> asInt();
            case BOOL -> asBool();
        };
    }

    /** True for +0.0 / 0 / false (not -0.0: adding it is not the identity on -0.0 either way). */
    public boolean isZero() { return bits == 0; }

    @Override public String name() { return "const"; }

    @Override public List<Type> typeRule(List<Type> inputs, List<Region> regions) {
        TypeError.check(inputs.isEmpty(), "const takes no inputs");
        return List.of(Type.scalar(dtype));
    }

    @Override public <R> R accept(PrimitiveVisitor<R> v) { return v.visitConst(this); }
}
