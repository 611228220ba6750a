package dev.jaxc.ir.prim;

import dev.jaxc.ir.DType;

/** The elementwise two-input operations: Java's binary operators and two-argument {@code Math} functions. */
public enum BinaryOp {
    ADD("add", Domain.NUMERIC), SUB("sub", Domain.NUMERIC), MUL("mul", Domain.NUMERIC),
    /** Integer division throws ArithmeticException on a zero divisor, as in Java. */
    DIV("div", Domain.NUMERIC),
    /** Java's {@code %}: truncated remainder (fmod for floats). */
    REM("rem", Domain.NUMERIC),
    AND("and", Domain.INTEGER_OR_BOOL), OR("or", Domain.INTEGER_OR_BOOL), XOR("xor", Domain.INTEGER_OR_BOOL),
    /** Shifts take an i32 count (Java masks it to 5 or 6 bits). */
    SHL("shl", Domain.SHIFT), SHR("shr", Domain.SHIFT), USHR("ushr", Domain.SHIFT),
    MIN("min", Domain.NUMERIC), MAX("max", Domain.NUMERIC),
    POW("pow", Domain.F64_ONLY), ATAN2("atan2", Domain.F64_ONLY), HYPOT("hypot", Domain.F64_ONLY),
    COPYSIGN("copysign", Domain.FLOAT_ANY);

    public enum Domain { NUMERIC, INTEGER_OR_BOOL, SHIFT, F64_ONLY, FLOAT_ANY }

    private final String irName;
    private final Domain domain;

    BinaryOp(String irName, Domain domain) {
        this.irName = irName;
        this.domain = domain;
    }

    public String irName() { return irName; }
    public Domain domain() { return domain; }

    /** Math functions ({@code Math.min}, {@code Math.pow}, ...) as opposed to operators. */
    public boolean isMathFunction() { return ordinal() >= MIN.ordinal(); }

    public boolean accepts(DType d) {
        return switch (domain) {
            case NUMERIC -> d.isNumeric();
            case INTEGER_OR_BOOL -> d.isInteger() || d == DType.BOOL;
            case SHIFT -> d.isInteger();
            case F64_ONLY -> d == DType.F64;
            case FLOAT_ANY -> d.isFloat();
        };
    }

    public static BinaryOp fromIrName(String s) {
        for (BinaryOp o : values()) if (o.irName.equals(s)) return o;
        return null;
    }
}
