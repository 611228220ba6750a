package dev.jaxc.testdata;

import static org.junit.jupiter.api.Assertions.*;

import dev.jaxc.compiler.SourceCollector;
import dev.jaxc.frontend.ClassUnit;
import dev.jaxc.frontend.DeriveDecl;
import dev.jaxc.frontend.JavaFrontend;
import dev.jaxc.passes.expr.TransformExpr;
import dev.jaxc.passes.expr.TransformExpr.Apply;
import dev.jaxc.passes.expr.TransformExpr.Arg;
import dev.jaxc.passes.expr.TransformExpr.FnRef;
import dev.jaxc.passes.expr.TransformExpr.IntArg;
import dev.jaxc.passes.expr.TransformExpr.KwArg;
import dev.jaxc.passes.expr.TransformExpr.TupleArg;
import dev.jaxc.passes.expr.TransformExprParser;
import java.lang.reflect.Array;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Every {@code vmap}/{@code pmap} derive of testdata against what it batches, lane by lane:
 * {@code vmap(f)(xs)[i]} equals {@code f(xs[i])} bit for bit (NaNs as in {@link Outcome}), where
 * f is the javac-compiled method, or for {@code vmap(grad(f))} and the like, the companion
 * method of the derive with that inner expression. Batches are made of random lanes on which f
 * returns; a batch with one lane on which f throws must throw the same exception type.
 */
class BatchedDerivesTest {
    /** Batch sizes: empty, one lane, a few, more than a tile; pmap also over several chunks. */
    private static final int[] SIZES = {0, 1, 5, 515};
    private static final int[] PMAP_SIZES = {3, 9000};

    private record Case(String cls, String name, Apply expr, String inner) {}

    private static List<Case> cases() throws Exception {
        List<Case> out = new ArrayList<>();
        for (ClassUnit cu : JavaFrontend.compile(SourceCollector.collect(List.of(CompiledTestdata.SOURCES))).classes()) {
            List<DeriveDecl> ds = cu.derives();
            for (DeriveDecl d : ds) {
                TransformExpr e = TransformExprParser.parse(d.expr());
                if (!(e instanceof Apply a) || !(a.transform().equals("vmap") || a.transform().equals("pmap"))) continue;
                String inner;
                if (a.fn() instanceof FnRef r) {
                    inner = r.name();
                } else {
                    String canon = ((Apply) a.fn()).canonical();
                    inner = ds.stream().filter(o -> canonical(o.expr()).equals(canon)).map(DeriveDecl::name).findFirst()
                            .orElseThrow(() -> new AssertionError(d.name() + ": declare a derive of " + canon + " to check it against"));
                }
                out.add(new Case(cu.binaryName(), d.name(), a, inner));
            }
        }
        return out;
    }

    private static String canonical(String expr) {
        try {
            return TransformExprParser.parse(expr).canonical();
        } catch (TransformExprParser.SyntaxError e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void atLeastTwentyBatchedPrograms() throws Exception {
        long programs = cases().stream().filter(c -> c.expr().fn() instanceof FnRef).map(Case::inner).distinct().count();
        assertTrue(programs >= 20, "only " + programs + " programs are vmapped");
    }

    @TestFactory
    Stream<DynamicTest> batchedEqualsPerLane() throws Exception {
        CompiledTestdata td = CompiledTestdata.get();
        List<DynamicTest> tests = new ArrayList<>();
        for (Case c : cases()) tests.add(DynamicTest.dynamicTest(c.name() + " = " + c.expr().canonical(), () -> check(td, c)));
        return tests.stream();
    }

    /** The per-lane reference: the javac method, or the companion method of a derive. */
    private static Method reference(CompiledTestdata td, Case c) throws Exception {
        Class<?> src = Class.forName(c.cls());
        for (Method m : src.getDeclaredMethods()) if (m.getName().equals(c.inner())) return m;
        for (Method m : td.companion(c.cls()).getDeclaredMethods()) if (m.getName().equals(c.inner())) return m;
        throw new AssertionError("no method " + c.inner());
    }

    private static void check(CompiledTestdata td, Case c) throws Exception {
        Method f = reference(td, c);
        Class<?>[] types = f.getParameterTypes();
        List<Integer> axes = inAxes(c.expr(), types.length);
        int outAxis = outAxis(c.expr());
        Method batched = null;
        for (Method m : td.companion(c.cls()).getDeclaredMethods()) if (m.getName().equals(c.name())) batched = m;
        assertNotNull(batched);
        for (int k = 0; k < types.length; k++)
            assertEquals(axes.get(k) == null ? types[k] : types[k].arrayType(), batched.getParameterTypes()[k], "parameter " + k + " type");
        Method source = findSource(c);
        Domain domain = source == null ? null : source.getAnnotation(Domain.class);
        InputGenerator gen = new InputGenerator(c.name().hashCode(), domain == null ? InputGenerator.DEFAULT : domain);
        for (int n : c.expr().transform().equals("pmap") ? PMAP_SIZES : SIZES) {
            // Along axis 1 every lane's array has one length (at least 1: a batch of empty arrays has no
            // lane count); out_axes=1 stacks results of one length.
            boolean columns = axes.contains(1) || outAxis == 1;
            Object[] first = gen.args(types);
            int len = columns ? 1 + Math.abs(c.name().hashCode() % 6) : -1;
            if (columns) do first = gen.args(types, len); while (nullColumn(first, axes));
            List<Object[]> good = new ArrayList<>(), bad = new ArrayList<>();
            for (int tries = 0; good.size() < n && tries < 50 * n + 50; tries++) {
                Object[] lane = columns ? gen.args(types, len) : gen.args(types);
                if (nullColumn(lane, axes)) continue;
                for (int k = 0; k < types.length; k++) if (axes.get(k) == null) lane[k] = first[k];
                (Outcome.invoke(f, InputGenerator.copy(lane)).thrown() == null ? good : bad).add(lane);
            }
            assertTrue(n == 0 || good.size() > n / 2, c.name() + ": too few lanes on which the function returns");
            compare(c, f, batched, axes, outAxis, first, good);
            if (!bad.isEmpty() && !good.isEmpty()) {
                List<Object[]> withBad = new ArrayList<>(good);
                withBad.set(good.size() / 2, bad.get(0));
                compare(c, f, batched, axes, outAxis, first, withBad);
            }
        }
    }

    private static void compare(Case c, Method f, Method batched, List<Integer> axes, int outAxis, Object[] first, List<Object[]> lanes) {
        int n = lanes.size();
        Object[] args = new Object[axes.size()];
        for (int k = 0; k < args.length; k++) args[k] = assemble(batched.getParameterTypes()[k], axes.get(k), lanes, k, first[k]);
        Outcome got = Outcome.invoke(batched, args);
        Outcome firstThrow = null;
        List<Object> want = new ArrayList<>();
        for (Object[] lane : lanes) {
            Outcome o = Outcome.invoke(f, InputGenerator.copy(lane));
            if (o.thrown() != null && firstThrow == null) firstThrow = o;
            want.add(o.value());
        }
        if (firstThrow != null) {
            assertNotNull(got.thrown(), () -> c.name() + ": a lane throws but the batch returns");
            assertEquals(firstThrow.thrown().getClass(), got.thrown().getClass(), c.name() + ": exception type");
            return;
        }
        assertNull(got.thrown(), () -> c.name() + ": the batch of " + n + " lanes throws " + got.thrown());
        // Several results come as a record of batched arrays (each lane's call returns a record of values).
        Object[] parts = got.value() instanceof Record r ? components(r) : new Object[] {got.value()};
        for (int k = 0; k < parts.length; k++) {
            for (int l = 0; l < n; l++) {
                Object have = outAxis == 0 ? Array.get(parts[k], l) : column(parts[k], l);
                Object expect = parts.length == 1 ? want.get(l) : components((Record) want.get(l))[k];
                String d = new Outcome(expect, null).differenceFrom(new Outcome(have, null));
                final int lane = l, part = k;
                assertNull(d, () -> c.name() + " lane " + lane + " of " + n + ", result " + part + ": " + d);
            }
            if (n > 0 || outAxis == 0) assertEquals(n, outAxis == 0 ? Array.getLength(parts[k]) : Array.getLength(Array.get(parts[k], 0)));
        }
    }

    /** A null array has no column to hold it along axis 1. */
    private static boolean nullColumn(Object[] lane, List<Integer> axes) {
        for (int k = 0; k < lane.length; k++) if (Integer.valueOf(1).equals(axes.get(k)) && lane[k] == null) return true;
        return false;
    }

    private static Object[] components(Record r) {
        var rc = r.getClass().getRecordComponents();
        Object[] out = new Object[rc.length];
        try {
            for (int i = 0; i < rc.length; i++) {
                rc[i].getAccessor().setAccessible(true);
                out[i] = rc[i].getAccessor().invoke(r);
            }
        } catch (ReflectiveOperationException e) {
            throw new AssertionError(e);
        }
        return out;
    }

    private static Object assemble(Class<?> type, Integer axis, List<Object[]> lanes, int k, Object shared) {
        if (axis == null) return InputGenerator.copy(new Object[] {shared})[0];
        int n = lanes.size();
        if (axis == 0) {
            Object out = Array.newInstance(type.getComponentType(), n);
            for (int l = 0; l < n; l++) Array.set(out, l, InputGenerator.copy(new Object[] {lanes.get(l)[k]})[0]);
            return out;
        }
        int len = n == 0 ? 0 : Array.getLength(lanes.get(0)[k]);
        Object out = Array.newInstance(type.getComponentType(), len);
        for (int i = 0; i < len; i++) {
            Object row = Array.newInstance(type.getComponentType().getComponentType(), n);
            for (int l = 0; l < n; l++) Array.set(row, l, Array.get(lanes.get(l)[k], i));
            Array.set(out, i, row);
        }
        return out;
    }

    private static Object column(Object rows, int l) {
        int m = Array.getLength(rows);
        Object out = Array.newInstance(rows.getClass().getComponentType().getComponentType(), m);
        for (int i = 0; i < m; i++) Array.set(out, i, Array.get(Array.get(rows, i), l));
        return out;
    }

    private static Method findSource(Case c) throws Exception {
        String root = c.expr().canonical().replaceAll("^([a-z]+\\()+", "").replaceAll("[,)].*$", "");
        for (Method m : Class.forName(c.cls()).getDeclaredMethods()) if (m.getName().equals(root)) return m;
        return null;
    }

    private static List<Integer> inAxes(Apply a, int n) {
        KwArg k = a.kwargs().get("in_axes");
        Integer[] out = new Integer[n];
        if (k == null) {
            Arrays.fill(out, 0);
            return Arrays.asList(out);
        }
        List<Arg> items = k.value() instanceof TupleArg t ? t.items() : java.util.Collections.nCopies(n, k.value());
        for (int i = 0; i < n; i++) out[i] = items.get(i) instanceof IntArg v ? v.value() : null;
        return Arrays.asList(out);
    }

    private static int outAxis(Apply a) {
        KwArg k = a.kwargs().get("out_axes");
        return k == null ? 0 : ((IntArg) k.value()).value();
    }
}
