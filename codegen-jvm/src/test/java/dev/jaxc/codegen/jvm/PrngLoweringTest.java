package dev.jaxc.codegen.jvm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.objectweb.asm.Opcodes.*;

import dev.jaxc.ir.Builder;
import dev.jaxc.ir.DType;
import dev.jaxc.ir.Function;
import dev.jaxc.ir.Loc;
import dev.jaxc.ir.Program;
import dev.jaxc.ir.Type;
import dev.jaxc.ir.Value;
import dev.jaxc.ir.prim.Prng;
import dev.jaxc.ir.prim.PrngFn;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.objectweb.asm.tree.AbstractInsnNode;
import org.objectweb.asm.tree.FieldInsnNode;
import org.objectweb.asm.tree.MethodInsnNode;

/**
 * prng ops become calls of the runtime: invokestatic Random.m, or getstatic Threefry.LEGACY and
 * invokevirtual. The runtime is not on this module's class path, so the tests read the bytecode
 * (which the verifier accepts) instead of running it; the testdata module runs it.
 */
class PrngLoweringTest {
    private static final String C = "t.Rng";
    private static Compiled compiled;

    static Function fn(String name, List<Type> params, List<String> names, Builder.RegionBody body) {
        return Builder.function(C + "." + name, params, names, Loc.UNKNOWN, body);
    }

    static String f(String name) { return C + "." + name; }

    @BeforeAll
    static void build() {
        Program p = new Program();
        // normal(key) + uniform(foldIn(key, 1), -1, 1)
        p.add(fn("scalars", List.of(Type.I64), List.of("key"), (b, ps) -> {
            Value z = b.prng(PrngFn.NORMAL, ps.get(0));
            Value k1 = b.prng(PrngFn.FOLD_IN, ps.get(0), b.i32(1));
            Value u = b.prng(PrngFn.UNIFORM_RANGE, k1, b.f64(-1), b.f64(1));
            return List.of(b.add(z, u));
        }));
        // u = uniform(key, n); for (i < n) u[i] = u[i] * 2: the draw's array is written in place
        p.add(fn("ownDraw", List.of(Type.I64, Type.I32), List.of("key", "n"), (b, ps) -> {
            Value u = b.prng(PrngFn.UNIFORM_N, ps.get(0), ps.get(1));
            return b.forLoop(b.i32(0), ps.get(1), 1, false, List.of(), List.of(u), (bb, q) ->
                    List.of(bb.arraySet(q.get(1), q.get(0), bb.mul(bb.arrayGet(q.get(1), q.get(0)), bb.f64(2)))));
        }));
        // legacy split of a computed key, an unused draw, a legacy draw with an array input
        p.add(fn("legacy", List.of(Type.I64, Type.array(DType.F64, 1)), List.of("key", "logits"), (b, ps) -> {
            Value k = b.prng(PrngFn.FOLD_IN, ps.get(0), b.i32(7));
            Value keys = b.emit1(new Prng(PrngFn.SPLIT_N, true), k, b.i32(3));
            b.prng(PrngFn.BITS, ps.get(0));
            Value c = b.emit1(new Prng(PrngFn.CATEGORICAL, true), b.arrayGet(keys, b.i32(2)), ps.get(1));
            return List.of(c);
        }));
        // every method in both modes, for the verifier
        p.add(fn("every", List.of(Type.I64, Type.I32, Type.F64, Type.F32, Type.BOOL, Type.array(DType.F64, 1), Type.array(DType.F32, 1)),
                List.of("key", "n", "d", "f", "z", "p", "pf"), (b, ps) -> {
            Value acc = b.i32(0);
            for (boolean legacy : new boolean[] {false, true})
                for (PrngFn fn : PrngFn.values()) {
                    if (legacy && !fn.hasLegacy()) continue;
                    List<Value> in = new ArrayList<>();
                    for (Type t : fn.params()) in.add(arg(b, t, ps));
                    Value r = b.emit(new Prng(fn, legacy), in, List.of()).get(0);
                    Value h = r.type().isArray() ? b.arrayLength(r) : r.type().equals(Type.BOOL) ? b.select(r, b.i32(1), b.i32(0)) : b.convert(r, DType.I32);
                    acc = b.add(acc, h);
                }
            return List.of(acc);
        }));
        compiled = Compiled.of(p, C);
    }

    private static Value arg(Builder b, Type t, List<Value> ps) {
        if (t.equals(Type.I64)) return ps.get(0);
        if (t.equals(Type.I32)) return ps.get(1);
        if (t.equals(Type.F64)) return ps.get(2);
        if (t.equals(Type.F32)) return ps.get(3);
        if (t.equals(Type.BOOL)) return ps.get(4);
        return t.dtype() == DType.F64 ? ps.get(5) : ps.get(6);
    }

    private static List<String> calls(String fn) {
        List<String> out = new ArrayList<>();
        for (AbstractInsnNode i : compiled.methodNode(fn).instructions) {
            if (i instanceof MethodInsnNode m) out.add((m.getOpcode() == INVOKESTATIC ? "static " : "virtual ") + m.owner + "." + m.name + m.desc);
            if (i instanceof FieldInsnNode fi && fi.getOpcode() == GETSTATIC) out.add("getstatic " + fi.owner + "." + fi.name + ":" + fi.desc);
        }
        return out;
    }

    @Test
    void drawsAreInvokestaticsOfRandom() {
        assertEquals(List.of(
                "static dev/jaxc/random/Random.normal(J)D",
                "static dev/jaxc/random/Random.foldIn(JI)J",
                "static dev/jaxc/random/Random.uniform(JDD)D"), calls(f("scalars")), compiled.text(f("scalars")));
    }

    @Test
    void legacyDrawsCallThreefryLegacyWithTheReceiverFirst() {
        assertEquals(List.of(
                "static dev/jaxc/random/Random.foldIn(JI)J",
                "getstatic dev/jaxc/random/Threefry.LEGACY:Ldev/jaxc/random/Threefry;",
                "virtual dev/jaxc/random/Threefry.split(JI)[J",
                "static dev/jaxc/random/Random.bits(J)I",
                "getstatic dev/jaxc/random/Threefry.LEGACY:Ldev/jaxc/random/Threefry;",
                "virtual dev/jaxc/random/Threefry.categorical(J[D)I"), calls(f("legacy")), compiled.text(f("legacy")));
        // the unused draw's int is popped
        assertTrue(compiled.count(f("legacy"), POP) >= 1, compiled.text(f("legacy")));
    }

    @Test
    void aDrawnArrayIsOwnedAndWrittenInPlace() {
        assertEquals(0, compiled.allocations(f("ownDraw")), compiled.text(f("ownDraw")));
        assertEquals(1, compiled.count(f("ownDraw"), DASTORE));
    }

    @Test
    void everyMethodInBothModesVerifies() {
        long statics = calls(f("every")).stream().filter(s -> s.startsWith("static dev/jaxc/random/Random.")).count();
        long virtuals = calls(f("every")).stream().filter(s -> s.startsWith("virtual dev/jaxc/random/Threefry.")).count();
        assertEquals(PrngFn.values().length, statics);
        assertEquals(PrngFn.values().length - 1, virtuals);
    }
}
