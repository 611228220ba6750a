package dev.jaxc.codegen.jvm;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.jaxc.ir.Builder;
import dev.jaxc.ir.DType;
import dev.jaxc.ir.Function;
import dev.jaxc.ir.Loc;
import dev.jaxc.ir.Program;
import dev.jaxc.ir.Type;
import dev.jaxc.ir.Value;
import dev.jaxc.ir.diag.CompileException;
import java.lang.reflect.Constructor;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.objectweb.asm.ClassReader;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.tree.ClassNode;

/** The companion class itself: modifiers, version, source file, line numbers, determinism, names. */
class CompanionShapeTest {
    private static final String FILE = "src/main/java/t/Shape.java";
    private static final Type D1 = Type.array(DType.F64, 1);

    static Loc at(int line) { return new Loc(FILE, line, 9); }

    /** A fresh program each time: determinism must not depend on object identities. */
    static Program program() {
        Program p = new Program();
        p.add(Builder.function("t.Shape.at", List.of(D1, Type.I32), List.of("xs", "i"), at(10), (b, ps) -> {
            b.at(at(11));
            Value twice = b.mul(ps.get(1), b.i32(2));
            b.at(at(12));
            Value x = b.arrayGet(ps.get(0), twice);
            b.at(at(13));
            return List.of(b.add(x, b.f64(1)));
        }));
        p.add(new Function("t.Shape.pair", Builder.function("t.Shape.pair", List.of(Type.F64), List.of("x"), at(20), (b, ps) ->
                List.of(ps.get(0), b.neg(ps.get(0)))).body(), List.of("pos", "neg"), at(20)));
        p.add(Builder.function("t.Shape.loop", List.of(Type.I32), List.of("n"), at(30), (b, ps) ->
                b.forLoop(b.i32(0), ps.get(0), 1, false, List.of(), List.of(b.f64(0), b.arrayNew(DType.F64, 1, ps.get(0))), (bb, q) ->
                        List.of(bb.add(q.get(1), bb.f64(1)), bb.arraySet(q.get(2), q.get(0), q.get(1))))));
        p.add(Builder.function("t.Other.f", List.of(), List.of(), Loc.UNKNOWN, (b, ps) -> List.of(b.i32(1))));
        p.add(Builder.function("t.Shape.Inner.g", List.of(), List.of(), Loc.UNKNOWN, (b, ps) -> List.of(b.i32(2))));
        return p;
    }

    @Test
    void companionIsPublicFinalWithPrivateConstructor() {
        Compiled c = Compiled.of(program(), "t.Shape");
        assertEquals(List.of("t.ShapeJaxc", "t.ShapeJaxc$Loop", "t.ShapeJaxc$Pair"), List.copyOf(c.classes.keySet()));
        Class<?> k = c.load("t.ShapeJaxc");
        assertTrue(Modifier.isPublic(k.getModifiers()) && Modifier.isFinal(k.getModifiers()));
        Constructor<?>[] ctors = k.getDeclaredConstructors();
        assertEquals(1, ctors.length);
        assertTrue(Modifier.isPrivate(ctors[0].getModifiers()));
        for (Method m : k.getDeclaredMethods()) assertTrue(Modifier.isPublic(m.getModifiers()) && Modifier.isStatic(m.getModifiers()), m.toString());
        assertEquals(List.of("xs", "i"), java.util.Arrays.stream(c.method("t.Shape.at").getParameters()).map(java.lang.reflect.Parameter::getName).toList());
        ClassNode cn = c.classNode("t.ShapeJaxc");
        assertEquals(Opcodes.V17, cn.version);
        assertEquals("Shape.java", cn.sourceFile);
        assertEquals("Shape.java", c.classNode("t.ShapeJaxc$Pair").sourceFile);
    }

    @Test
    void stackTracesPointAtSourceLines() {
        Compiled c = Compiled.of(program(), "t.Shape");
        Throwable t = assertThrows(ArrayIndexOutOfBoundsException.class, () -> c.call("t.Shape.at", new double[3], 2));
        StackTraceElement top = t.getStackTrace()[0];
        assertEquals("t.ShapeJaxc", top.getClassName());
        assertEquals("at", top.getMethodName());
        assertEquals("Shape.java", top.getFileName());
        assertEquals(12, top.getLineNumber());
    }

    @Test
    void outputIsDeterministic() {
        Map<String, byte[]> a = JvmBackend.emit(program(), "t.Shape");
        Map<String, byte[]> b = JvmBackend.emit(program(), "t.Shape");
        Program p = program();
        Map<String, byte[]> c1 = JvmBackend.emit(p, "t.Shape"), c2 = JvmBackend.emit(p, "t.Shape");
        assertEquals(a.keySet(), b.keySet());
        List<Function> reversed = new java.util.ArrayList<>(program().functions());
        java.util.Collections.reverse(reversed);
        Map<String, byte[]> r = JvmBackend.emit(new Program(reversed), "t.Shape");
        for (String k : a.keySet()) {
            assertArrayEquals(a.get(k), b.get(k), k);
            assertArrayEquals(c1.get(k), c2.get(k), k);
            assertArrayEquals(a.get(k), c1.get(k), k);
            assertArrayEquals(a.get(k), r.get(k), k);
        }
    }

    @Test
    void onlyTheClassesOwnFunctions() {
        Compiled c = Compiled.of(program(), "t.Shape", "t.Other");
        List<String> methods = java.util.Arrays.stream(c.load("t.ShapeJaxc").getDeclaredMethods()).map(Method::getName).sorted().toList();
        assertEquals(List.of("at", "loop", "pair"), methods);
        assertEquals(1, c.run("t.Other.f"));
        new ClassReader(c.classes.get("t.OtherJaxc"));
    }

    @Test
    void recordNamesThatCannotWorkAreCompileErrors() {
        Program p = new Program();
        p.add(Builder.function("t.Bad.vg", List.of(), List.of(), at(3), (b, ps) -> List.of(b.i32(1), b.i32(2))));
        p.add(Builder.function("t.Bad.Vg", List.of(), List.of(), at(4), (b, ps) -> List.of(b.i32(1), b.i32(2))));
        CompileException e = assertThrows(CompileException.class, () -> JvmBackend.emit(p, "t.Bad"));
        assertTrue(e.getMessage().contains("'vg'") && e.getMessage().contains("'Vg'") && e.getMessage().contains("t.BadJaxc$Vg"), e.getMessage());
        assertEquals(FILE, e.diagnostic().loc().file());
        Program q = new Program();
        Function f = Builder.function("t.Bad.h", List.of(), List.of(), at(5), (b, ps) -> List.of(b.i32(1), b.i32(2)));
        q.add(new Function(f.name(), f.body(), List.of("hashCode", "x"), f.loc()));
        assertThrows(CompileException.class, () -> JvmBackend.emit(q, "t.Bad"));
    }
}
