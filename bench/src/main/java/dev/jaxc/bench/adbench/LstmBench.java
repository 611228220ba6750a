package dev.jaxc.bench.adbench;

import dev.jaxc.testdata.adbench.Lstm;
import dev.jaxc.testdata.adbench.LstmData;
import java.lang.invoke.MethodHandle;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.*;

/** ADBench LSTM l2_c1024: objective (javac, jaxc) and gradient (jaxc reverse mode). */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@State(Scope.Benchmark)
@Fork(value = 1, jvmArgsAppend = {"-Xms2g", "-Xmx2g"})
@Warmup(iterations = 4, time = 2)
@Measurement(iterations = 5, time = 2)
public class LstmBench {
    static final Class<?> JAXC = AdBenchState.companion("Lstm");
    static final MethodHandle OBJECTIVE = AdBenchState.handle(JAXC, "objective");
    static final MethodHandle GRAD = AdBenchState.handle(JAXC, "gradParams");

    LstmData d;

    @Setup
    public void setup() throws Throwable {
        d = LstmData.read("lstm_l2_c1024.txt");
        LstmData small = d.truncated(20);
        Object r = GRAD.invoke(small.mainParams(), small.extraParams(), small.state(), small.seq(), small.l(), small.c(), small.b());
        AdBenchState.assertClose(LstmHipparchus.gradient(small),
                AdBenchState.concat((double[]) AdBenchState.part(r, "dMainParams"), (double[]) AdBenchState.part(r, "dExtraParams")), 1e-10, "jaxc vs Hipparchus");
    }

    @Benchmark public double objectiveJavac() { return Lstm.objective(d.mainParams(), d.extraParams(), d.state(), d.seq(), d.l(), d.c(), d.b()); }

    @Benchmark
    public double objectiveJaxc() throws Throwable {
        return (double) OBJECTIVE.invoke(d.mainParams(), d.extraParams(), d.state(), d.seq(), d.l(), d.c(), d.b());
    }

    @Benchmark
    public Object gradient() throws Throwable {
        return GRAD.invoke(d.mainParams(), d.extraParams(), d.state(), d.seq(), d.l(), d.c(), d.b());
    }
}
