package dev.jaxc.ir.prim;

/** Comparisons with Java semantics: every ordered comparison with NaN is false, NaN != NaN. */
public enum CmpOp {
    EQ("eq"), NE("ne"), LT("lt"), LE("le"), GT("gt"), GE("ge");

    private final String irName;

    CmpOp(String irName) { this.irName = irName; }

    public String irName() { return irName; }

    public static CmpOp fromIrName(String s) {
        for (CmpOp o : values()) if (o.irName.equals(s)) return o;
        return null;
    }
}
