package dev.jaxc;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Gives a {@link Jit} method its own reverse-mode derivative, like {@code jax.custom_vjp}:
 * one backward method per {@code double}/{@code float} parameter (in order), each taking the
 * method's parameters, its result and the cotangent of the result, and returning the
 * cotangent of that parameter. The forward sweep saves the parameters and the result. E.g. a
 * linear solve differentiated by the implicit function theorem (x = A⁻¹b, λ = A⁻ᵀ·ct):
 * <pre>
 * &#64;Jit &#64;CustomVjp({"solveBwdA", "solveBwdB"})
 * static double[] solve(double[][] a, double[] b) { ... }
 *
 * &#64;Jit static double[][] solveBwdA(double[][] a, double[] b, double[] x, double[] ct) { ... -λ xᵀ ... }
 * &#64;Jit static double[]   solveBwdB(double[][] a, double[] b, double[] x, double[] ct) { ... λ ... }
 * </pre>
 * Forward mode of such a method is computed from the backward methods (one call per element of
 * the result), so it is exact but costs O(size of the result) backward calls.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.METHOD)
public @interface CustomVjp {
    /** The backward methods' names (same class), one per floating-point parameter. */
    String[] value();
}
