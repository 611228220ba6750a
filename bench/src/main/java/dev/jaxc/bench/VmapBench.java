package dev.jaxc.bench;

import dev.jaxc.bench.kernels.VmapKernels;
import java.lang.invoke.MethodHandle;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.*;

/**
 * vmap(f) over 10^5 elements against a hand-written Java loop calling the javac-compiled f
 * (issue: ratio ≤ 1.0), and pmap(f) against vmap(f) (issue: ≥ 1.7x on 2 cores for a
 * compute-bound f). Every variant allocates its result array.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@State(Scope.Benchmark)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
@Warmup(iterations = 4, time = 1)
@Measurement(iterations = 6, time = 1)
public class VmapBench {
    static final int N = 100_000;
    static final Class<?> JAXC = JaxcLoader.companion("dev.jaxc.bench.kernels.VmapKernels", "/dev/jaxc/bench/kernels/VmapKernels.java");
    static final MethodHandle POLY_V = JaxcLoader.handle(JAXC, "polyV", double[].class, double[].class);
    static final MethodHandle DAMPED_V = JaxcLoader.handle(JAXC, "dampedV", double[].class, double[].class);
    static final MethodHandle DAMPED_P = JaxcLoader.handle(JAXC, "dampedP", double[].class, double[].class);
    static final MethodHandle ESCAPE_V = JaxcLoader.handle(JAXC, "escapeV", int[].class, double[].class, double.class);
    static final MethodHandle ESCAPE_P = JaxcLoader.handle(JAXC, "escapeP", int[].class, double[].class, double.class);

    double[] xs;
    double ci = 0.4;

    @Setup
    public void setup() {
        SplittableRandom r = new SplittableRandom(42);
        xs = new double[N];
        for (int i = 0; i < N; i++) xs[i] = r.nextDouble(-2, 2);
    }

    @Benchmark public double[] polyLoop() {
        double[] out = new double[xs.length];
        for (int i = 0; i < xs.length; i++) out[i] = VmapKernels.poly(xs[i]);
        return out;
    }

    @Benchmark public double[] polyVmap() throws Throwable { return (double[]) POLY_V.invokeExact(xs); }

    @Benchmark public double[] dampedLoop() {
        double[] out = new double[xs.length];
        for (int i = 0; i < xs.length; i++) out[i] = VmapKernels.damped(xs[i]);
        return out;
    }

    @Benchmark public double[] dampedVmap() throws Throwable { return (double[]) DAMPED_V.invokeExact(xs); }

    @Benchmark public double[] dampedPmap() throws Throwable { return (double[]) DAMPED_P.invokeExact(xs); }

    @Benchmark public int[] escapeLoop() {
        int[] out = new int[xs.length];
        for (int i = 0; i < xs.length; i++) out[i] = VmapKernels.escape(xs[i], ci);
        return out;
    }

    @Benchmark public int[] escapeVmap() throws Throwable { return (int[]) ESCAPE_V.invokeExact(xs, ci); }

    @Benchmark public int[] escapePmap() throws Throwable { return (int[]) ESCAPE_P.invokeExact(xs, ci); }
}
