package dev.jaxc.bench;

import dev.jaxc.random.Random;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Throughput of dev.jaxc.random (threefry2x32, 20 rounds per two 32-bit words, partitionable
 * mode) against {@link SplittableRandom#nextInt()} filling the same {@code int[n]}. One
 * operation produces {@code n} 32-bit values; bits per second = ops/s * n * 32.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class PrngBench {

  @Param({"65536"})
  public int n;

  private long key;
  private int[] out;
  private SplittableRandom splittable;

  @Setup
  public void setup() {
    key = Random.key(42);
    out = new int[n];
    splittable = new SplittableRandom(42);
  }

  /** {@code jax.random.bits(key, (n,), uint32)}; allocates its result like the JAX call. */
  @Benchmark
  public int[] threefryBits() {
    return Random.bits(key, n);
  }

  /** {@code jax.random.uniform(key, (n,))} in float32. */
  @Benchmark
  public float[] threefryUniformF32() {
    return Random.uniformF32(key, n);
  }

  /** {@code jax.random.uniform(key, (n,), float64)}: one hash per 64-bit value. */
  @Benchmark
  public double[] threefryUniformF64() {
    return Random.uniform(key, n);
  }

  /** Baseline: SplittableRandom filling a preallocated int[n]. */
  @Benchmark
  public int[] splittableRandomNextInt() {
    int[] o = out;
    SplittableRandom r = splittable;
    for (int i = 0; i < o.length; i++) {
      o[i] = r.nextInt();
    }
    return o;
  }
}
