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

    /** The runtime's pool on pure arithmetic: how much parallelism the machine gave this run. */
    static final MethodHandle SPIN = spinHandle();

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

    /** 25 chunks of arithmetic, as pmap's 25 chunks of 4096 lanes; compare with {@link #capacitySerial}. */
    @Benchmark public double[] capacityPool() throws Throwable {
        double[] out = new double[N];
        dev.jaxc.runtime.ParallelFor.run(SPIN, 0, N, 4096, new Object[] {null, out}, 0, new int[] {1});
        return out;
    }

    @Benchmark public double[] capacitySerial() {
        double[] out = new double[N];
        for (int i = 0; i < N; i += 4096) spin(i, out);
        return out;
    }

    public static double[] spin(int lo, double[] out) {
        for (int l = lo; l < Math.min(lo + 4096, out.length); l++) {
            double x = l;
            for (int k = 0; k < 64; k++) x = x * 0.97 + 0.01 * k;
            out[l] = x;
        }
        return out;
    }

    private static MethodHandle spinHandle() {
        try {
            return java.lang.invoke.MethodHandles.lookup().findStatic(VmapBench.class, "spin",
                    java.lang.invoke.MethodType.methodType(double[].class, int.class, double[].class));
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    @Benchmark public int[] escapeVmap() throws Throwable { return (int[]) ESCAPE_V.invokeExact(xs, ci); }

    @Benchmark public int[] escapePmap() throws Throwable { return (int[]) ESCAPE_P.invokeExact(xs, ci); }
}
