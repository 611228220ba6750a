package dev.jaxc.frontend;

import java.util.LinkedHashSet;
import java.util.Set;

/**
 * What the alias analysis knows about an array-valued expression, relative to the array
 * variables in scope: which of them may name the same array ({@code aliases}), of which 2-D
 * variables it may be a row ({@code rowOf}), which params it may be or be part of; for a 2-D
 * value, which 1-D variables may name its rows ({@code rowVars}), which 2-D variables' rows
 * its rows may be ({@code rowsAlias}), which params its rows may belong to, and whether two of
 * its rows may be the same array ({@code rowsDup}). A fresh array knows nothing: all empty.
 */
record AliasValue(Set<Var> aliases, Set<Var> rowOf, Set<Var> params,
                  Set<Var> rowVars, Set<Var> rowsAlias, Set<Var> rowsParams, boolean rowsDup) {

    static AliasValue fresh() { return new AliasValue(Set.of(), Set.of(), Set.of(), Set.of(), Set.of(), Set.of(), false); }

    /** {@code b[i]} for this 2-D value b: a row. */
    AliasValue row() {
        return new AliasValue(rowVars, union(aliases, rowsAlias), union(params, rowsParams), Set.of(), Set.of(), Set.of(), false);
    }

    /** {@code b.clone()} for this 2-D value b: a new outer array sharing b's rows. */
    AliasValue shallowClone() {
        return new AliasValue(Set.of(), Set.of(), Set.of(), rowVars, union(aliases, rowsAlias), union(params, rowsParams), rowsDup);
    }

    /** Either of two values ({@code c ? x : y}). */
    AliasValue or(AliasValue o) {
        return new AliasValue(union(aliases, o.aliases), union(rowOf, o.rowOf), union(params, o.params),
                union(rowVars, o.rowVars), union(rowsAlias, o.rowsAlias), union(rowsParams, o.rowsParams), rowsDup || o.rowsDup);
    }

    static Set<Var> union(Set<Var> a, Set<Var> b) {
        Set<Var> out = new LinkedHashSet<>(a);
        out.addAll(b);
        return out;
    }
}
