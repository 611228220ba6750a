package dev.jaxc.ir;

import dev.jaxc.ir.prim.*;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Appends ops to one region under construction; nested regions get their own builder through
 * {@link #region}. Every emitted op is type-checked by its primitive's type rule at once, so a
 * pass that builds ill-typed IR fails where it does so.
 */
public final class Builder {
    /** Builds the ops of a region from its parameters and returns what it yields. */
    @FunctionalInterface
    public interface RegionBody {
        List<Value> build(Builder b, List<Value> params);
    }

    private final List<Op> ops = new ArrayList<>();
    private Loc loc = Loc.UNKNOWN;

    public Builder() {}

    private Builder(Loc loc) { this.loc = loc; }

    /** Location stamped on the ops emitted from now on. */
    public Builder at(Loc loc) {
        this.loc = loc == null ? Loc.UNKNOWN : loc;
        return this;
    }

    public Loc loc() { return loc; }

    public List<Op> ops() { return ops; }

    /** Appends an already-built op (passes that copy ops unchanged use this). */
    public Op append(Op op) {
        ops.add(op);
        return op;
    }

    public List<Value> emit(Primitive p, List<Value> inputs, List<Region> regions) {
        List<Type> in = inputs.stream().map(Value::type).toList();
        List<Type> outTypes;
        try {
            outTypes = p.typeRule(in, regions);
        } catch (TypeError e) {
            throw new TypeError(loc + ": " + e.getMessage());
        }
        List<Value> results = new ArrayList<>(outTypes.size());
        for (Type t : outTypes) results.add(new Value(t));
        ops.add(new Op(p, inputs, results, regions, loc));
        return results;
    }

    public Value emit1(Primitive p, Value... inputs) {
        List<Value> r = emit(p, Arrays.asList(inputs), List.of());
        if (r.size() != 1) throw new IllegalStateException(p.name() + " gives " + r.size() + " results");
        return r.get(0);
    }

    /** Builds a closed region whose parameters have the given types (hints may be null). */
    public Region region(List<Type> paramTypes, List<String> hints, RegionBody body) {
        List<Value> params = new ArrayList<>(paramTypes.size());
        for (int i = 0; i < paramTypes.size(); i++)
            params.add(new Value(paramTypes.get(i), hints == null ? null : hints.get(i)));
        Builder inner = new Builder(loc);
        List<Value> yields = body.build(inner, params);
        return new Region(params, inner.ops, yields);
    }

    public Region region(List<Type> paramTypes, RegionBody body) { return region(paramTypes, null, body); }

    /** Finishes this builder's ops into a region with the given parameters and yields. */
    public Region finish(List<Value> params, List<Value> yields) { return new Region(params, ops, yields); }

    /** Builds a function from parameter types and names. */
    public static Function function(String name, List<Type> paramTypes, List<String> paramNames, Loc loc, RegionBody body) {
        Builder b = new Builder(loc);
        Region r = b.region(paramTypes, paramNames, body);
        return new Function(name, r, List.of(), loc);
    }

    // ---- constants -------------------------------------------------------------------------

    public Value constant(Const c) { return emit1(c); }
    public Value f64(double d) { return emit1(Const.ofDouble(d)); }
    public Value f32(float f) { return emit1(Const.ofFloat(f)); }
    public Value i32(int i) { return emit1(Const.ofInt(i)); }
    public Value i64(long l) { return emit1(Const.ofLong(l)); }
    public Value bool(boolean b) { return emit1(Const.ofBool(b)); }
    public Value zero(DType d) { return emit1(Const.zero(d)); }
    public Value one(DType d) { return emit1(Const.one(d)); }
    /** A constant of the dtype, converted as a Java cast from double. */
    public Value constant(DType d, double v) { return emit1(Const.of(d, v)); }

    // ---- elementwise -----------------------------------------------------------------------

    public Value unary(UnaryOp op, Value a) { return emit1(new Unary(op), a); }
    public Value binary(BinaryOp op, Value a, Value b) { return emit1(new Binary(op), a, b); }
    public Value add(Value a, Value b) { return binary(BinaryOp.ADD, a, b); }
    public Value sub(Value a, Value b) { return binary(BinaryOp.SUB, a, b); }
    public Value mul(Value a, Value b) { return binary(BinaryOp.MUL, a, b); }
    public Value div(Value a, Value b) { return binary(BinaryOp.DIV, a, b); }
    public Value neg(Value a) { return unary(UnaryOp.NEG, a); }
    public Value not(Value a) { return unary(UnaryOp.NOT, a); }
    public Value compare(CmpOp op, Value a, Value b) { return emit1(new Compare(op), a, b); }
    public Value convert(Value a, DType to) { return a.type().dtype() == to ? a : emit1(new Convert(to), a); }
    public Value select(Value p, Value a, Value b) { return emit1(new Select(), p, a, b); }

    // ---- arrays ----------------------------------------------------------------------------

    public Value arrayNew(DType elem, int rank, Value... dims) { return emit1(new ArrayNew(elem, rank), dims); }
    public Value arrayLiteral(DType elem, int rank, List<Value> elems) {
        return emit(new ArrayLiteral(elem, rank), elems, List.of()).get(0);
    }
    public Value arrayGet(Value a, Value... idx) {
        Value[] in = new Value[idx.length + 1];
        in[0] = a;
        System.arraycopy(idx, 0, in, 1, idx.length);
        return emit1(new ArrayGet(idx.length), in);
    }
    /** {@code arraySet(a, i, [j,] v)}: the last argument is the stored value. */
    public Value arraySet(Value a, Value... idxThenValue) {
        Value[] in = new Value[idxThenValue.length + 1];
        in[0] = a;
        System.arraycopy(idxThenValue, 0, in, 1, idxThenValue.length);
        return emit1(new ArraySet(idxThenValue.length - 1), in);
    }
    public Value arrayLength(Value a) { return emit1(new ArrayLength(), a); }
    public Value arrayCopy(Value a) { return emit1(new ArrayCopy(), a); }

    // ---- runtime PRNG ---------------------------------------------------------------------

    /** {@code Random.<fn>(inputs)}; inputs must have exactly the method's parameter types. */
    public Value prng(PrngFn fn, Value... inputs) { return emit1(new Prng(fn), inputs); }

    // ---- calls and control flow -----------------------------------------------------------

    public List<Value> call(String callee, List<Type> resultTypes, List<Value> args) {
        return emit(new Call(callee, resultTypes), args, List.of());
    }

    /** {@code cond(p, operands) {then} {else}}; both bodies receive fresh parameters for the operands. */
    public List<Value> cond(Value p, List<Value> operands, RegionBody then, RegionBody otherwise) {
        List<Type> types = operands.stream().map(Value::type).toList();
        List<String> hints = operands.stream().map(Value::hint).toList();
        Region t = region(types, hints, then);
        Region e = region(types, hints, otherwise);
        List<Value> in = new ArrayList<>();
        in.add(p);
        in.addAll(operands);
        return emit(new Cond(), in, List.of(t, e));
    }

    /** A counted loop; the body receives {@code (i, consts..., carries...)} and yields the next carries. */
    public List<Value> forLoop(Value lo, Value hi, int step, boolean inclusive, List<Value> consts, List<Value> inits, RegionBody body) {
        List<Value> in = new ArrayList<>();
        in.add(lo);
        in.add(hi);
        in.addAll(consts);
        in.addAll(inits);
        List<Type> pt = new ArrayList<>();
        List<String> hints = new ArrayList<>();
        pt.add(Type.I32);
        hints.add("i");
        for (Value v : in.subList(2, in.size())) {
            pt.add(v.type());
            hints.add(v.hint());
        }
        Region r = region(pt, hints, body);
        return emit(new ForLoop(step, inclusive, consts.size()), in, List.of(r));
    }

    /** A while loop; cond yields {@code (bool, carries...)}, body yields carries; both get {@code (consts..., carries...)}. */
    public List<Value> whileLoop(List<Value> consts, List<Value> inits, RegionBody cond, RegionBody body) {
        List<Value> in = new ArrayList<>(consts);
        in.addAll(inits);
        List<Type> pt = in.stream().map(Value::type).toList();
        List<String> hints = in.stream().map(Value::hint).toList();
        Region c = region(pt, hints, cond);
        Region bd = region(pt, hints, body);
        return emit(new WhileLoop(consts.size()), in, List.of(c, bd));
    }
}
