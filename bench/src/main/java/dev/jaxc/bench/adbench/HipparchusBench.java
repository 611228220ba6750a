package dev.jaxc.bench.adbench;

import dev.jaxc.testdata.adbench.BaData;
import dev.jaxc.testdata.adbench.GmmData;
import dev.jaxc.testdata.adbench.LstmData;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.*;

/**
 * The same derivatives through Hipparchus' forward-mode Gradient, what a Java user reaches for
 * today. Slow (one partial per parameter on every operation), so measured in single shots.
 */
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@State(Scope.Benchmark)
@Fork(value = 1, jvmArgsAppend = {"-Xms2g", "-Xmx2g"})
@Warmup(iterations = 1)
@Measurement(iterations = 3)
public class HipparchusBench {
    GmmData gmm;
    LstmData lstm;
    BaData ba;

    @Setup
    public void setup() throws Exception {
        gmm = GmmData.read("gmm_d10_K25.txt");
        lstm = LstmData.read("lstm_l2_c1024.txt");
        ba = BaData.read("ba1_n49_m7776_p31843.txt");
    }

    @Benchmark public double[] gmmGradient() { return GmmHipparchus.gradient(gmm); }
    @Benchmark public double[] lstmGradient() { return LstmHipparchus.gradient(lstm); }

    @Benchmark
    @BenchmarkMode(Mode.AverageTime)
    @OutputTimeUnit(TimeUnit.MICROSECONDS)
    @Warmup(iterations = 3, time = 1)
    @Measurement(iterations = 5, time = 1)
    public double[][] baJacobian() { return BaHipparchus.jacobian(ba.camera(), ba.point(), ba.weight(), ba.feature()); }
}
