package dev.jaxc.frontend;

import static org.junit.jupiter.api.Assertions.*;

import dev.jaxc.ir.Function;
import dev.jaxc.ir.Op;
import dev.jaxc.ir.Type;
import dev.jaxc.ir.diag.Diagnostic;
import dev.jaxc.ir.prim.Convert;
import dev.jaxc.ir.prim.ForLoop;
import dev.jaxc.ir.prim.Prng;
import dev.jaxc.ir.prim.PrngFn;
import dev.jaxc.ir.verify.IrVerifier;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Calls of the runtime PRNG (dev.jaxc.random) lower to prng ops; everything else about them is rejected with a position. */
class RandomCallsTest {
    private static final String IMPORTS = "package t;\nimport dev.jaxc.Jit;\nimport dev.jaxc.random.Random;\nimport dev.jaxc.random.Threefry;\n";

    private static FrontendResult compile(String header, String body) {
        return Fixtures.compile("src/t/R.java", header + "class C {\n" + body + "\n}\n");
    }

    private static Function ok(String header, String body, String name) {
        FrontendResult r = compile(header, body);
        assertTrue(r.ok(), () -> Fixtures.render(r));
        IrVerifier.verify(r.program());
        return r.program().get("t.C." + name);
    }

    private static Function ok(String body, String name) { return ok(IMPORTS, body, name); }

    private static List<Prng> draws(Function f) {
        return Fixtures.allOps(f.body()).stream().filter(o -> o.prim() instanceof Prng).map(o -> (Prng) o.prim()).toList();
    }

    @Test void staticCallsPickTheOverloadByArity() {
        Function f = ok("@Jit static double f(long key, int n) {\n"
                + "  double[] u = Random.uniform(key, n);\n"
                + "  return Random.normal(key) + Random.uniform(key, -1.0, 1.0) + u.length + Random.uniform(key);\n}", "f");
        assertEquals(List.of(new Prng(PrngFn.UNIFORM_N), new Prng(PrngFn.NORMAL), new Prng(PrngFn.UNIFORM_RANGE), new Prng(PrngFn.UNIFORM)), draws(f));
    }

    @Test void argumentsAreWidenedAsInAnyInvocation() {
        // int seed → long key, int bounds → double, int literal bounds → double constants
        Function f = ok("@Jit static double f(int seed, int lo) { return Random.uniform(Random.key(seed), lo, 3); }", "f");
        List<Op> ops = f.body().ops();
        assertEquals(new Convert(dev.jaxc.ir.DType.I64), ops.get(0).prim());
        assertEquals(new Prng(PrngFn.KEY), ops.get(1).prim());
        assertEquals(List.of(Type.I64, Type.F64, Type.F64), ops.get(4).inputs().stream().map(v -> v.type()).toList(), Fixtures.dump(f));
        assertEquals(new Prng(PrngFn.UNIFORM_RANGE), ops.get(4).prim());
    }

    @Test void threefryInstancesAndTheStaticBlock() {
        Function f = ok("@Jit static long f(long key) {\n"
                + "  long[] ks = Threefry.LEGACY.split(key, 3);\n"
                + "  long a = Threefry.DEFAULT.foldIn(ks[0], 1);\n"
                + "  return a + Threefry.block(1, 2, 3, 4) + Threefry.LEGACY.block(1, 2, 3, 4);\n}", "f");
        assertEquals(List.of(new Prng(PrngFn.SPLIT_N, true), new Prng(PrngFn.FOLD_IN, false), new Prng(PrngFn.BLOCK), new Prng(PrngFn.BLOCK)), draws(f));
    }

    @Test void qualifiedOnDemandAndStaticImports() {
        String plain = "package t;\nimport dev.jaxc.Jit;\n";
        assertEquals(List.of(new Prng(PrngFn.GUMBEL)),
                draws(ok(plain, "@Jit static double f(long k) { return dev.jaxc.random.Random.gumbel(k); }", "f")));
        assertEquals(List.of(new Prng(PrngFn.EXPONENTIAL_N, true)),
                draws(ok(plain + "import dev.jaxc.random.*;\n", "@Jit static double[] f(long k) { return Threefry.LEGACY.exponential(k, 4); }", "f")));
        assertEquals(List.of(new Prng(PrngFn.BERNOULLI, false)),
                draws(ok(plain + "import static dev.jaxc.random.Random.bernoulli;\n", "@Jit static boolean f(long k) { return bernoulli(k, 0.3); }", "f")));
        assertEquals(List.of(new Prng(PrngFn.RANDINT)),
                draws(ok(plain + "import static dev.jaxc.random.Random.*;\n", "@Jit static int f(long k) { return randint(k, 0, 6); }", "f")));
    }

    @Test void drawsInLoopsAndBranchesThreadTheKeyAsAnI64() {
        Function f = ok("@Jit static double walk(long key, int n) {\n"
                + "  double x = 0;\n"
                + "  for (int i = 0; i < n; i++) {\n"
                + "    long[] ks = Random.split(key);\n"
                + "    key = ks[0];\n"
                + "    if (Random.bernoulli(ks[1], 0.5)) x += Random.normal(ks[1]); else x -= Random.exponential(ks[1]);\n"
                + "  }\n"
                + "  return x;\n}", "walk");
        Op loop = f.body().ops().stream().filter(o -> o.prim() instanceof ForLoop).findFirst().orElseThrow();
        assertTrue(loop.inputs().stream().anyMatch(v -> v.type().equals(Type.I64)), "the key is a loop carry: " + Fixtures.dump(f));
        assertEquals(List.of(PrngFn.SPLIT, PrngFn.BERNOULLI, PrngFn.NORMAL, PrngFn.EXPONENTIAL), draws(f).stream().map(Prng::fn).toList());
    }

    @Test void arraysReturnedByDrawsAreOwnedAndMayBeWritten() {
        Function f = ok("@Jit static double[] f(long key, double[] logits) {\n"
                + "  double[] u = Random.normal(key, 3);\n"
                + "  u[0] = Random.categorical(key, logits);\n"
                + "  return u;\n}", "f");
        assertEquals(List.of(PrngFn.NORMAL_N, PrngFn.CATEGORICAL), draws(f).stream().map(Prng::fn).toList());
    }

    // ---- rejections ----------------------------------------------------------------------

    private static Diagnostic single(String header, String body, int line, int column, String message, String hintPart) {
        FrontendResult r = compile(header, body);
        assertFalse(r.ok(), "expected an error");
        List<Diagnostic> ds = r.diagnostics();
        assertEquals(1, ds.size(), () -> "diagnostics: " + ds);
        Diagnostic d = ds.get(0);
        assertEquals(message, d.message());
        assertEquals("src/t/R.java:" + line + ":" + column, d.loc().file() + ":" + d.loc().line() + ":" + d.loc().column());
        if (hintPart != null) assertTrue(d.hint() != null && d.hint().contains(hintPart), () -> "hint: " + d.hint());
        return d;
    }

    private static final int L = 6; // line of the class body in IMPORTS sources

    @Test void unknownMethodIsRejectedAtTheCall() {
        single(IMPORTS, "@Jit static double f(long k) { return 1 + Random.poisson(k); }", L, 43,
                "cannot find method 'Random.poisson'", "uniform");
    }

    @Test void methodsWithoutAJaxcTypeAreRejected() {
        single(IMPORTS, "@Jit static int f(long k) { return Random.bits8(k, 4).length; }", L, 36,
                "Random.bits8 is not supported: its byte[] result has no jaxc type", "bits(key, n)");
    }

    @Test void wrongArityListsTheOverloads() {
        single(IMPORTS, "@Jit static double f(long k) { return Random.normal(k, 2, 3); }", L, 39,
                "no overload of Random.normal takes 3 arguments", "normal(long), normal(long, int)");
    }

    @Test void lossyArgumentsAreRejectedAsJavacDoes() {
        single(IMPORTS, "@Jit static double f(long k, double n) { return Random.uniform(k, n)[0]; }", L, 67,
                "incompatible types: possible lossy conversion from double to int (argument 2 of Random.uniform)", "(int)");
        single(IMPORTS, "@Jit static double f(int[] k) { return Random.normal(k); }", L, 54,
                "incompatible types: int[] cannot be converted to long (argument 1 of Random.normal)", null);
    }

    @Test void instanceMethodsNeedAnInstance() {
        single(IMPORTS, "@Jit static double f(long k) { return Threefry.normal(k); }", L, 39,
                "'Threefry.normal' is not a static method", "Threefry.LEGACY");
    }

    @Test void javaUtilRandomIsNotTheRuntime() {
        single("package t;\nimport dev.jaxc.Jit;\nimport java.util.Random;\n", "@Jit static double f(long k) { return Random.uniform(k); }", 5, 39,
                "calls 'Random.uniform', which jaxc cannot compile", "dev.jaxc.random");
    }
}
