package dev.jaxc.random;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.FloatRange;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Scale;
import org.junit.jupiter.api.Test;

/** Properties of dev.jaxc.random that hold for any key, in both modes where they apply. */
class PrngPropertiesTest {

  private static Threefry mode(boolean partitionable) {
    return partitionable ? Threefry.DEFAULT : Threefry.LEGACY;
  }

  @Property
  void splitKeysAreDistinct(@ForAll long seed, @ForAll @IntRange(min = 2, max = 200) int n,
      @ForAll boolean partitionable) {
    Threefry t = mode(partitionable);
    long[] keys = t.split(t.key(seed), n);
    Set<Long> distinct = new HashSet<>();
    for (long k : keys) {
      distinct.add(k);
    }
    distinct.add(t.key(seed));
    assertEquals(n + 1, distinct.size(), "children differ from each other and from the parent");
  }

  /**
   * In partitionable mode JAX's split hashes counter (0, i) for child i and fold_in hashes
   * (0, data), so the identity is exact.
   */
  @Property
  void foldInIsSplitInPartitionableMode(@ForAll long seed,
      @ForAll @IntRange(min = 1, max = 300) int n) {
    long key = Random.key(seed);
    long[] keys = Random.split(key, n);
    for (int i = 0; i < n; i++) {
      assertEquals(keys[i], Random.foldIn(key, i), "child " + i);
    }
  }

  /**
   * The identity does not hold in legacy mode: there split(key, n) hashes the pairs (j, n + j)
   * and reads the words off in order, while fold_in still hashes (0, data). What holds is that
   * fold_in(key, n) is hash(0, n), whose two words are the first words of children 0 and n/2 of
   * split(key, n) for even n (JAX's testPRNGValues shows it for n = 4).
   */
  @Property
  void foldInInLegacyModeIsHashOfZeroAndData(@ForAll long seed,
      @ForAll @IntRange(min = 1, max = 150) int half) {
    Threefry t = Threefry.LEGACY;
    long key = t.key(seed);
    int n = 2 * half;
    long[] keys = t.split(key, n);
    long expected = t.wrapKeyData((int) (keys[0] >>> 32), (int) (keys[half] >>> 32));
    assertEquals(expected, t.foldIn(key, n));
    assertEquals(Threefry.block((int) (key >>> 32), (int) key, 0, n), t.foldIn(key, n));
  }

  /**
   * The bulk paths hash 512 counters per pass with vectorizable loops; they must equal the
   * per-counter {@link Threefry#block} across chunk boundaries, for every length and both modes.
   */
  @Property
  void bulkBitsEqualTheBlockDefinition(@ForAll long seed,
      @ForAll @IntRange(min = 0, max = 2100) int n) {
    int k0 = (int) (seed >>> 32);
    int k1 = (int) seed;
    int[] p32 = Threefry.DEFAULT.bits(seed, n);
    long[] p64 = Threefry.DEFAULT.bits64(seed, n);
    long[] l64 = Threefry.LEGACY.bits64(seed, n);
    int[] l32 = Threefry.LEGACY.bits(seed, n);
    int half = (n + 1) / 2;
    for (int i = 0; i < n; i++) {
      long b = Threefry.block(k0, k1, 0, i);
      assertEquals((int) (b >>> 32) ^ (int) b, p32[i]);
      assertEquals(b, p64[i]);
      assertEquals(Threefry.block(k0, k1, i, n + i), l64[i]);
      int j = i < half ? i : i - half;
      long w = Threefry.block(k0, k1, j, half + j < n ? half + j : 0);
      assertEquals(i < half ? (int) (w >>> 32) : (int) w, l32[i]);
    }
  }

  @Property
  void keyDataRoundTrips(@ForAll int k0, @ForAll int k1) {
    long key = Random.wrapKeyData(k0, k1);
    assertArrayEquals(new int[] {k0, k1}, Random.keyData(key));
  }

  /** [0, 1) exactly: 52 (23) random mantissa bits under the exponent of 1, minus 1. */
  @Property
  void defaultUniformIsInUnitInterval(@ForAll long seed, @ForAll boolean partitionable) {
    Threefry t = mode(partitionable);
    for (double u : t.uniform(t.key(seed), 64)) {
      assertTrue(u >= 0 && u < 1, "f64 " + u);
    }
    for (float u : t.uniformF32(t.key(seed), 64)) {
      assertTrue(u >= 0 && u < 1, "f32 " + u);
    }
  }

  /**
   * JAX computes {@code max(min, u * (max - min) + min)} with u in [0, 1 - ulp]; rounding can
   * land on {@code max} itself when the span is small next to |max| (for example [999, 1000) in
   * float32), so JAX's own result is only guaranteed to lie in [min, max]. With {@code min = 0}
   * the product stays below {@code max}, and [0, max) holds strictly.
   */
  @Property
  void uniformStaysInRange(@ForAll long seed, @ForAll boolean partitionable,
      @ForAll @DoubleRange(min = -1e6, max = 1e6) @Scale(8) double min,
      @ForAll @DoubleRange(min = 1e-6, max = 1e6) @Scale(8) double span) {
    Threefry t = mode(partitionable);
    long key = t.key(seed);
    double max = min + span;
    for (double u : t.uniform(key, 64, min, max)) {
      assertTrue(u >= min && u <= max, u + " in [" + min + ", " + max + "]");
    }
    for (double u : t.uniform(key, 64, 0, span)) {
      assertTrue(u >= 0 && u < span, u + " in [0, " + span + ")");
    }
  }

  @Property
  void uniformF32StaysInRange(@ForAll long seed, @ForAll boolean partitionable,
      @ForAll @FloatRange(min = -1e6f, max = 1e6f) @Scale(4) float min,
      @ForAll @FloatRange(min = 1e-3f, max = 1e6f) @Scale(4) float span) {
    Threefry t = mode(partitionable);
    long key = t.key(seed);
    float max = min + span;
    for (float u : t.uniformF32(key, 64, min, max)) {
      assertTrue(u >= min && u <= max, u + " in [" + min + ", " + max + "]");
    }
    for (float u : t.uniformF32(key, 64, 0f, span)) {
      assertTrue(u >= 0 && u < span, u + " in [0, " + span + ")");
    }
  }

  @Property
  void randintStaysInRange(@ForAll long seed, @ForAll boolean partitionable,
      @ForAll int a, @ForAll int b) {
    Threefry t = mode(partitionable);
    int lo = Math.min(a, b);
    int hi = Math.max(a, b);
    for (int v : t.randint(t.key(seed), 32, lo, hi)) {
      assertTrue(lo == hi ? v == lo : v >= lo && v < hi, v + " in [" + lo + ", " + hi + ")");
    }
    for (long v : t.randint64(t.key(seed), 32, lo, hi)) {
      assertTrue(lo == hi ? v == lo : v >= lo && v < hi, v + " in [" + lo + ", " + hi + ")");
    }
  }

  @Property
  void permutationIsAPermutation(@ForAll long seed, @ForAll boolean partitionable,
      @ForAll @IntRange(min = 0, max = 3000) int n) {
    Threefry t = mode(partitionable);
    int[] p = t.permutation(t.key(seed), n);
    int[] sorted = p.clone();
    Arrays.sort(sorted);
    for (int i = 0; i < n; i++) {
      assertEquals(i, sorted[i]);
    }
  }

  @Property
  void choiceWithoutReplacementIsDistinct(@ForAll long seed, @ForAll boolean partitionable,
      @ForAll @IntRange(min = 1, max = 100) int a) {
    Threefry t = mode(partitionable);
    int n = (a + 1) / 2;
    double[] p = new double[a];
    Arrays.fill(p, 1.0 / a);
    for (int[] c : new int[][] {t.choice(t.key(seed), a, n, false),
        t.choice(t.key(seed), a, n, false, p)}) {
      assertEquals(n, Arrays.stream(c).distinct().count());
      assertTrue(Arrays.stream(c).allMatch(v -> v >= 0 && v < a));
    }
  }

  /** Shape () is element 0 of shape (1,) for every sampler, in both modes. */
  @Property
  void scalarFormsAreTheFirstElementOfShapeOne(@ForAll long seed, @ForAll boolean partitionable) {
    Threefry t = mode(partitionable);
    long k = t.key(seed);
    assertEquals(t.bits(k, 1)[0], t.bits(k));
    assertEquals(t.bits64(k, 1)[0], t.bits64(k));
    assertEquals(t.uniform(k, 1)[0], t.uniform(k));
    assertEquals(t.uniform(k, 1, -2, 3)[0], t.uniform(k, -2, 3));
    assertEquals(t.uniformF32(k, 1)[0], t.uniformF32(k));
    assertEquals(t.uniformF32(k, 1, -2f, 3f)[0], t.uniformF32(k, -2f, 3f));
    assertEquals(t.normal(k, 1)[0], t.normal(k));
    assertEquals(t.normalF32(k, 1)[0], t.normalF32(k));
    assertEquals(t.randint(k, 1, -7, 100)[0], t.randint(k, -7, 100));
    assertEquals(t.randint64(k, 1, -7, 100)[0], t.randint64(k, -7, 100));
    assertEquals(t.bernoulli(k, 0.4, 1)[0], t.bernoulli(k, 0.4));
    assertEquals(t.bernoulliF32(k, 0.4f, 1)[0], t.bernoulliF32(k, 0.4f));
    assertEquals(t.exponential(k, 1)[0], t.exponential(k));
    assertEquals(t.exponentialF32(k, 1)[0], t.exponentialF32(k));
    assertEquals(t.gumbel(k, 1)[0], t.gumbel(k));
    assertEquals(t.gumbelF32(k, 1)[0], t.gumbelF32(k));
    double[] logits = {0.1, -2, 1.5};
    assertEquals(t.categorical(k, logits, 1)[0], t.categorical(k, logits));
    assertEquals(t.choice(k, 9, 1, true)[0], t.choice(k, 9));
    assertEquals(t.choiceF32(k, 9, 1, true)[0], t.choiceF32(k, 9));
  }

  // ------------------------------------------------------------------ Kolmogorov-Smirnov

  /** Standard normal CDF. */
  private static double phi(double x) {
    return 0.5 * (1 + XlaMath.erf(x / Math.sqrt(2)));
  }

  /** The two-sided KS statistic D = sup |F_n(x) - Phi(x)| of a sample. */
  private static double ks(double[] sample) {
    double[] x = sample.clone();
    Arrays.sort(x);
    int n = x.length;
    double d = 0;
    for (int i = 0; i < n; i++) {
      double f = phi(x[i]);
      d = Math.max(d, Math.max((i + 1.0) / n - f, f - (double) i / n));
    }
    return d;
  }

  /**
   * Kolmogorov's limit law: P(sqrt(n) * D > 1.949) = 0.001, so 1.949 / sqrt(n) is the critical
   * value at the 0.1% level (n = 100,000 is far into the asymptotic regime). The keys are fixed,
   * so the test is deterministic: a correct sampler fails it for about one key in a thousand, and
   * these keys are not among them. The statistic is also checked to be small but nonzero, and a
   * slightly wrong distribution (scale 1.05, whose D is near 0.242 * 0.05 = 0.012) must be rejected, which shows the test has power.
   */
  @Test
  void normalPassesKolmogorovSmirnov() {
    int n = 100_000;
    double critical = 1.949 / Math.sqrt(n);
    for (Threefry t : new Threefry[] {Threefry.DEFAULT, Threefry.LEGACY}) {
      long key = t.key(20240607);
      double[] z = t.normal(key, n);
      float[] zf = t.normalF32(t.foldIn(key, 1), n);
      double[] z32 = new double[n];
      for (int i = 0; i < n; i++) {
        z32[i] = zf[i];
      }
      double d64 = ks(z);
      double d32 = ks(z32);
      assertTrue(d64 > 0 && d64 < critical, t + " f64 D=" + d64 + " critical=" + critical);
      assertTrue(d32 > 0 && d32 < critical, t + " f32 D=" + d32 + " critical=" + critical);
      double[] scaled = z.clone();
      for (int i = 0; i < n; i++) {
        scaled[i] *= 1.05;
      }
      assertTrue(ks(scaled) > critical, t + " the test must reject a 5% wrong scale");
    }
  }
}
