package dev.jaxc.bench.adbench;

import dev.jaxc.testdata.adbench.Gmm;
import dev.jaxc.testdata.adbench.GmmData;
import java.lang.invoke.MethodHandle;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.*;

/** ADBench GMM d10_K25: objective (javac, jaxc) and gradient (jaxc reverse mode); ratio gradient/objective. */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@State(Scope.Benchmark)
@Fork(value = 1, jvmArgsAppend = {"-Xms2g", "-Xmx2g"})
@Warmup(iterations = 4, time = 2)
@Measurement(iterations = 5, time = 2)
public class GmmBench {
    static final Class<?> JAXC = AdBenchState.companion("Gmm");
    static final MethodHandle OBJECTIVE = AdBenchState.handle(JAXC, "objective");
    static final MethodHandle GRAD = AdBenchState.handle(JAXC, "gradAll");

    @Param({"gmm_d10_K25.txt"})
    String file;

    GmmData g;
    double constTerm;

    @Setup
    public void setup() throws Throwable {
        g = GmmData.read(file);
        constTerm = g.constTerm();
        Object r = gradient();
        double[] jaxc = AdBenchState.concat((double[]) AdBenchState.part(r, "dAlphas"), (double[]) AdBenchState.part(r, "dMeans"), (double[]) AdBenchState.part(r, "dIcf"));
        if (file.equals("gmm_d2_K5.txt")) AdBenchState.assertClose(GmmHipparchus.gradient(g), jaxc, 1e-10, "jaxc vs Hipparchus gradient");
    }

    @Benchmark
    public double objectiveJavac() {
        return Gmm.objective(g.alphas(), g.means(), g.icf(), g.x(), g.d(), g.k(), g.n(), g.gamma(), g.m(), constTerm);
    }

    @Benchmark
    public double objectiveJaxc() throws Throwable {
        return (double) OBJECTIVE.invoke(g.alphas(), g.means(), g.icf(), g.x(), g.d(), g.k(), g.n(), g.gamma(), g.m(), constTerm);
    }

    @Benchmark
    public Object gradient() throws Throwable {
        return GRAD.invoke(g.alphas(), g.means(), g.icf(), g.x(), g.d(), g.k(), g.n(), g.gamma(), g.m(), constTerm);
    }
}
