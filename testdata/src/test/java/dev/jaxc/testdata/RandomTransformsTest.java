package dev.jaxc.testdata;

import static org.junit.jupiter.api.Assertions.*;

import dev.jaxc.random.Random;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * vmap and grad of methods that draw (the @Derive declarations of {@link RandomDraws}): vmap over
 * a batch of keys equals the per-key calls bit for bit, exceptions included; keys carry no
 * tangent, so gradients flow only through the arithmetic around reparameterised draws.
 * Compiled companions and the interpreter are both checked.
 */
class RandomTransformsTest {
    private static final String CLS = "dev.jaxc.testdata.RandomDraws";
    private static final SplittableRandom RND = new SplittableRandom(2024);

    private static Object call(String name, Object... args) throws Throwable {
        CompiledTestdata td = CompiledTestdata.get();
        Method m = null;
        for (Method c : td.companion(CLS).getMethods()) if (c.getName().equals(name)) m = c;
        assertNotNull(m, name);
        Object compiled;
        try {
            compiled = m.invoke(null, args);
        } catch (InvocationTargetException e) {
            Throwable thrown = e.getCause();
            Throwable interpreted = assertThrows(Throwable.class, () -> td.interpreter.call(CLS + "." + name, args));
            assertEquals(thrown.getClass(), interpreted.getClass(), "the interpreter throws what the companion throws");
            throw thrown;
        }
        Object[] interpreted = td.interpreter.call(CLS + "." + name, args);
        if (compiled != null && compiled.getClass().isRecord()) {
            RecordComponent[] rc = compiled.getClass().getRecordComponents();
            for (int k = 0; k < rc.length; k++)
                assertEquals(bits(rc[k].getAccessor().invoke(compiled)), bits(interpreted[k]), name + " component " + k);
        } else {
            assertEquals(bits(compiled), bits(interpreted[0]), name + ": companion vs interpreter");
        }
        return compiled;
    }

    private static Object bits(Object o) {
        if (o instanceof Double d) return Double.doubleToRawLongBits(d);
        if (o instanceof Float f) return Float.floatToRawIntBits(f);
        if (o instanceof double[] a) {
            long[] b = new long[a.length];
            for (int i = 0; i < a.length; i++) b[i] = Double.doubleToRawLongBits(a[i]);
            return java.util.Arrays.toString(b);
        }
        if (o != null && o.getClass().isArray()) return java.util.Arrays.deepToString(new Object[] {o});
        return o;
    }

    private static long[] keys(int n) {
        long[] k = new long[n];
        for (int i = 0; i < n; i++) k[i] = RND.nextLong();
        return k;
    }

    // ---- vmap over keys -----------------------------------------------------------------

    @Test
    void vmapOfARandomWalkOverSeedsIsEachSeedsWalk() throws Throwable {
        long[] seeds = keys(9);
        double[] walks = (double[]) call("randomWalks", seeds, 40);
        for (int l = 0; l < seeds.length; l++)
            assertEquals(Double.doubleToRawLongBits(RandomDraws.randomWalk(seeds[l], 40)), Double.doubleToRawLongBits(walks[l]), "lane " + l);
    }

    @Test
    void vmapOfAWhileLoopOfDrawsOverKeys() throws Throwable {
        long[] ks = keys(7);
        double[] means = (double[]) call("clippedNormalMeans", ks, 25);
        for (int l = 0; l < ks.length; l++)
            assertEquals(Double.doubleToRawLongBits(RandomDraws.clippedNormalMean(ks[l], 25)), Double.doubleToRawLongBits(means[l]), "lane " + l);
    }

    @Test
    void vmapOverKeysAndBranchesPerLane() throws Throwable {
        long[] ks = keys(12);
        int[] kinds = {-2, 0, 1, 2, 3, 4, 5, 6, -1, 9, 10, 11};
        double[] got = (double[]) call("branchySamplers", ks, kinds, 0.5, 1.5);
        for (int l = 0; l < ks.length; l++)
            assertEquals(Double.doubleToRawLongBits(RandomDraws.branchySampler(ks[l], kinds[l], 0.5, 1.5)), Double.doubleToRawLongBits(got[l]), "lane " + l);
    }

    @Test
    void vmapOfIntegerDrawsAndTheExceptionOfALane() throws Throwable {
        long[] ks = keys(5);
        int[] ns = {0, 3, 7, 1, 12};
        long[] got = (long[]) call("integerDrawsBatch", ks, ns);
        for (int l = 0; l < ks.length; l++) assertEquals(RandomDraws.integerDraws(ks[l], ns[l]), got[l], "lane " + l);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> call("integerDrawsBatch", ks, new int[] {2, 2, -1, 2, 2}));
        assertEquals("negative size -1", e.getMessage());
    }

    // ---- gradients through reparameterised draws ----------------------------------------

    @Test
    void gradWithRespectToMuOfASumOfReparameterisedNormalsIsTheCount() throws Throwable {
        for (int n : new int[] {0, 1, 17, 100}) {
            long key = RND.nextLong();
            assertEquals(n, (Double) call("gaussianSumDMu", 0.3, 2.0, key, n), 0.0, "n = " + n);
        }
    }

    @Test
    void gradWithRespectToSigmaIsTheSumOfTheDraws() throws Throwable {
        long key = 99;
        double expected = 0;
        for (int i = 0; i < 50; i++) expected += Random.normal(Random.foldIn(key, i));
        // reverse mode sums the draws in reverse order: equal up to rounding
        assertEquals(expected, (Double) call("gaussianSumDSigma", 0.3, 2.0, key, 50), 1e-12 * 50);
    }

    @Test
    void uniformBoundsGetOneMinusUAndU() throws Throwable {
        for (long key : keys(6)) {
            float u = Random.uniformF32(key);
            assertEquals(Float.floatToRawIntBits(1 - u), Float.floatToRawIntBits((Float) call("uniformBetweenDLo", key, -2f, 3f)));
            assertEquals(Float.floatToRawIntBits(u), Float.floatToRawIntBits((Float) call("uniformBetweenDHi", key, -2f, 3f)));
        }
    }

    @Test
    void uniformArrayBoundsGetTheSumsOfOneMinusUAndU() throws Throwable {
        long key = 7;
        double[] u = Random.uniform(key, 10);
        double dLo = 0, dHi = 0;
        for (double v : u) {
            dLo += 1 - v;
            dHi += v;
        }
        Object g = call("uniformSpreadGrad", key, -1.0, 4.0, 10);
        RecordComponent[] rc = g.getClass().getRecordComponents();
        assertEquals(dLo, (Double) rc[0].getAccessor().invoke(g), 1e-12);
        assertEquals(dHi, (Double) rc[1].getAccessor().invoke(g), 1e-12);
        assertThrows(IllegalArgumentException.class, () -> call("uniformSpreadGrad", key, -1.0, 4.0, -3));
    }
}
