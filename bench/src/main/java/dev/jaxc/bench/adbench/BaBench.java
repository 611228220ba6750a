package dev.jaxc.bench.adbench;

import dev.jaxc.testdata.adbench.Ba;
import dev.jaxc.testdata.adbench.BaData;
import java.lang.invoke.MethodHandle;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.*;

/** ADBench BA: one observation's residual (javac, jaxc) and its 2×15 Jacobian (jaxc jacfwd). */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@State(Scope.Benchmark)
@Fork(value = 1)
@Warmup(iterations = 4, time = 1)
@Measurement(iterations = 5, time = 1)
public class BaBench {
    static final Class<?> JAXC = AdBenchState.companion("Ba");
    static final MethodHandle RESIDUAL = AdBenchState.handle(JAXC, "reprojError");
    static final MethodHandle JACOBIAN = AdBenchState.handle(JAXC, "reprojJacobian");
    static final MethodHandle JACOBIAN_REV = AdBenchState.handle(JAXC, "reprojJacobianReverse");

    BaData d;

    @Setup
    public void setup() throws Throwable {
        d = BaData.read("ba1_n49_m7776_p31843.txt");
        Object j = jacobianForward();
        double[][] dc = (double[][]) AdBenchState.part(j, "dCam"), dx = (double[][]) AdBenchState.part(j, "dX");
        double[] dw = (double[]) AdBenchState.part(j, "dW");
        double[][] h = BaHipparchus.jacobian(d.camera(), d.point(), d.weight(), d.feature());
        for (int row = 0; row < 2; row++)
            AdBenchState.assertClose(h[row], AdBenchState.concat(dc[row], dx[row], new double[] {dw[row]}), 1e-12, "row " + row);
    }

    @Benchmark public double[] residualJavac() { return Ba.reprojError(d.camera(), d.point(), d.weight(), d.feature()); }

    @Benchmark public Object residualJaxc() throws Throwable { return RESIDUAL.invoke(d.camera(), d.point(), d.weight(), d.feature()); }

    @Benchmark public Object jacobianForward() throws Throwable { return JACOBIAN.invoke(d.camera(), d.point(), d.weight(), d.feature()); }

    @Benchmark public Object jacobianReverse() throws Throwable { return JACOBIAN_REV.invoke(d.camera(), d.point(), d.weight(), d.feature()); }
}
