package dev.jaxc.bench.adbench;

import dev.jaxc.bench.JaxcLoader;
import java.lang.invoke.MethodHandle;

/** jaxc companions of the ADBench models, compiled from their sources when the benchmark starts. */
final class AdBenchState {
    private AdBenchState() {}

    static final String[] SOURCES = {
        "/dev/jaxc/testdata/adbench/Gmm.java", "/dev/jaxc/testdata/adbench/Lstm.java", "/dev/jaxc/testdata/adbench/Ba.java"};

    static Class<?> companion(String cls) { return JaxcLoader.companion("dev.jaxc.testdata.adbench." + cls, SOURCES); }

    static MethodHandle handle(Class<?> c, String name) {
        for (var m : c.getMethods()) {
            if (m.getName().equals(name)) {
                try {
                    return java.lang.invoke.MethodHandles.publicLookup().unreflect(m);
                } catch (IllegalAccessException e) {
                    throw new IllegalStateException(e);
                }
            }
        }
        throw new IllegalStateException("no " + name + " in " + c);
    }

    static Object part(Object record, String accessor) {
        try {
            return record.getClass().getMethod(accessor).invoke(record);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Fails the benchmark run if two gradients disagree: speed of a wrong answer means nothing. */
    static void assertClose(double[] a, double[] b, double rel, String what) {
        if (a.length != b.length) throw new IllegalStateException(what + ": lengths " + a.length + " vs " + b.length);
        double scale = 0;
        for (double v : a) scale = Math.max(scale, Math.abs(v));
        for (int i = 0; i < a.length; i++)
            if (Math.abs(a[i] - b[i]) > rel * scale) throw new IllegalStateException(what + "[" + i + "]: " + a[i] + " vs " + b[i]);
    }

    static double[] concat(double[]... parts) {
        int n = 0;
        for (double[] p : parts) n += p.length;
        double[] out = new double[n];
        int k = 0;
        for (double[] p : parts) {
            System.arraycopy(p, 0, out, k, p.length);
            k += p.length;
        }
        return out;
    }
}
