package dev.jaxc.ir;

/** Element types of the IR: exactly Java's primitive types that the supported subset uses. */
public enum DType {
    F64("f64", "double"), F32("f32", "float"), I64("i64", "long"), I32("i32", "int"), BOOL("bool", "boolean");

    private final String irName;
    private final String javaName;

    DType(String irName, String javaName) {
        this.irName = irName;
        this.javaName = javaName;
    }

    public String irName() { return irName; }
    public String javaName() { return javaName; }
    public boolean isFloat() { return this == F64 || this == F32; }
    public boolean isInteger() { return this == I64 || this == I32; }
    public boolean isNumeric() { return this != BOOL; }

    public static DType fromIrName(String s) {
        for (DType d : values()) if (d.irName.equals(s)) return d;
        throw new IllegalArgumentException("unknown dtype " + s);
    }

    public static DType fromJavaName(String s) {
        for (DType d : values()) if (d.javaName.equals(s)) return d;
        return null;
    }
}
