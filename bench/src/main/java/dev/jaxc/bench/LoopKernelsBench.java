package dev.jaxc.bench;

import dev.jaxc.bench.kernels.LoopKernels;
import java.lang.invoke.MethodHandle;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.*;

/** jaxc-compiled vs javac-compiled loop kernels (issue: ratio ≤ 1.1). */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@State(Scope.Benchmark)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
public class LoopKernelsBench {
    static final Class<?> JAXC = JaxcLoader.companion("dev.jaxc.bench.kernels.LoopKernels", "/dev/jaxc/bench/kernels/LoopKernels.java");
    static final MethodHandle MATMUL = JaxcLoader.handle(JAXC, "matmul", double[][].class, double[][].class, double[][].class);
    static final MethodHandle MANDEL = JaxcLoader.handle(JAXC, "mandelbrot", int.class, double.class, double.class, double.class, double.class, int.class, int.class);
    static final MethodHandle HEAT = JaxcLoader.handle(JAXC, "heat", double[].class, double[].class, double.class, int.class);

    double[][] a, b;
    double[] u0;

    @Setup
    public void setup() {
        SplittableRandom r = new SplittableRandom(42);
        a = new double[96][96];
        b = new double[96][96];
        for (int i = 0; i < 96; i++)
            for (int j = 0; j < 96; j++) {
                a[i][j] = r.nextDouble();
                b[i][j] = r.nextDouble();
            }
        u0 = new double[4096];
        for (int i = 0; i < u0.length; i++) u0[i] = Math.sin(i * 0.01);
    }

    @Benchmark public double[][] matmulJavac() { return LoopKernels.matmul(a, b); }
    @Benchmark public double[][] matmulJaxc() throws Throwable { return (double[][]) MATMUL.invokeExact(a, b); }
    @Benchmark public int mandelbrotJavac() { return LoopKernels.mandelbrot(-2, -1.5, 1, 1.5, 96, 200); }
    @Benchmark public int mandelbrotJaxc() throws Throwable { return (int) MANDEL.invokeExact(-2.0, -1.5, 1.0, 1.5, 96, 200); }
    @Benchmark public double[] heatJavac() { return LoopKernels.heat(u0, 0.2, 50); }
    @Benchmark public double[] heatJaxc() throws Throwable { return (double[]) HEAT.invokeExact(u0, 0.2, 50); }
}
