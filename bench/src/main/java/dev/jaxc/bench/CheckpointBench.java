package dev.jaxc.bench;

import java.lang.invoke.MethodHandle;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.*;

/**
 * Memory of reverse mode through a loop of 10⁶ steps: a full per-iteration tape against √n
 * checkpointing. Run with {@code -prof gc}: gc.alloc.rate.norm is the bytes each gradient allocates.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@State(Scope.Benchmark)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
public class CheckpointBench {
    static final Class<?> JAXC = JaxcLoader.companion("dev.jaxc.bench.kernels.LongLoop", "/dev/jaxc/bench/kernels/LongLoop.java");
    static final MethodHandle PRIMAL = JaxcLoader.handle(JAXC, "taped", double.class, double.class, int.class);
    static final MethodHandle TAPED = JaxcLoader.handle(JAXC, "gradTaped", double.class, double.class, int.class);
    static final MethodHandle CHECKPOINTED = JaxcLoader.handle(JAXC, "gradCheckpointed", double.class, double.class, int.class);

    @Param({"1000000"})
    int steps;

    @Setup
    public void check() throws Throwable {
        double a = (double) TAPED.invokeExact(0.5, steps), b = (double) CHECKPOINTED.invokeExact(0.5, steps);
        if (Math.abs(a - b) > 1e-12 * Math.abs(a)) throw new IllegalStateException("checkpointed gradient " + b + " ≠ taped " + a);
    }

    @Benchmark public double primal() throws Throwable { return (double) PRIMAL.invokeExact(0.5, steps); }
    @Benchmark public double gradTaped() throws Throwable { return (double) TAPED.invokeExact(0.5, steps); }
    @Benchmark public double gradCheckpointed() throws Throwable { return (double) CHECKPOINTED.invokeExact(0.5, steps); }
}
