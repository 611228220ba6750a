package dev.jaxc.frontend;

import com.github.javaparser.ast.Node;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The alias analysis state at a program point: relations between the array variables in scope
 * (may name the same array; may be a row of; may share rows with; may be or hold a parameter;
 * may hold one array in two rows). Joins are unions; a dead state (after a jump) joins as
 * nothing. Variables leaving scope drop out of every relation: Java names that no longer exist
 * cannot observe a write.
 */
final class AliasState {
    boolean dead;
    final Set<Var> live = new LinkedHashSet<>();
    private final Map<Var, Set<Var>> alias = new LinkedHashMap<>();
    private final Map<Var, Set<Var>> rowOf = new LinkedHashMap<>();
    private final Map<Var, Set<Var>> rowsAlias = new LinkedHashMap<>();
    private final Map<Var, Set<Var>> params = new LinkedHashMap<>();
    private final Map<Var, Set<Var>> rowsParams = new LinkedHashMap<>();
    private final Set<Var> rowsDup = new LinkedHashSet<>();

    AliasState copy() {
        AliasState c = new AliasState();
        c.dead = dead;
        c.live.addAll(live);
        copyInto(alias, c.alias);
        copyInto(rowOf, c.rowOf);
        copyInto(rowsAlias, c.rowsAlias);
        copyInto(params, c.params);
        copyInto(rowsParams, c.rowsParams);
        c.rowsDup.addAll(rowsDup);
        return c;
    }

    private static void copyInto(Map<Var, Set<Var>> from, Map<Var, Set<Var>> to) {
        from.forEach((k, v) -> to.put(k, new LinkedHashSet<>(v)));
    }

    /** The union of two states (control-flow merge). */
    AliasState join(AliasState o) {
        if (o.dead) return copy();
        if (dead) return o.copy();
        AliasState c = copy();
        c.live.addAll(o.live);
        mergeInto(o.alias, c.alias);
        mergeInto(o.rowOf, c.rowOf);
        mergeInto(o.rowsAlias, c.rowsAlias);
        mergeInto(o.params, c.params);
        mergeInto(o.rowsParams, c.rowsParams);
        c.rowsDup.addAll(o.rowsDup);
        return c;
    }

    private static void mergeInto(Map<Var, Set<Var>> from, Map<Var, Set<Var>> to) {
        from.forEach((k, v) -> to.computeIfAbsent(k, x -> new LinkedHashSet<>()).addAll(v));
    }

    private static Set<Var> get(Map<Var, Set<Var>> m, Var v) { return m.getOrDefault(v, Set.of()); }

    private static void add(Map<Var, Set<Var>> m, Var k, Var v) { m.computeIfAbsent(k, x -> new LinkedHashSet<>()).add(v); }

    Set<Var> alias(Var v) { return get(alias, v); }
    Set<Var> rowOf(Var v) { return get(rowOf, v); }
    Set<Var> rowsAlias(Var v) { return get(rowsAlias, v); }
    Set<Var> params(Var v) { return get(params, v); }
    Set<Var> rowsParams(Var v) { return get(rowsParams, v); }
    boolean rowsDup(Var v) { return rowsDup.contains(v); }

    /** A parameter array: it is the caller's (and so are its rows). */
    void declareParam(Var p) {
        live.add(p);
        add(params, p, p);
        if (p.type.rank() == 2) add(rowsParams, p, p);
    }

    /** Forgets a variable (it left scope, or is about to be rebound). */
    void remove(Var v) {
        live.remove(v);
        for (Map<Var, Set<Var>> m : java.util.List.of(alias, rowOf, rowsAlias, params, rowsParams)) {
            m.remove(v);
            m.values().forEach(s -> s.remove(v));
        }
        rowsDup.remove(v);
    }

    /** Forgets the variables declared inside {@code n}. */
    void removeDeclaredWithin(Node n) {
        for (Var v : new java.util.ArrayList<>(live)) if (v.decl != null && Ast.isWithin(v.decl, n)) remove(v);
    }

    /** What the analysis knows about the array variable {@code w} holds now. */
    AliasValue valueOf(Var w) {
        Set<Var> names = new LinkedHashSet<>();
        names.add(w);
        names.addAll(alias(w));
        Set<Var> rows = new LinkedHashSet<>(), holders = new LinkedHashSet<>(names), ps = new LinkedHashSet<>(), rps = new LinkedHashSet<>(), rowVars = new LinkedHashSet<>();
        boolean dup = false;
        for (Var x : names) {
            rows.addAll(rowOf(x));
            holders.addAll(rowsAlias(x));
            ps.addAll(params(x));
            rps.addAll(rowsParams(x));
            dup |= rowsDup(x);
        }
        for (Var r : live)
            for (Var m : rowOf(r)) if (names.contains(m)) rowVars.add(r);
        return new AliasValue(names, rows, ps, rowVars, holders, rps, dup);
    }

    /** {@code v = <value>}: v now names that array. */
    void bind(Var v, AliasValue a) {
        remove(v);
        live.add(v);
        for (Var x : a.aliases()) if (x != v) { add(alias, v, x); add(alias, x, v); }
        for (Var m : a.rowOf()) if (m != v) add(rowOf, v, m);
        for (Var r : a.rowVars()) if (r != v) add(rowOf, r, v);
        for (Var x : a.rowsAlias()) if (x != v) { add(rowsAlias, v, x); add(rowsAlias, x, v); }
        for (Var p : a.params()) add(params, v, p);
        for (Var p : a.rowsParams()) add(rowsParams, v, p);
        if (a.rowsDup()) rowsDup.add(v);
    }

    /** {@code m[i] = <row>}: the row is now also a row of m. */
    void storeRow(Var m, AliasValue row) {
        Set<Var> names = valueOf(m).aliases();
        boolean already = false;
        for (Var x : names) already |= row.rowOf().contains(x);
        for (Var x : names) {
            for (Var r : row.aliases()) add(rowOf, r, x);
            for (Var y : row.rowOf()) if (!names.contains(y)) { add(rowsAlias, x, y); add(rowsAlias, y, x); }
            for (Var p : row.params()) add(rowsParams, x, p);
            if (already) rowsDup.add(x);
        }
    }

    @Override public boolean equals(Object o) {
        return o instanceof AliasState s && dead == s.dead && live.equals(s.live) && norm(alias).equals(norm(s.alias))
                && norm(rowOf).equals(norm(s.rowOf)) && norm(rowsAlias).equals(norm(s.rowsAlias)) && norm(params).equals(norm(s.params))
                && norm(rowsParams).equals(norm(s.rowsParams)) && rowsDup.equals(s.rowsDup);
    }

    /** A relation without its empty entries (a removed variable leaves one behind). */
    private static Map<Var, Set<Var>> norm(Map<Var, Set<Var>> m) {
        Map<Var, Set<Var>> out = new LinkedHashMap<>();
        m.forEach((k, v) -> { if (!v.isEmpty()) out.put(k, v); });
        return out;
    }

    @Override public int hashCode() { return Objects.hash(dead, live, norm(alias), norm(rowOf)); }
}
