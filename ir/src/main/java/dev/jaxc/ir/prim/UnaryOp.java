package dev.jaxc.ir.prim;

import dev.jaxc.ir.DType;

/** The elementwise one-input operations: Java's unary operators and {@code Math} functions. */
public enum UnaryOp {
    NEG("neg", Domain.NUMERIC), NOT("not", Domain.BOOL), BIT_NOT("bitnot", Domain.INTEGER),
    SIN("sin"), COS("cos"), TAN("tan"), ASIN("asin"), ACOS("acos"), ATAN("atan"),
    SINH("sinh"), COSH("cosh"), TANH("tanh"),
    EXP("exp"), EXPM1("expm1"), LOG("log"), LOG1P("log1p"), LOG10("log10"),
    SQRT("sqrt"), CBRT("cbrt"),
    ABS("abs", Domain.NUMERIC), FLOOR("floor"), CEIL("ceil"), RINT("rint"),
    SIGNUM("signum", Domain.FLOAT_ANY);

    /** Which dtypes an operation accepts (Java's overloads). */
    public enum Domain { NUMERIC, BOOL, INTEGER, F64_ONLY, FLOAT_ANY }

    private final String irName;
    private final Domain domain;

    UnaryOp(String irName) { this(irName, Domain.F64_ONLY); }

    UnaryOp(String irName, Domain domain) {
        this.irName = irName;
        this.domain = domain;
    }

    public String irName() { return irName; }
    public Domain domain() { return domain; }

    /** Math functions (as opposed to operators): {@code Math.x} or {@code StrictMath.x} in Java. */
    public boolean isMathFunction() { return ordinal() >= SIN.ordinal(); }

    public boolean accepts(DType d) {
        return switch (domain) {
            case NUMERIC -> d.isNumeric();
            case BOOL -> d == DType.BOOL;
            case INTEGER -> d.isInteger();
            case F64_ONLY -> d == DType.F64;
            case FLOAT_ANY -> d.isFloat();
        };
    }

    public static UnaryOp fromIrName(String s) {
        for (UnaryOp o : values()) if (o.irName.equals(s)) return o;
        return null;
    }
}
