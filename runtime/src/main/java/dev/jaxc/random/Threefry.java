package dev.jaxc.random;

import java.util.Arrays;

/**
 * JAX's default PRNG, {@code threefry2x32} with raw {@code uint32[2]} keys, bit for bit.
 *
 * <p>Two instances exist because JAX has two counter layouts, chosen by the flag
 * {@code jax_threefry_partitionable}: {@link #DEFAULT} ({@code True}, JAX's default since 0.5.0)
 * and {@link #LEGACY} ({@code False}). The modes differ in {@code split} and in
 * {@code random_bits}; {@code fold_in}, seeding and the hash are the same in both. Every sampler
 * below is written in terms of {@link #split} and the {@code bits} family, exactly as
 * {@code jax/_src/random} composes them, so it inherits the mode.
 *
 * <h2>Keys</h2>
 * A key is a {@code long} holding JAX's key data {@code [k0, k1]} as
 * {@code ((long) k0 << 32) | (k1 & 0xffffffffL)} (see {@link #wrapKeyData}, {@link #keyData}).
 * Keys are plain data, not differentiable.
 *
 * <h2>Dtypes</h2>
 * Methods returning {@code double} reproduce JAX with {@code jax_enable_x64=True}, where the
 * default float is float64 and the default int is int64; methods with the suffix {@code F32}
 * reproduce JAX's default configuration (x64 off: float32, int32). Where the Java type already
 * names the dtype ({@code bits}/{@code bits64}, {@code randint}/{@code randint64}) there is no
 * suffix. Methods without an {@code n} argument are JAX's shape {@code ()}; for every sampler
 * here that equals element 0 of shape {@code (1,)}.
 *
 * <h2>Exactness</h2>
 * Keys, bits, {@code uniform}, {@code randint}, {@code bernoulli}, {@code permutation} and
 * {@code choice} (except without replacement with {@code p}) use only integer and correctly
 * rounded float operations, XLA:CPU's fused multiply-adds included, and are bit-exact. Samplers
 * that go through a transcendental function use re-implementations of what XLA:CPU evaluates
 * ({@link XlaMath}): {@code normal}, {@code truncatedNormal} and every float32 sampler reproduced
 * JAX 0.10.2's bits exactly in the tests. The float64 {@code exponential}, {@code gumbel},
 * {@code categorical} and {@code choice} without replacement with {@code p} take a float64
 * {@code log}, libm's in XLA and {@link Math#log} here, which can differ in the last bit.
 */
public final class Threefry {

  /** Partitionable mode ({@code jax_threefry_partitionable=True}), JAX's default since 0.5.0. */
  public static final Threefry DEFAULT = new Threefry(true);
  /** Legacy mode ({@code jax_threefry_partitionable=False}). */
  public static final Threefry LEGACY = new Threefry(false);

  private static final int KS_PARITY = 0x1BD11BDA;

  private final boolean partitionable;

  private Threefry(boolean partitionable) {
    this.partitionable = partitionable;
  }

  /** Whether this instance is JAX's partitionable mode. */
  public boolean partitionable() {
    return partitionable;
  }

  @Override
  public String toString() {
    return partitionable ? "Threefry.DEFAULT" : "Threefry.LEGACY";
  }

  // ---------------------------------------------------------------- the hash

  /**
   * The threefry2x32 block function (20 rounds) of one counter pair, as JAX's
   * {@code threefry2x32_p}: hashes {@code (c0, c1)} under key {@code (k0, k1)} and returns
   * {@code (x0, x1)} packed like a key, {@code x0} in the high half. Allocation-free; this is the
   * kernel every other method is built on and the one generated code may call directly.
   */
  public static long block(int k0, int k1, int c0, int c1) {
    final int k2 = k0 ^ k1 ^ KS_PARITY;
    int x0 = c0 + k0;
    int x1 = c1 + k1;

    x0 += x1; x1 = Integer.rotateLeft(x1, 13) ^ x0;
    x0 += x1; x1 = Integer.rotateLeft(x1, 15) ^ x0;
    x0 += x1; x1 = Integer.rotateLeft(x1, 26) ^ x0;
    x0 += x1; x1 = Integer.rotateLeft(x1, 6) ^ x0;
    x0 += k1; x1 += k2 + 1;

    x0 += x1; x1 = Integer.rotateLeft(x1, 17) ^ x0;
    x0 += x1; x1 = Integer.rotateLeft(x1, 29) ^ x0;
    x0 += x1; x1 = Integer.rotateLeft(x1, 16) ^ x0;
    x0 += x1; x1 = Integer.rotateLeft(x1, 24) ^ x0;
    x0 += k2; x1 += k0 + 2;

    x0 += x1; x1 = Integer.rotateLeft(x1, 13) ^ x0;
    x0 += x1; x1 = Integer.rotateLeft(x1, 15) ^ x0;
    x0 += x1; x1 = Integer.rotateLeft(x1, 26) ^ x0;
    x0 += x1; x1 = Integer.rotateLeft(x1, 6) ^ x0;
    x0 += k0; x1 += k1 + 3;

    x0 += x1; x1 = Integer.rotateLeft(x1, 17) ^ x0;
    x0 += x1; x1 = Integer.rotateLeft(x1, 29) ^ x0;
    x0 += x1; x1 = Integer.rotateLeft(x1, 16) ^ x0;
    x0 += x1; x1 = Integer.rotateLeft(x1, 24) ^ x0;
    x0 += k1; x1 += k2 + 4;

    x0 += x1; x1 = Integer.rotateLeft(x1, 13) ^ x0;
    x0 += x1; x1 = Integer.rotateLeft(x1, 15) ^ x0;
    x0 += x1; x1 = Integer.rotateLeft(x1, 26) ^ x0;
    x0 += x1; x1 = Integer.rotateLeft(x1, 6) ^ x0;
    x0 += k2; x1 += k0 + 5;

    return pack(x0, x1);
  }

  private static long block(long key, int c0, int c1) {
    return block(hi(key), lo(key), c0, c1);
  }

  private static long pack(int hi, int lo) {
    return ((long) hi << 32) | (lo & 0xffffffffL);
  }

  private static int hi(long v) {
    return (int) (v >>> 32);
  }

  private static int lo(long v) {
    return (int) v;
  }


  // ---------------------------------------------------------------- the bulk kernel

  /** Counters hashed per pass; the two scratch arrays (4 KiB) stay in L1. */
  private static final int CHUNK = 512;

  /**
   * {@link #block} applied in place to {@code m} counter pairs {@code (x0[j], x1[j])}. Each loop
   * is four rounds or one key injection over the arrays, with no calls and no branches, which
   * HotSpot's C2 unrolls and compiles to SIMD instructions; the results equal {@link #block}'s.
   */
  private static void hash(int k0, int k1, int[] x0, int[] x1, int m) {
    final int k2 = k0 ^ k1 ^ KS_PARITY;
    inject(x0, x1, m, k0, k1);
    rounds13(x0, x1, m);
    inject(x0, x1, m, k1, k2 + 1);
    rounds17(x0, x1, m);
    inject(x0, x1, m, k2, k0 + 2);
    rounds13(x0, x1, m);
    inject(x0, x1, m, k0, k1 + 3);
    rounds17(x0, x1, m);
    inject(x0, x1, m, k1, k2 + 4);
    rounds13(x0, x1, m);
    inject(x0, x1, m, k2, k0 + 5);
  }

  private static void inject(int[] x0, int[] x1, int m, int a, int b) {
    for (int j = 0; j < m; j++) {
      x0[j] += a;
      x1[j] += b;
    }
  }

  private static void rounds13(int[] x0, int[] x1, int m) {
    for (int j = 0; j < m; j++) {
      int a = x0[j];
      int b = x1[j];
      a += b; b = Integer.rotateLeft(b, 13) ^ a;
      a += b; b = Integer.rotateLeft(b, 15) ^ a;
      a += b; b = Integer.rotateLeft(b, 26) ^ a;
      a += b; b = Integer.rotateLeft(b, 6) ^ a;
      x0[j] = a;
      x1[j] = b;
    }
  }

  private static void rounds17(int[] x0, int[] x1, int m) {
    for (int j = 0; j < m; j++) {
      int a = x0[j];
      int b = x1[j];
      a += b; b = Integer.rotateLeft(b, 17) ^ a;
      a += b; b = Integer.rotateLeft(b, 29) ^ a;
      a += b; b = Integer.rotateLeft(b, 16) ^ a;
      a += b; b = Integer.rotateLeft(b, 24) ^ a;
      x0[j] = a;
      x1[j] = b;
    }
  }

  /**
   * Leaves in {@code x0, x1} the hashed words of 64-bit elements {@code [base, base + m)} of a
   * draw of {@code n}: element {@code i} is {@code (x0 << 32) | x1}. Partitionable: counter
   * {@code (0, i)}. Legacy: {@code 2n} words whose element {@code i} pairs word {@code i} with
   * word {@code n + i}, which are exactly the two outputs of hashing {@code (i, n + i)}.
   */
  private void words64(int k0, int k1, int n, int base, int m, int[] x0, int[] x1) {
    for (int j = 0; j < m; j++) {
      x0[j] = partitionable ? 0 : base + j;
      x1[j] = partitionable ? base + j : n + base + j;
    }
    hash(k0, k1, x0, x1, m);
  }

  private static int[] scratch(int n) {
    return new int[Math.min(n, CHUNK)];
  }

  // ---------------------------------------------------------------- keys

  /**
   * {@code jax.random.PRNGKey(seed)} under x64 ({@code threefry_seed}): {@code k0} is the high
   * and {@code k1} the low 32 bits of the seed, so the key equals the seed. For JAX's 32-bit mode
   * (an int32 seed, zero-extended) pass {@code seed & 0xffffffffL}.
   */
  public long key(long seed) {
    return seed;
  }

  /** {@code jax.random.key_data}: the key's {@code uint32[2]} as {@code {k0, k1}}. */
  public int[] keyData(long key) {
    return new int[] {hi(key), lo(key)};
  }

  /** {@code jax.random.wrap_key_data} of {@code [k0, k1]}. */
  public long wrapKeyData(int k0, int k1) {
    return pack(k0, k1);
  }

  /** {@code jax.random.split(key)}: two new keys. */
  public long[] split(long key) {
    return split(key, 2);
  }

  /**
   * {@code jax.random.split(key, num)} ({@code threefry_split}). Partitionable: key {@code i} is
   * the hash of counter {@code (0, i)}, i.e. {@code foldIn(key, i)}. Legacy: one
   * {@code threefry_2x32} over {@code iota(2 * num)}, whose words are read off in pairs.
   */
  public long[] split(long key, int num) {
    checkSize(num);
    long[] out = new long[num];
    if (partitionable) {
      for (int i = 0; i < num; i++) {
        out[i] = block(key, 0, i);
      }
    } else {
      // Words w[j] = x0(j), w[num + j] = x1(j) with (x0, x1)(j) = hash(j, num + j); key i is
      // (w[2i], w[2i + 1]).
      int[] words = new int[2 * num];
      for (int j = 0; j < num; j++) {
        long b = block(key, j, num + j);
        words[j] = hi(b);
        words[num + j] = lo(b);
      }
      for (int i = 0; i < num; i++) {
        out[i] = pack(words[2 * i], words[2 * i + 1]);
      }
    }
    return out;
  }

  /** Key {@code i} of {@code split(key, 2)} without allocating; {@code i} is 0 or 1. */
  private long split2(long key, int i) {
    if (partitionable) {
      return block(key, 0, i);
    }
    // Legacy, num = 2: hash(0, 2) -> (w0, w2), hash(1, 3) -> (w1, w3); keys (w0, w1), (w2, w3).
    long a = block(key, 0, 2);
    long b = block(key, 1, 3);
    return i == 0 ? pack(hi(a), hi(b)) : pack(lo(a), lo(b));
  }

  /**
   * {@code jax.random.fold_in(key, data)} ({@code threefry_fold_in}): the hash of counter
   * {@code (0, data)}; the same in both modes.
   */
  public long foldIn(long key, int data) {
    return block(key, 0, data);
  }

  // ---------------------------------------------------------------- bits

  /** {@code jax.random.bits(key, (n,), uint32)} ({@code threefry_random_bits}, 32 bits). */
  public int[] bits(long key, int n) {
    checkSize(n);
    int[] out = new int[n];
    fillBits32(key, out, n);
    return out;
  }

  /** {@code jax.random.bits(key, (), uint32)}. */
  public int bits(long key) {
    long b = block(key, 0, 0);
    return partitionable ? hi(b) ^ lo(b) : hi(b);
  }

  private void fillBits32(long key, int[] out, int n) {
    final int k0 = hi(key);
    final int k1 = lo(key);
    if (!partitionable) {
      legacyWords(k0, k1, out, n);
      return;
    }
    // Counter (hi, lo) of the flat index; arrays stay below 2^32 elements, so hi is 0.
    int[] x0 = scratch(n);
    int[] x1 = scratch(n);
    for (int base = 0; base < n; base += CHUNK) {
      int m = Math.min(CHUNK, n - base);
      words64(k0, k1, n, base, m, x0, x1);
      for (int j = 0; j < m; j++) {
        out[base + j] = x0[j] ^ x1[j];
      }
    }
  }

  /**
   * Legacy {@code threefry_2x32(key, iota(m))}: the counts are padded to even length with a
   * zero and split in halves; word {@code j} and word {@code half + j} are the two outputs of
   * hashing {@code (j, half + j)}. ({@code m} is below 2^32 - 1, so JAX's multi-block path for
   * larger sizes never applies to Java arrays.)
   */
  private static void legacyWords(int k0, int k1, int[] out, int m) {
    final int half = (m + 1) >>> 1;
    int[] x0 = scratch(half);
    int[] x1 = scratch(half);
    for (int base = 0; base < half; base += CHUNK) {
      int c = Math.min(CHUNK, half - base);
      for (int j = 0; j < c; j++) {
        int c1 = half + base + j;
        x0[j] = base + j;
        x1[j] = c1 < m ? c1 : 0;
      }
      hash(k0, k1, x0, x1, c);
      System.arraycopy(x0, 0, out, base, c);
      System.arraycopy(x1, 0, out, half + base, Math.min(c, m - half - base));
    }
  }

  /** {@code jax.random.bits(key, (n,), uint64)}. */
  public long[] bits64(long key, int n) {
    checkSize(n);
    long[] out = new long[n];
    fillBits64(key, out, n);
    return out;
  }

  /** {@code jax.random.bits(key, (), uint64)}. */
  public long bits64(long key) {
    return partitionable ? block(key, 0, 0) : block(key, 0, 1);
  }

  private void fillBits64(long key, long[] out, int n) {
    int[] x0 = scratch(n);
    int[] x1 = scratch(n);
    for (int base = 0; base < n; base += CHUNK) {
      int m = Math.min(CHUNK, n - base);
      words64(hi(key), lo(key), n, base, m, x0, x1);
      for (int j = 0; j < m; j++) {
        out[base + j] = pack(x0[j], x1[j]);
      }
    }
  }

  /** {@code jax.random.bits(key, (n,), uint8)}; the bytes hold unsigned values. */
  public byte[] bits8(long key, int n) {
    checkSize(n);
    byte[] out = new byte[n];
    if (partitionable) {
      int[] w = bits(key, n);
      for (int i = 0; i < n; i++) {
        out[i] = (byte) w[i];
      }
    } else {
      // Legacy: ceil(n / 4) words, each viewed as four little-endian bytes.
      int[] w = new int[(n + 3) >>> 2];
      legacyWords(hi(key), lo(key), w, w.length);
      for (int i = 0; i < n; i++) {
        out[i] = (byte) (w[i >>> 2] >>> (8 * (i & 3)));
      }
    }
    return out;
  }

  /** {@code jax.random.bits(key, (n,), uint16)}; the shorts hold unsigned values. */
  public short[] bits16(long key, int n) {
    checkSize(n);
    short[] out = new short[n];
    if (partitionable) {
      int[] w = bits(key, n);
      for (int i = 0; i < n; i++) {
        out[i] = (short) w[i];
      }
    } else {
      int[] w = new int[(n + 1) >>> 1];
      legacyWords(hi(key), lo(key), w, w.length);
      for (int i = 0; i < n; i++) {
        out[i] = (short) (w[i >>> 1] >>> (16 * (i & 1)));
      }
    }
    return out;
  }

  // ---------------------------------------------------------------- uniform

  /** The float64 in [0, 1) that JAX's {@code _uniform} builds from 64 random bits. */
  static double unitDouble(long bits) {
    return Double.longBitsToDouble((bits >>> 12) | 0x3ff0000000000000L) - 1.0;
  }

  /** The float32 in [0, 1) that JAX's {@code _uniform} builds from 32 random bits. */
  static float unitFloat(int bits) {
    return Float.intBitsToFloat((bits >>> 9) | 0x3f800000) - 1.0f;
  }

  /** {@code jax.random.uniform(key, (n,), float64)}: [0, 1). */
  public double[] uniform(long key, int n) {
    return uniform(key, n, 0.0, 1.0);
  }

  /**
   * {@code jax.random.uniform(key, (n,), float64, minval, maxval)} ({@code _uniform}): 52 random
   * mantissa bits give {@code u} in [1, 2) minus 1, then {@code max(min, u * (max - min) + min)}.
   */
  public double[] uniform(long key, int n, double min, double max) {
    checkSize(n);
    double[] out = new double[n];
    double span = max - min;
    int[] x0 = scratch(n);
    int[] x1 = scratch(n);
    for (int base = 0; base < n; base += CHUNK) {
      int m = Math.min(CHUNK, n - base);
      words64(hi(key), lo(key), n, base, m, x0, x1);
      for (int j = 0; j < m; j++) {
        // XLA:CPU contracts u * span + min into one fused multiply-add.
        out[base + j] = Math.max(min, Math.fma(unitDouble(pack(x0[j], x1[j])), span, min));
      }
    }
    return out;
  }

  /** {@code jax.random.uniform(key, (), float64)}. */
  public double uniform(long key) {
    return unitDouble(bits64(key));
  }

  /** {@code jax.random.uniform(key, (), float64, minval, maxval)}. */
  public double uniform(long key, double min, double max) {
    return Math.max(min, Math.fma(unitDouble(bits64(key)), max - min, min));
  }

  /** {@code jax.random.uniform(key, (n,))} with JAX's default float32: [0, 1). */
  public float[] uniformF32(long key, int n) {
    return uniformF32(key, n, 0f, 1f);
  }

  /**
   * {@code jax.random.uniform(key, (n,), float32, minval, maxval)}: 23 mantissa bits
   * ({@code bits >>> 9 | 0x3f800000}) minus 1, scaled and clamped in float32 arithmetic.
   */
  public float[] uniformF32(long key, int n, float min, float max) {
    checkSize(n);
    float[] out = new float[n];
    float span = max - min;
    if (partitionable) {
      int[] x0 = scratch(n);
      int[] x1 = scratch(n);
      for (int base = 0; base < n; base += CHUNK) {
        int m = Math.min(CHUNK, n - base);
        words64(hi(key), lo(key), n, base, m, x0, x1);
        for (int j = 0; j < m; j++) {
          out[base + j] = Math.max(min, Math.fma(unitFloat(x0[j] ^ x1[j]), span, min));
        }
      }
    } else {
      int[] bits = bits(key, n);
      for (int i = 0; i < n; i++) {
        out[i] = Math.max(min, Math.fma(unitFloat(bits[i]), span, min));
      }
    }
    return out;
  }

  /** {@code jax.random.uniform(key, ())} in float32. */
  public float uniformF32(long key) {
    return unitFloat(bits(key));
  }

  /** {@code jax.random.uniform(key, (), float32, minval, maxval)}. */
  public float uniformF32(long key, float min, float max) {
    return Math.max(min, Math.fma(unitFloat(bits(key)), max - min, min));
  }

  // ---------------------------------------------------------------- normal

  private static final double SQRT2 = Math.sqrt(2.0);
  private static final float SQRT2_F = (float) Math.sqrt(2.0);
  /** {@code np.nextafter(-1, 0)} in float64 and float32: the lower bound in {@code _normal_real}. */
  private static final double NORMAL_LO = Math.nextUp(-1.0);
  private static final float NORMAL_LO_F = Math.nextUp(-1.0f);

  /**
   * {@code jax.random.normal(key, (n,), float64)} ({@code _normal_real}):
   * {@code sqrt(2) * erf_inv(uniform(key, minval=nextafter(-1, 0), maxval=1))}, with XLA's
   * float64 {@code ErfInv} polynomial.
   */
  public double[] normal(long key, int n) {
    double[] out = uniform(key, n, NORMAL_LO, 1.0);
    for (int i = 0; i < n; i++) {
      out[i] = SQRT2 * XlaMath.erfInv(out[i]);
    }
    return out;
  }

  /** {@code jax.random.normal(key, (), float64)}. */
  public double normal(long key) {
    return SQRT2 * XlaMath.erfInv(uniform(key, NORMAL_LO, 1.0));
  }

  /** {@code jax.random.normal(key, (n,))} in float32, with XLA's float32 {@code ErfInv}. */
  public float[] normalF32(long key, int n) {
    float[] out = uniformF32(key, n, NORMAL_LO_F, 1f);
    for (int i = 0; i < n; i++) {
      out[i] = SQRT2_F * XlaMath.erfInv(out[i]);
    }
    return out;
  }

  /** {@code jax.random.normal(key, ())} in float32. */
  public float normalF32(long key) {
    return SQRT2_F * XlaMath.erfInv(uniformF32(key, NORMAL_LO_F, 1f));
  }

  /**
   * {@code jax.random.truncated_normal(key, lower, upper, (n,), float64)}: inverse-CDF sampling,
   * {@code sqrt(2) * erf_inv(uniform(erf(lower / sqrt2), erf(upper / sqrt2)))}, clipped to the
   * open interval {@code (nextafter(lower, inf), nextafter(upper, -inf))}.
   */
  public double[] truncatedNormal(long key, double lower, double upper, int n) {
    double a = XlaMath.erf(lower / SQRT2);
    double b = XlaMath.erf(upper / SQRT2);
    double lo = Math.nextUp(lower);
    double hi = Math.nextDown(upper);
    double[] out = uniform(key, n, a, b);
    for (int i = 0; i < n; i++) {
      out[i] = Math.min(Math.max(SQRT2 * XlaMath.erfInv(out[i]), lo), hi);
    }
    return out;
  }

  /** {@code jax.random.truncated_normal(key, lower, upper, (), float64)}. */
  public double truncatedNormal(long key, double lower, double upper) {
    return truncatedNormal(key, lower, upper, 1)[0];
  }

  /**
   * {@code jax.random.truncated_normal(key, lower, upper, (n,))} in float32. XLA rewrites
   * {@code lower / sqrt2} as {@code lower * (1 / sqrt2)} and evaluates float32 {@code erf} with
   * its own rational function; both are reproduced, which matches JAX when the bounds are traced
   * values. When a JAX program passes literal bounds, XLA constant-folds {@code erf} with a
   * different routine (off by an ulp in the bounds), and samples can then differ by a few ulps.
   */
  public float[] truncatedNormalF32(long key, float lower, float upper, int n) {
    float a = XlaMath.erf(lower * (1f / SQRT2_F));
    float b = XlaMath.erf(upper * (1f / SQRT2_F));
    float lo = Math.nextUp(lower);
    float hi = Math.nextDown(upper);
    float[] out = uniformF32(key, n, a, b);
    for (int i = 0; i < n; i++) {
      out[i] = Math.min(Math.max(SQRT2_F * XlaMath.erfInv(out[i]), lo), hi);
    }
    return out;
  }

  /** {@code jax.random.truncated_normal(key, lower, upper, ())} in float32. */
  public float truncatedNormalF32(long key, float lower, float upper) {
    return truncatedNormalF32(key, lower, upper, 1)[0];
  }

  // ---------------------------------------------------------------- bernoulli

  /** {@code jax.random.bernoulli(key, p, (n,))} with a float64 {@code p}: {@code uniform < p}. */
  public boolean[] bernoulli(long key, double p, int n) {
    double[] u = uniform(key, n);
    boolean[] out = new boolean[n];
    for (int i = 0; i < n; i++) {
      out[i] = u[i] < p;
    }
    return out;
  }

  /** {@code jax.random.bernoulli(key, p)} with a float64 {@code p}. */
  public boolean bernoulli(long key, double p) {
    return uniform(key) < p;
  }

  /** {@code jax.random.bernoulli(key, p, (n,))} with a float32 {@code p}. */
  public boolean[] bernoulliF32(long key, float p, int n) {
    float[] u = uniformF32(key, n);
    boolean[] out = new boolean[n];
    for (int i = 0; i < n; i++) {
      out[i] = u[i] < p;
    }
    return out;
  }

  /** {@code jax.random.bernoulli(key, p)} with a float32 {@code p}. */
  public boolean bernoulliF32(long key, float p) {
    return uniformF32(key) < p;
  }

  // ---------------------------------------------------------------- randint

  /**
   * {@code jax.random.randint(key, (n,), min, max, int32)} ({@code _randint}): splits the key,
   * draws 32 bits from each half and reduces {@code hi * 2^32 + lo} modulo the span with JAX's
   * wrapping uint32 arithmetic (biased like JAX's when the span is not a power of two). When
   * {@code max <= min} every value is {@code min}.
   */
  public int[] randint(long key, int n, int min, int max) {
    checkSize(n);
    int[] higher = bits(split2(key, 0), n);
    int[] lower = bits(split2(key, 1), n);
    int span = span32(min, max);
    int multiplier = multiplier32(span);
    for (int i = 0; i < n; i++) {
      higher[i] = min + offset32(higher[i], lower[i], span, multiplier);
    }
    return higher;
  }

  /** {@code jax.random.randint(key, (), min, max, int32)}. */
  public int randint(long key, int min, int max) {
    int span = span32(min, max);
    return min + offset32(bits(split2(key, 0)), bits(split2(key, 1)), span, multiplier32(span));
  }

  private static int span32(int min, int max) {
    return max <= min ? 1 : max - min;
  }

  /** {@code (2^16 % span)^2 % span} in uint32, wrapping exactly as JAX's does. */
  private static int multiplier32(int span) {
    int m = Integer.remainderUnsigned(1 << 16, span);
    return Integer.remainderUnsigned(m * m, span);
  }

  private static int offset32(int higher, int lower, int span, int multiplier) {
    int off = Integer.remainderUnsigned(higher, span) * multiplier
        + Integer.remainderUnsigned(lower, span);
    return Integer.remainderUnsigned(off, span);
  }

  /** {@code jax.random.randint(key, (n,), min, max, int64)}: as {@link #randint} on 64 bits. */
  public long[] randint64(long key, int n, long min, long max) {
    checkSize(n);
    long[] higher = bits64(split2(key, 0), n);
    long[] lower = bits64(split2(key, 1), n);
    long span = span64(min, max);
    long multiplier = multiplier64(span);
    for (int i = 0; i < n; i++) {
      higher[i] = min + offset64(higher[i], lower[i], span, multiplier);
    }
    return higher;
  }

  /** {@code jax.random.randint(key, (), min, max, int64)}. */
  public long randint64(long key, long min, long max) {
    long span = span64(min, max);
    return min + offset64(
        bits64(split2(key, 0)), bits64(split2(key, 1)), span, multiplier64(span));
  }

  private static long span64(long min, long max) {
    return max <= min ? 1 : max - min;
  }

  private static long multiplier64(long span) {
    long m = Long.remainderUnsigned(1L << 32, span);
    return Long.remainderUnsigned(m * m, span);
  }

  private static long offset64(long higher, long lower, long span, long multiplier) {
    long off = Long.remainderUnsigned(higher, span) * multiplier
        + Long.remainderUnsigned(lower, span);
    return Long.remainderUnsigned(off, span);
  }

  // ---------------------------------------------------------------- exponential, gumbel

  /** {@code jax.random.exponential(key, (n,), float64)}: {@code -log1p(-uniform)}. */
  public double[] exponential(long key, int n) {
    double[] out = uniform(key, n);
    for (int i = 0; i < n; i++) {
      out[i] = -XlaMath.log1p(-out[i]);
    }
    return out;
  }

  /** {@code jax.random.exponential(key, (), float64)}. */
  public double exponential(long key) {
    return -XlaMath.log1p(-uniform(key));
  }

  /** {@code jax.random.exponential(key, (n,))} in float32. */
  public float[] exponentialF32(long key, int n) {
    float[] out = uniformF32(key, n);
    for (int i = 0; i < n; i++) {
      out[i] = -XlaMath.log1p(-out[i]);
    }
    return out;
  }

  /** {@code jax.random.exponential(key, ())} in float32. */
  public float exponentialF32(long key) {
    return -XlaMath.log1p(-uniformF32(key));
  }

  /**
   * {@code jax.random.gumbel(key, (n,), float64)} in JAX's default {@code mode="low"}:
   * {@code -log(-log(uniform(minval=tiny, maxval=1)))}.
   */
  public double[] gumbel(long key, int n) {
    double[] out = uniform(key, n, Double.MIN_NORMAL, 1.0);
    for (int i = 0; i < n; i++) {
      out[i] = -XlaMath.log(-XlaMath.log(out[i]));
    }
    return out;
  }

  /** {@code jax.random.gumbel(key, (), float64)}. */
  public double gumbel(long key) {
    return -XlaMath.log(-XlaMath.log(uniform(key, Double.MIN_NORMAL, 1.0)));
  }

  /** {@code jax.random.gumbel(key, (n,))} in float32, {@code mode="low"}. */
  public float[] gumbelF32(long key, int n) {
    float[] out = uniformF32(key, n, Float.MIN_NORMAL, 1f);
    for (int i = 0; i < n; i++) {
      out[i] = -XlaMath.log(-XlaMath.log(out[i]));
    }
    return out;
  }

  /** {@code jax.random.gumbel(key, ())} in float32. */
  public float gumbelF32(long key) {
    return -XlaMath.log(-XlaMath.log(uniformF32(key, Float.MIN_NORMAL, 1f)));
  }

  // ---------------------------------------------------------------- categorical

  /**
   * {@code jax.random.categorical(key, logits, shape=(n,))} for one float64 distribution (the
   * Gumbel-max trick, with replacement): draws {@code gumbel(key, (n, k))} and returns, per row,
   * the first index of the largest {@code gumbel + logits} (a NaN counts as largest, like
   * {@code jnp.argmax}).
   */
  public int[] categorical(long key, double[] logits, int n) {
    checkSize(n);
    int k = logits.length;
    checkCategories(k);
    double[] g = gumbel(key, Math.multiplyExact(n, k));
    int[] out = new int[n];
    for (int r = 0; r < n; r++) {
      out[r] = argmaxPlus(g, r * k, logits);
    }
    return out;
  }

  /** {@code jax.random.categorical(key, logits)} for one float64 distribution (shape {@code ()}). */
  public int categorical(long key, double[] logits) {
    checkCategories(logits.length);
    return argmaxPlus(gumbel(key, logits.length), 0, logits);
  }

  /** {@code jax.random.categorical(key, logits, shape=(n,))} with float32 logits. */
  public int[] categoricalF32(long key, float[] logits, int n) {
    checkSize(n);
    int k = logits.length;
    checkCategories(k);
    float[] g = gumbelF32(key, Math.multiplyExact(n, k));
    int[] out = new int[n];
    for (int r = 0; r < n; r++) {
      out[r] = argmaxPlus(g, r * k, logits);
    }
    return out;
  }

  /** {@code jax.random.categorical(key, logits)} with float32 logits (shape {@code ()}). */
  public int categoricalF32(long key, float[] logits) {
    checkCategories(logits.length);
    return argmaxPlus(gumbelF32(key, logits.length), 0, logits);
  }

  private static int argmaxPlus(double[] g, int off, double[] logits) {
    int best = 0;
    double bestV = g[off] + logits[0];
    for (int j = 1; j < logits.length && !Double.isNaN(bestV); j++) {
      double v = g[off + j] + logits[j];
      if (v > bestV || Double.isNaN(v)) {
        best = j;
        bestV = v;
      }
    }
    return best;
  }

  private static int argmaxPlus(float[] g, int off, float[] logits) {
    int best = 0;
    float bestV = g[off] + logits[0];
    for (int j = 1; j < logits.length && !Float.isNaN(bestV); j++) {
      float v = g[off + j] + logits[j];
      if (v > bestV || Float.isNaN(v)) {
        best = j;
        bestV = v;
      }
    }
    return best;
  }

  private static void checkCategories(int k) {
    if (k == 0) {
      throw new IllegalArgumentException("categorical needs at least one logit");
    }
  }

  // ---------------------------------------------------------------- permutation, choice

  /**
   * {@code jax.random.permutation(key, n)} ({@code _shuffle}): {@code ceil(3 ln n / ln(2^32-1))}
   * rounds, each splitting the key and stably sorting by fresh uint32 bits. Permuting an array
   * {@code x} of length {@code n} with JAX gives {@code x[permutation(key, n)[i]]} at {@code i}.
   */
  public int[] permutation(long key, int n) {
    checkSize(n);
    int[] x = new int[n];
    for (int i = 0; i < n; i++) {
      x[i] = i;
    }
    int rounds = (int) Math.ceil(3 * Math.log(Math.max(1, n)) / Math.log(4294967295.0));
    long[] sortKeys = new long[n];
    int[] next = new int[n];
    for (int r = 0; r < rounds; r++) {
      long subkey = split2(key, 1);
      key = split2(key, 0);
      int[] bits = bits(subkey, n);
      // lax.sort_key_val is stable: sort (unsigned key, position) pairs. Flipping the sign bit
      // makes signed long order equal unsigned uint32 order.
      for (int i = 0; i < n; i++) {
        sortKeys[i] = ((long) (bits[i] ^ Integer.MIN_VALUE) << 32) | i;
      }
      Arrays.sort(sortKeys);
      for (int i = 0; i < n; i++) {
        next[i] = x[(int) sortKeys[i]];
      }
      int[] t = x;
      x = next;
      next = t;
    }
    return x;
  }

  /**
   * {@code jax.random.choice(key, a, (n,), replace)} under x64 (indices into {@code arange(a)}):
   * with replacement {@code randint(key, (n,), 0, a)} in JAX's default int64; without,
   * the first {@code n} of {@code permutation(key, a)}.
   */
  public int[] choice(long key, int a, int n, boolean replace) {
    checkChoice(a, n, replace);
    if (!replace) {
      return Arrays.copyOf(permutation(key, a), n);
    }
    long[] r = randint64(key, n, 0, a);
    int[] out = new int[n];
    for (int i = 0; i < n; i++) {
      out[i] = (int) r[i];
    }
    return out;
  }

  /** {@code jax.random.choice(key, a)} under x64: one index, {@code randint(key, (), 0, a)}. */
  public int choice(long key, int a) {
    checkChoice(a, 1, true);
    return (int) randint64(key, 0, a);
  }

  /**
   * {@code jax.random.choice(key, a, (n,), replace)} in JAX's default 32-bit mode, where the
   * with-replacement draw is an int32 {@code randint}.
   */
  public int[] choiceF32(long key, int a, int n, boolean replace) {
    checkChoice(a, n, replace);
    return replace ? randint(key, n, 0, a) : Arrays.copyOf(permutation(key, a), n);
  }

  /** {@code jax.random.choice(key, a)} in JAX's default 32-bit mode. */
  public int choiceF32(long key, int a) {
    checkChoice(a, 1, true);
    return randint(key, 0, a);
  }

  /**
   * {@code jax.random.choice(key, a, (n,), replace, p)} with float64 probabilities. With
   * replacement: inverse CDF, {@code searchsorted(cumsum(p), cumsum(p)[-1] * (1 - uniform))}.
   * Without: the Gumbel top-k trick, the {@code n} largest of {@code gumbel(key, (a,)) + log(p)}.
   */
  public int[] choice(long key, int a, int n, boolean replace, double[] p) {
    checkChoice(a, n, replace);
    checkP(a, p.length);
    int[] out = new int[n];
    if (replace) {
      double[] cum = new double[a];
      double acc = 0;
      for (int i = 0; i < a; i++) {
        cum[i] = acc += p[i];
      }
      double[] u = uniform(key, n);
      for (int i = 0; i < n; i++) {
        out[i] = searchLeft(cum, cum[a - 1] * (1 - u[i]));
      }
    } else {
      double[] g = gumbel(key, a);
      for (int i = 0; i < a; i++) {
        g[i] += XlaMath.log(p[i]);
      }
      topK(g, out);
    }
    return out;
  }

  /** {@code jax.random.choice(key, a, (n,), replace, p)} with float32 probabilities. */
  public int[] choiceF32(long key, int a, int n, boolean replace, float[] p) {
    checkChoice(a, n, replace);
    checkP(a, p.length);
    int[] out = new int[n];
    if (replace) {
      float[] cum = new float[a];
      float acc = 0;
      for (int i = 0; i < a; i++) {
        cum[i] = acc += p[i];
      }
      float[] u = uniformF32(key, n);
      for (int i = 0; i < n; i++) {
        out[i] = searchLeft(cum, cum[a - 1] * (1 - u[i]));
      }
    } else {
      float[] g = gumbelF32(key, a);
      double[] d = new double[a];
      for (int i = 0; i < a; i++) {
        d[i] = g[i] + XlaMath.log(p[i]); // float32 sum, widened exactly for the shared top-k
      }
      topK(d, out);
    }
    return out;
  }

  /** {@code jnp.searchsorted(sorted, v, side='left')}: the count of elements below {@code v}. */
  private static int searchLeft(double[] sorted, double v) {
    int lo = 0;
    int hi = sorted.length;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (sorted[mid] < v) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }

  private static int searchLeft(float[] sorted, float v) {
    int lo = 0;
    int hi = sorted.length;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (sorted[mid] < v) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }

  /** {@code lax.top_k(values, k)[1]}: indices of the k largest, ties to the lower index. */
  private static void topK(double[] values, int[] out) {
    Integer[] idx = new Integer[values.length];
    for (int i = 0; i < idx.length; i++) {
      idx[i] = i;
    }
    // Stable sort, descending by value (NaN first, as the largest); equal values keep index order.
    Arrays.sort(idx, (x, y) -> Double.compare(values[y], values[x]));
    for (int i = 0; i < out.length; i++) {
      out[i] = idx[i];
    }
  }

  private static void checkChoice(int a, int n, boolean replace) {
    checkSize(n);
    if (a <= 0) {
      throw new IllegalArgumentException("a must be greater than 0, got " + a);
    }
    if (!replace && n > a) {
      throw new IllegalArgumentException(
          "cannot take a larger sample (" + n + ") than population (" + a + ") without replacement");
    }
  }

  private static void checkP(int a, int len) {
    if (len != a) {
      throw new IllegalArgumentException("p must have length a = " + a + ", got " + len);
    }
  }

  private static void checkSize(int n) {
    if (n < 0) {
      throw new IllegalArgumentException("negative size " + n);
    }
  }
}
