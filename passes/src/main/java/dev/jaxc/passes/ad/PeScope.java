package dev.jaxc.passes.ad;

import dev.jaxc.ir.Builder;
import dev.jaxc.ir.Op;
import dev.jaxc.ir.Value;
import dev.jaxc.ir.prim.Const;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * One region being split by partial evaluation: a builder for its known (primal) part and one
 * for its linear part. When a linear op needs a known value, {@link #toLinear} makes it
 * available on the linear side; how depends on the region (a residual parameter of the linear
 * function, a value passed through a cond, a constant or a per-iteration tape of a loop, a
 * cheap recomputation).
 */
abstract class PeScope {
    final Builder kb;
    final Builder lb;
    private final Map<Value, Value> imported = new HashMap<>();
    /** Defining ops of known-side values (the partial evaluator's table). */
    final Map<Value, Op> kdefs;

    PeScope(Builder kb, Builder lb, Map<Value, Op> kdefs) {
        this.kb = kb;
        this.lb = lb;
        this.kdefs = kdefs;
    }

    /** The linear-side counterpart of a known-side value of this region. */
    final Value toLinear(Value known) {
        Value v = imported.get(known);
        if (v == null) {
            Const c = constantOf(known);
            v = c != null ? lb.constant(c) : importKnown(known); // constants are re-emitted, never passed
            imported.put(known, v);
        }
        return v;
    }

    boolean isImported(Value known) { return imported.containsKey(known); }

    private Const constantOf(Value known) {
        Op def = kdefs.get(known);
        return def != null && def.prim() instanceof Const c ? c : null;
    }

    abstract Value importKnown(Value known);

    /** A value passed into a closed linear region as a parameter, with where it comes from outside. */
    record Import(Value param, Value outer) {}

    /** The top level of a split function: every needed known value becomes a residual. */
    static final class Top extends PeScope {
        final List<Value> residualKnown = new ArrayList<>();
        final List<Value> residualParams = new ArrayList<>();

        Top(Builder kb, Builder lb, Map<Value, Op> kdefs) { super(kb, lb, kdefs); }

        @Override Value importKnown(Value known) {
            Value p = new Value(known.type(), known.hint());
            residualKnown.add(known);
            residualParams.add(p);
            return p;
        }
    }

    /**
     * A cond branch: a known value is either a branch parameter, whose operand is passed to the
     * linear cond as well ("pass-through"), or a residual the known cond yields as an extra result.
     */
    static final class Branch extends PeScope {
        /** Known-side branch parameter → operand index. */
        final Map<Value, Integer> knownParamOperand = new HashMap<>();
        final Map<Integer, Value> passThrough = new HashMap<>();
        final List<Value> residualKnown = new ArrayList<>();
        final List<Value> residualParams = new ArrayList<>();

        Branch(Builder kb, Builder lb, Map<Value, Op> kdefs) { super(kb, lb, kdefs); }

        @Override Value importKnown(Value known) {
            Integer operand = knownParamOperand.get(known);
            if (operand != null) return passThrough.computeIfAbsent(operand, i -> new Value(known.type(), known.hint()));
            Value p = new Value(known.type(), known.hint());
            residualKnown.add(known);
            residualParams.add(p);
            return p;
        }
    }

    /**
     * A loop body (or a while condition). Known values reach the linear loop as: the
     * iteration's index (recomputed from the linear loop's counter), loop constants (passed as
     * constants of the linear loop), cheap pure ops over those (recomputed), or else a
     * per-iteration tape written by the forward loop and read by the linear loop.
     */
    static final class LoopBody extends PeScope {
        private final PartialEvaluator pe;
        private final PeScope outer;
        /** The linear loop's iteration counter k (0, 1, ...). */
        final Value k = new Value(dev.jaxc.ir.Type.I32, "k");
        /** Known-side index parameter of a counted loop (null for while), its lo (outer known) and step. */
        Value indexKnown;
        Value loOuter;
        int step;
        /** The import standing for the loop's lo (set when the index is first needed), and the forward trip count. */
        Value loImport;
        Value tripCount;
        /** Known-side constant parameter → the outer known value it stands for. */
        final Map<Value, Value> constOuter = new HashMap<>();
        final List<Import> imports = new ArrayList<>();
        private final Map<Value, Value> importByOuter = new HashMap<>();
        /** Known-side values taped per iteration, and the linear-side parameter of each tape. */
        final List<Value> taped = new ArrayList<>();
        final List<Value> tapeParams = new ArrayList<>();
        private final Map<Value, Boolean> free = new HashMap<>();

        LoopBody(PartialEvaluator pe, PeScope outer, Builder kb, Builder lb) {
            super(kb, lb, pe.kdefs);
            this.pe = pe;
            this.outer = outer;
        }

        /** A linear-region parameter for a value of the enclosing linear region. */
        Value importOuter(Value outerLinear) {
            Value p = importByOuter.get(outerLinear);
            if (p == null) {
                p = new Value(outerLinear.type(), outerLinear.hint());
                importByOuter.put(outerLinear, p);
                imports.add(new Import(p, outerLinear));
            }
            return p;
        }

        @Override Value importKnown(Value known) {
            if (known == indexKnown) {
                loImport = importOuter(outer.toLinear(loOuter));
                return LoopIndex.index(lb, loImport, k, step);
            }
            Value c = constOuter.get(known);
            if (c != null) return importOuter(outer.toLinear(c));
            if (isFree(known) || cheapOverImported(known)) {
                dev.jaxc.ir.Op def = pe.kdefs.get(known);
                List<Value> in = new ArrayList<>();
                for (Value v : def.inputs()) in.add(toLinear(v));
                List<Value> out = new ArrayList<>();
                for (Value r : def.results()) out.add(new Value(r.type(), r.hint()));
                lb.append(new dev.jaxc.ir.Op(def.prim(), in, out, List.of(), def.loc()));
                return out.get(def.results().indexOf(known));
            }
            Value tp = new Value(Tapes.tapeType(known.type()), known.hint() == null ? "tape" : known.hint() + "_tape");
            taped.add(known);
            tapeParams.add(tp);
            return Tapes.read(lb, tp, k);
        }

        /** A cheap op whose inputs the linear side has anyway: recomputing beats another tape. */
        private boolean cheapOverImported(Value v) {
            dev.jaxc.ir.Op def = pe.kdefs.get(v);
            if (def == null || !Remat.cheap(def)) return false;
            for (Value in : def.inputs()) if (!isImported(in) && !isFree(in)) return false;
            return true;
        }

        /** Recomputable from the index and loop constants by cheap pure ops. */
        private boolean isFree(Value v) {
            Boolean b = free.get(v);
            if (b != null) return b;
            boolean r;
            if (v == indexKnown || constOuter.containsKey(v)) {
                r = true;
            } else {
                dev.jaxc.ir.Op def = pe.kdefs.get(v);
                r = def != null && Remat.cheap(def);
                if (r) for (Value in : def.inputs()) r &= isFree(in);
            }
            free.put(v, r);
            return r;
        }
    }
}
