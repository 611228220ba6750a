package dev.jaxc.testdata.adbench;

import static org.junit.jupiter.api.Assertions.*;

import java.lang.reflect.Method;
import org.junit.jupiter.api.Test;

/** The ADBench objectives compiled by jaxc agree bit-for-bit with javac's on the real data. */
class AdBenchObjectiveTest {
    static Method jaxc(String cls, String name) throws Exception { return AdBenchCompiled.method(cls, name); }

    @Test
    void gmmObjectiveMatchesJavacOnEveryInstance() throws Exception {
        for (String f : new String[] {"gmm_d2_K5.txt", "gmm_d10_K5.txt", "gmm_d10_K25.txt"}) {
            GmmData g = GmmData.read(f);
            double expected = g.objective();
            double actual = (double) jaxc("Gmm", "objective").invoke(null, g.alphas(), g.means(), g.icf(), g.x(), g.d(), g.k(), g.n(), g.gamma(), g.m(), g.constTerm());
            assertEquals(Double.doubleToRawLongBits(expected), Double.doubleToRawLongBits(actual), f + ": " + expected + " vs " + actual);
            assertTrue(Double.isFinite(expected));
        }
    }

    @Test
    void lstmObjectiveMatchesJavac() throws Exception {
        LstmData d = LstmData.read("lstm_l2_c1024.txt").truncated(64);
        double expected = d.objective();
        double actual = (double) jaxc("Lstm", "objective").invoke(null, d.mainParams(), d.extraParams(), d.state(), d.seq(), d.l(), d.c(), d.b());
        assertEquals(Double.doubleToRawLongBits(expected), Double.doubleToRawLongBits(actual), expected + " vs " + actual);
    }

    @Test
    void baResidualsMatchJavac() throws Exception {
        BaData d = BaData.read("ba1_n49_m7776_p31843.txt");
        double[] expected = Ba.reprojError(d.camera(), d.point(), d.weight(), d.feature());
        double[] actual = (double[]) jaxc("Ba", "reprojError").invoke(null, d.camera(), d.point(), d.weight(), d.feature());
        assertArrayEquals(expected, actual, 0.0);
        double[] zeroRotation = d.camera().clone();
        zeroRotation[0] = zeroRotation[1] = zeroRotation[2] = 0;
        assertArrayEquals(Ba.reprojError(zeroRotation, d.point(), d.weight(), d.feature()),
                (double[]) jaxc("Ba", "reprojError").invoke(null, zeroRotation, d.point(), d.weight(), d.feature()), 0.0);
    }
}
