package dev.jaxc.check;

/** A derivative at a point: (x, v) ↦ J(x)·v for a JVP, or (x, c) ↦ J(x)ᵀ·c for a VJP. */
@FunctionalInterface
public interface LinearMap {
    double[] apply(double[] x, double[] v);
}
