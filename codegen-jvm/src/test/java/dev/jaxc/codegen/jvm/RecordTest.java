package dev.jaxc.codegen.jvm;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.jaxc.ir.Builder;
import dev.jaxc.ir.DType;
import dev.jaxc.ir.Function;
import dev.jaxc.ir.Loc;
import dev.jaxc.ir.Program;
import dev.jaxc.ir.Type;
import dev.jaxc.ir.Value;
import java.io.IOException;
import java.lang.reflect.Modifier;
import java.lang.reflect.RecordComponent;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Multi-result functions return real records nested in their companion. */
class RecordTest {
    private static final Type D1 = Type.array(DType.F64, 1);
    private static Compiled compiled;

    static Function named(Function f, List<String> names) { return new Function(f.name(), f.body(), names, f.loc()); }

    @BeforeAll
    static void build() {
        Program p = new Program();
        // (value, grad) = (sum x^2, 2x)
        p.add(named(Builder.function("t.Rec.vg", List.of(D1), List.of("x"), Loc.UNKNOWN, (b, ps) -> {
            Value x = ps.get(0);
            Value n = b.arrayLength(x);
            List<Value> r = b.forLoop(b.i32(0), n, 1, false, List.of(x), List.of(b.f64(0), b.arrayNew(DType.F64, 1, n)), (bb, q) -> {
                Value xi = bb.arrayGet(q.get(1), q.get(0));
                return List.of(bb.add(q.get(2), bb.mul(xi, xi)), bb.arraySet(q.get(3), q.get(0), bb.mul(xi, bb.f64(2))));
            });
            return r;
        }), List.of("value", "grad")));
        p.add(Builder.function("t.Rec.loss$jvp", List.of(Type.F64, Type.I32), List.of("x", "k"), Loc.UNKNOWN, (b, ps) ->
                List.of(b.mul(ps.get(0), ps.get(0)), ps.get(1), b.bool(true))));
        // same companion: unpack both, one, or no results
        p.add(Builder.function("t.Rec.both", List.of(D1), List.of("x"), Loc.UNKNOWN, (b, ps) -> {
            List<Value> r = b.call("t.Rec.vg", List.of(Type.F64, D1), List.of(ps.get(0)));
            return List.of(b.add(r.get(0), b.arrayGet(r.get(1), b.i32(0))));
        }));
        p.add(Builder.function("t.Rec.second", List.of(Type.F64), List.of("x"), Loc.UNKNOWN, (b, ps) ->
                List.of(b.call("t.Rec.loss$jvp", List.of(Type.F64, Type.I32, Type.BOOL), List.of(ps.get(0), b.i32(4))).get(1))));
        p.add(Builder.function("t.Rec.none", List.of(Type.F64), List.of("x"), Loc.UNKNOWN, (b, ps) -> {
            b.call("t.Rec.loss$jvp", List.of(Type.F64, Type.I32, Type.BOOL), List.of(ps.get(0), b.i32(4)));
            return List.of(ps.get(0));
        }));
        // another companion calls through the accessors
        p.add(Builder.function("t.Use.value", List.of(D1), List.of("x"), Loc.UNKNOWN, (b, ps) -> {
            List<Value> r = b.call("t.Rec.vg", List.of(Type.F64, D1), List.of(ps.get(0)));
            return List.of(b.sub(r.get(0), b.arrayGet(r.get(1), b.i32(1))));
        }));
        compiled = Compiled.of(p, "t.Rec", "t.Use");
    }

    @Test
    void resultIsARealRecord() throws Exception {
        Object r = compiled.run("t.Rec.vg", (Object) new double[] {1, 2, 3});
        Class<?> c = r.getClass();
        assertEquals("t.RecJaxc$Vg", c.getName());
        assertTrue(c.isRecord());
        assertEquals("Vg", c.getSimpleName());
        assertEquals(compiled.load("t.RecJaxc"), c.getDeclaringClass());
        assertEquals(compiled.load("t.RecJaxc"), c.getNestHost());
        assertTrue(Modifier.isPublic(c.getModifiers()) && Modifier.isStatic(c.getModifiers()) && Modifier.isFinal(c.getModifiers()));
        RecordComponent[] rc = c.getRecordComponents();
        assertEquals(List.of("value", "grad"), Arrays.stream(rc).map(RecordComponent::getName).toList());
        assertEquals(List.of(double.class, double[].class), Arrays.stream(rc).map(RecordComponent::getType).toList());
        assertEquals(14.0, rc[0].getAccessor().invoke(r));
        assertArrayEquals(new double[] {2, 4, 6}, (double[]) rc[1].getAccessor().invoke(r));
        assertEquals(c, compiled.method("t.Rec.vg").getReturnType());
        assertTrue(r.toString().startsWith("Vg[value=14.0, grad=[D@"), r.toString());
        Object same = c.getDeclaredConstructor(double.class, double[].class).newInstance(14.0, rc[1].getAccessor().invoke(r));
        assertEquals(r, same);
        assertEquals(r.hashCode(), same.hashCode());
        assertNotEquals(r, c.getDeclaredConstructor(double.class, double[].class).newInstance(1.0, null));
        assertTrue(Arrays.asList(compiled.load("t.RecJaxc").getNestMembers()).contains(c));
    }

    @Test
    void dollarNamesAndDefaultComponentNames() throws Exception {
        Object r = compiled.run("t.Rec.loss$jvp", 3.0, 7);
        assertEquals("t.RecJaxc$Loss_jvp", r.getClass().getName());
        assertEquals(List.of("r0", "r1", "r2"), Arrays.stream(r.getClass().getRecordComponents()).map(RecordComponent::getName).toList());
        assertEquals("Loss_jvp[r0=9.0, r1=7, r2=true]", r.toString());
    }

    @Test
    void callsUnpackRecords() {
        double[] x = {1, 2, 3};
        assertEquals(14.0 + 2, compiled.run("t.Rec.both", (Object) x));
        assertEquals(4, compiled.run("t.Rec.second", 1.5));
        assertEquals(1.5, compiled.run("t.Rec.none", 1.5));
        assertEquals(14.0 - 4, compiled.run("t.Use.value", (Object) x));
    }

    @Test
    void javacSeesNestedRecords(@TempDir Path dir) throws IOException {
        for (Map.Entry<String, byte[]> e : compiled.classes.entrySet()) {
            Path f = dir.resolve("classes").resolve(e.getKey().replace('.', '/') + ".class");
            Files.createDirectories(f.getParent());
            Files.write(f, e.getValue());
        }
        Path src = dir.resolve("src/u/User.java");
        Files.createDirectories(src.getParent());
        Files.writeString(src, """
                package u;
                import t.RecJaxc;
                public class User {
                    public static double use(double[] x) {
                        RecJaxc.Vg r = RecJaxc.vg(x);
                        RecJaxc.Loss_jvp l = RecJaxc.loss$jvp(r.value(), 2);
                        return r.value() + r.grad()[0] + l.r0() + (l.r2() ? 1 : 0);
                    }
                }
                """);
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        java.io.ByteArrayOutputStream err = new java.io.ByteArrayOutputStream();
        int rc = javac.run(null, null, err, "-d", dir.resolve("out").toString(), "-cp", dir.resolve("classes").toString(), src.toString());
        assertEquals(0, rc, err.toString());
    }
}
