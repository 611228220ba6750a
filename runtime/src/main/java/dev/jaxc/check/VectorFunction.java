package dev.jaxc.check;

/** A function R^n → R^m on flat arrays (adapt 2-D parameters by flattening). */
@FunctionalInterface
public interface VectorFunction {
    double[] apply(double[] x);

    /** Wraps a scalar function as R^n → R^1. */
    static VectorFunction ofScalar(java.util.function.ToDoubleFunction<double[]> f) {
        return x -> new double[] {f.applyAsDouble(x)};
    }
}
