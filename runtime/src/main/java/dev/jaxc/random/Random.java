package dev.jaxc.random;

/**
 * {@code jax.random} with JAX's default PRNG in its default mode: static methods that delegate
 * to {@link Threefry#DEFAULT} (threefry2x32, {@code jax_threefry_partitionable=True}). Keys are
 * {@code long}s holding JAX's {@code [k0, k1]} key data; see {@link Threefry} for the key layout,
 * the dtype conventions ({@code F32} suffix = JAX's 32-bit default, no suffix = x64) and which
 * results are bit-exact. For the legacy counter layout use {@link Threefry#LEGACY}, which has the
 * same method names.
 */
public final class Random {

  private Random() {}

  /** {@link Threefry#block}: the raw threefry2x32 hash of one counter pair, packed like a key. */
  public static long block(int k0, int k1, int c0, int c1) {
    return Threefry.block(k0, k1, c0, c1);
  }

  /** {@link Threefry#key(long)} in partitionable mode. */
  public static long key(long seed) {
    return Threefry.DEFAULT.key(seed);
  }

  /** {@link Threefry#keyData(long)} in partitionable mode. */
  public static int[] keyData(long key) {
    return Threefry.DEFAULT.keyData(key);
  }

  /** {@link Threefry#wrapKeyData(int, int)} in partitionable mode. */
  public static long wrapKeyData(int k0, int k1) {
    return Threefry.DEFAULT.wrapKeyData(k0, k1);
  }

  /** {@link Threefry#split(long)} in partitionable mode. */
  public static long[] split(long key) {
    return Threefry.DEFAULT.split(key);
  }

  /** {@link Threefry#split(long, int)} in partitionable mode. */
  public static long[] split(long key, int num) {
    return Threefry.DEFAULT.split(key, num);
  }

  /** {@link Threefry#foldIn(long, int)} in partitionable mode. */
  public static long foldIn(long key, int data) {
    return Threefry.DEFAULT.foldIn(key, data);
  }

  /** {@link Threefry#bits(long, int)} in partitionable mode. */
  public static int[] bits(long key, int n) {
    return Threefry.DEFAULT.bits(key, n);
  }

  /** {@link Threefry#bits(long)} in partitionable mode. */
  public static int bits(long key) {
    return Threefry.DEFAULT.bits(key);
  }

  /** {@link Threefry#bits64(long, int)} in partitionable mode. */
  public static long[] bits64(long key, int n) {
    return Threefry.DEFAULT.bits64(key, n);
  }

  /** {@link Threefry#bits64(long)} in partitionable mode. */
  public static long bits64(long key) {
    return Threefry.DEFAULT.bits64(key);
  }

  /** {@link Threefry#bits8(long, int)} in partitionable mode. */
  public static byte[] bits8(long key, int n) {
    return Threefry.DEFAULT.bits8(key, n);
  }

  /** {@link Threefry#bits16(long, int)} in partitionable mode. */
  public static short[] bits16(long key, int n) {
    return Threefry.DEFAULT.bits16(key, n);
  }

  /** {@link Threefry#uniform(long, int)} in partitionable mode. */
  public static double[] uniform(long key, int n) {
    return Threefry.DEFAULT.uniform(key, n);
  }

  /** {@link Threefry#uniform(long, int, double, double)} in partitionable mode. */
  public static double[] uniform(long key, int n, double min, double max) {
    return Threefry.DEFAULT.uniform(key, n, min, max);
  }

  /** {@link Threefry#uniform(long)} in partitionable mode. */
  public static double uniform(long key) {
    return Threefry.DEFAULT.uniform(key);
  }

  /** {@link Threefry#uniform(long, double, double)} in partitionable mode. */
  public static double uniform(long key, double min, double max) {
    return Threefry.DEFAULT.uniform(key, min, max);
  }

  /** {@link Threefry#uniformF32(long, int)} in partitionable mode. */
  public static float[] uniformF32(long key, int n) {
    return Threefry.DEFAULT.uniformF32(key, n);
  }

  /** {@link Threefry#uniformF32(long, int, float, float)} in partitionable mode. */
  public static float[] uniformF32(long key, int n, float min, float max) {
    return Threefry.DEFAULT.uniformF32(key, n, min, max);
  }

  /** {@link Threefry#uniformF32(long)} in partitionable mode. */
  public static float uniformF32(long key) {
    return Threefry.DEFAULT.uniformF32(key);
  }

  /** {@link Threefry#uniformF32(long, float, float)} in partitionable mode. */
  public static float uniformF32(long key, float min, float max) {
    return Threefry.DEFAULT.uniformF32(key, min, max);
  }

  /** {@link Threefry#normal(long, int)} in partitionable mode. */
  public static double[] normal(long key, int n) {
    return Threefry.DEFAULT.normal(key, n);
  }

  /** {@link Threefry#normal(long)} in partitionable mode. */
  public static double normal(long key) {
    return Threefry.DEFAULT.normal(key);
  }

  /** {@link Threefry#normalF32(long, int)} in partitionable mode. */
  public static float[] normalF32(long key, int n) {
    return Threefry.DEFAULT.normalF32(key, n);
  }

  /** {@link Threefry#normalF32(long)} in partitionable mode. */
  public static float normalF32(long key) {
    return Threefry.DEFAULT.normalF32(key);
  }

  /** {@link Threefry#truncatedNormal(long, double, double, int)} in partitionable mode. */
  public static double[] truncatedNormal(long key, double lower, double upper, int n) {
    return Threefry.DEFAULT.truncatedNormal(key, lower, upper, n);
  }

  /** {@link Threefry#truncatedNormal(long, double, double)} in partitionable mode. */
  public static double truncatedNormal(long key, double lower, double upper) {
    return Threefry.DEFAULT.truncatedNormal(key, lower, upper);
  }

  /** {@link Threefry#truncatedNormalF32(long, float, float, int)} in partitionable mode. */
  public static float[] truncatedNormalF32(long key, float lower, float upper, int n) {
    return Threefry.DEFAULT.truncatedNormalF32(key, lower, upper, n);
  }

  /** {@link Threefry#truncatedNormalF32(long, float, float)} in partitionable mode. */
  public static float truncatedNormalF32(long key, float lower, float upper) {
    return Threefry.DEFAULT.truncatedNormalF32(key, lower, upper);
  }

  /** {@link Threefry#bernoulli(long, double, int)} in partitionable mode. */
  public static boolean[] bernoulli(long key, double p, int n) {
    return Threefry.DEFAULT.bernoulli(key, p, n);
  }

  /** {@link Threefry#bernoulli(long, double)} in partitionable mode. */
  public static boolean bernoulli(long key, double p) {
    return Threefry.DEFAULT.bernoulli(key, p);
  }

  /** {@link Threefry#bernoulliF32(long, float, int)} in partitionable mode. */
  public static boolean[] bernoulliF32(long key, float p, int n) {
    return Threefry.DEFAULT.bernoulliF32(key, p, n);
  }

  /** {@link Threefry#bernoulliF32(long, float)} in partitionable mode. */
  public static boolean bernoulliF32(long key, float p) {
    return Threefry.DEFAULT.bernoulliF32(key, p);
  }

  /** {@link Threefry#randint(long, int, int, int)} in partitionable mode. */
  public static int[] randint(long key, int n, int min, int max) {
    return Threefry.DEFAULT.randint(key, n, min, max);
  }

  /** {@link Threefry#randint(long, int, int)} in partitionable mode. */
  public static int randint(long key, int min, int max) {
    return Threefry.DEFAULT.randint(key, min, max);
  }

  /** {@link Threefry#randint64(long, int, long, long)} in partitionable mode. */
  public static long[] randint64(long key, int n, long min, long max) {
    return Threefry.DEFAULT.randint64(key, n, min, max);
  }

  /** {@link Threefry#randint64(long, long, long)} in partitionable mode. */
  public static long randint64(long key, long min, long max) {
    return Threefry.DEFAULT.randint64(key, min, max);
  }

  /** {@link Threefry#exponential(long, int)} in partitionable mode. */
  public static double[] exponential(long key, int n) {
    return Threefry.DEFAULT.exponential(key, n);
  }

  /** {@link Threefry#exponential(long)} in partitionable mode. */
  public static double exponential(long key) {
    return Threefry.DEFAULT.exponential(key);
  }

  /** {@link Threefry#exponentialF32(long, int)} in partitionable mode. */
  public static float[] exponentialF32(long key, int n) {
    return Threefry.DEFAULT.exponentialF32(key, n);
  }

  /** {@link Threefry#exponentialF32(long)} in partitionable mode. */
  public static float exponentialF32(long key) {
    return Threefry.DEFAULT.exponentialF32(key);
  }

  /** {@link Threefry#gumbel(long, int)} in partitionable mode. */
  public static double[] gumbel(long key, int n) {
    return Threefry.DEFAULT.gumbel(key, n);
  }

  /** {@link Threefry#gumbel(long)} in partitionable mode. */
  public static double gumbel(long key) {
    return Threefry.DEFAULT.gumbel(key);
  }

  /** {@link Threefry#gumbelF32(long, int)} in partitionable mode. */
  public static float[] gumbelF32(long key, int n) {
    return Threefry.DEFAULT.gumbelF32(key, n);
  }

  /** {@link Threefry#gumbelF32(long)} in partitionable mode. */
  public static float gumbelF32(long key) {
    return Threefry.DEFAULT.gumbelF32(key);
  }

  /** {@link Threefry#categorical(long, double[], int)} in partitionable mode. */
  public static int[] categorical(long key, double[] logits, int n) {
    return Threefry.DEFAULT.categorical(key, logits, n);
  }

  /** {@link Threefry#categorical(long, double[])} in partitionable mode. */
  public static int categorical(long key, double[] logits) {
    return Threefry.DEFAULT.categorical(key, logits);
  }

  /** {@link Threefry#categoricalF32(long, float[], int)} in partitionable mode. */
  public static int[] categoricalF32(long key, float[] logits, int n) {
    return Threefry.DEFAULT.categoricalF32(key, logits, n);
  }

  /** {@link Threefry#categoricalF32(long, float[])} in partitionable mode. */
  public static int categoricalF32(long key, float[] logits) {
    return Threefry.DEFAULT.categoricalF32(key, logits);
  }

  /** {@link Threefry#permutation(long, int)} in partitionable mode. */
  public static int[] permutation(long key, int n) {
    return Threefry.DEFAULT.permutation(key, n);
  }

  /** {@link Threefry#choice(long, int, int, boolean)} in partitionable mode. */
  public static int[] choice(long key, int a, int n, boolean replace) {
    return Threefry.DEFAULT.choice(key, a, n, replace);
  }

  /** {@link Threefry#choice(long, int)} in partitionable mode. */
  public static int choice(long key, int a) {
    return Threefry.DEFAULT.choice(key, a);
  }

  /** {@link Threefry#choiceF32(long, int, int, boolean)} in partitionable mode. */
  public static int[] choiceF32(long key, int a, int n, boolean replace) {
    return Threefry.DEFAULT.choiceF32(key, a, n, replace);
  }

  /** {@link Threefry#choiceF32(long, int)} in partitionable mode. */
  public static int choiceF32(long key, int a) {
    return Threefry.DEFAULT.choiceF32(key, a);
  }

  /** {@link Threefry#choice(long, int, int, boolean, double[])} in partitionable mode. */
  public static int[] choice(long key, int a, int n, boolean replace, double[] p) {
    return Threefry.DEFAULT.choice(key, a, n, replace, p);
  }

  /** {@link Threefry#choiceF32(long, int, int, boolean, float[])} in partitionable mode. */
  public static int[] choiceF32(long key, int a, int n, boolean replace, float[] p) {
    return Threefry.DEFAULT.choiceF32(key, a, n, replace, p);
  }
}
