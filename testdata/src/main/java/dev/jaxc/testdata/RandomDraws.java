package dev.jaxc.testdata;

import dev.jaxc.Derive;
import dev.jaxc.Jit;
import dev.jaxc.random.Random;
import dev.jaxc.random.Threefry;

/**
 * The runtime PRNG inside compiled code: keys are longs threaded through loops and branches,
 * draws are IR primitives that must give exactly what the runtime calls give (and throw what
 * they throw: negative sizes, empty logits). The derived functions batch draws over keys (each
 * lane must equal the per-key call) and differentiate through reparameterised draws.
 */
@Derive(name = "randomWalks", expr = "vmap(randomWalk, in_axes=(0, None))")
@Derive(name = "clippedNormalMeans", expr = "vmap(clippedNormalMean, in_axes=(0, None))")
@Derive(name = "branchySamplers", expr = "vmap(branchySampler, in_axes=(0, 0, None, None))")
@Derive(name = "integerDrawsBatch", expr = "vmap(integerDraws, in_axes=(0, 0))")
@Derive(name = "gaussianSumDMu", expr = "grad(gaussianSum)")
@Derive(name = "gaussianSumDSigma", expr = "grad(gaussianSum, argnums=1)")
@Derive(name = "uniformBetweenDLo", expr = "grad(uniformBetween, argnums=1)")
@Derive(name = "uniformBetweenDHi", expr = "grad(uniformBetween, argnums=2)")
@Derive(name = "uniformSpreadGrad", expr = "grad(uniformSpread, argnums=(1, 2))")
public class RandomDraws {
    /** A random walk: every step splits the key and moves ±1 on a fair coin. */
    @Jit
    @Domain(intMin = -3, intMax = 60)
    public static double randomWalk(long seed, int steps) {
        long key = Random.key(seed);
        double x = 0;
        for (int i = 0; i < steps; i++) {
            long[] ks = Random.split(key);
            key = ks[0];
            x += Random.bernoulli(ks[1], 0.5) ? 1.0 : -1.0;
        }
        return x;
    }

    /** Monte Carlo estimate of π: one folded-in key per sample, split for the two coordinates. */
    @Jit
    @Domain(intMin = 0, intMax = 200)
    public static double monteCarloPi(long key, int n) {
        int inside = 0;
        for (int i = 0; i < n; i++) {
            long[] ks = Random.split(Random.foldIn(key, i), 2);
            double x = Random.uniform(ks[0]), y = Random.uniform(ks[1]);
            if (x * x + y * y <= 1.0) inside++;
        }
        return n == 0 ? 0 : 4.0 * inside / n;
    }

    /** The mean of clipped standard normals, drawn in a while loop from a chain of keys. */
    @Jit
    @Domain(intMin = -2, intMax = 50)
    public static double clippedNormalMean(long key, int n) {
        double s = 0;
        int i = 0;
        while (i < n) {
            key = Random.foldIn(key, 17);
            double z = Random.normal(key);
            s += z > 2 ? 2 : z < -2 ? -2 : z;
            i++;
        }
        return i == 0 ? 0 : s / i;
    }

    /** The branch picks the distribution: reparameterised normals, arrays, float32, legacy mode. */
    @Jit
    @Domain(intMin = -3, intMax = 12, scale = 3.0)
    public static double branchySampler(long key, int kind, double mu, double sigma) {
        long[] ks = Random.split(key, 3);
        double r;
        if (kind < 0) {
            r = mu + sigma * Random.normal(ks[0]);
        } else if (kind % 3 == 0) {
            double[] e = Random.exponential(ks[1], kind);
            r = 0;
            for (double v : e) r += v;
        } else if (kind % 3 == 1) {
            r = Random.gumbelF32(ks[2]) + Random.uniformF32(ks[0], -1, 1) * (float) sigma;
        } else {
            r = Threefry.LEGACY.randint(ks[1], -kind, kind) + Threefry.LEGACY.truncatedNormal(ks[2], -1, mu);
        }
        return r;
    }

    /** The integer side: bits, 64-bit randint, key data; a negative n throws in the runtime. */
    @Jit
    @Domain(intMin = -2, intMax = 20)
    public static long integerDraws(long key, int n) {
        int[] b = Random.bits(key, n);
        long acc = Random.bits64(key);
        for (int i = 0; i < b.length; i++) acc = acc * 31 + (b[i] ^ Random.randint64(Random.foldIn(key, i), -5, 1L << 40));
        int[] kd = Threefry.DEFAULT.keyData(Random.wrapKeyData(n, (int) acc));
        return acc + kd[0] + kd[1] + Threefry.block(kd[0], kd[1], n, 7);
    }

    /** A permutation and uniform noise drawn as arrays, then updated in place. */
    @Jit
    @Domain(intMin = -1, intMax = 16)
    public static double[] shuffledNoise(long key, int n) {
        int[] perm = Random.permutation(key, n);
        double[] u = Random.uniform(Random.foldIn(key, 1), n, -0.5, 0.5);
        for (int i = 0; i < n; i++) u[i] += perm[i];
        return u;
    }

    /** Categorical draws from logits (empty logits throw) and weighted choice in legacy mode. */
    @Jit
    @Domain(intMin = 0, intMax = 8, specials = false)
    public static int categoricalAndChoice(long key, double[] logits, int n) {
        int[] c = Random.categorical(key, logits, n);
        double[] p = new double[logits.length];
        for (int i = 0; i < p.length; i++) p[i] = Math.abs(logits[i]) + 0.1;
        int[] w = Threefry.LEGACY.choice(Random.foldIn(key, 3), p.length, n, true, p);
        int s = Random.choice(key, Math.max(1, n));
        for (int i = 0; i < n; i++) s = s * 7 + c[i] * 3 + w[i];
        return s;
    }

    /** μ + σ·z summed over n keys: the reparameterised draw whose gradient in μ is n. */
    @Jit
    @Domain(intMin = 0, intMax = 30, scale = 2.0)
    public static double gaussianSum(double mu, double sigma, long key, int n) {
        double s = 0;
        for (int i = 0; i < n; i++) s += mu + sigma * Random.normal(Random.foldIn(key, i));
        return s;
    }

    /** The sum of n uniform draws in [lo, hi), drawn as one array. */
    @Jit
    @Domain(intMin = -1, intMax = 12, scale = 4.0)
    public static double uniformSpread(long key, double lo, double hi, int n) {
        double[] u = Random.uniform(key, n, lo, hi);
        double s = 0;
        for (double v : u) s += v;
        return s;
    }

    /** A uniform draw with traced bounds, in float32. */
    @Jit
    @Domain(intMin = 0, intMax = 10, scale = 4.0)
    public static float uniformBetween(long key, float lo, float hi) {
        return Random.uniformF32(key, lo, hi) + Random.normalF32(Random.foldIn(key, 2));
    }
}
