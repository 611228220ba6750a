package dev.jaxc;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Gives a {@link Jit} method its own forward-mode derivative rule, like
 * {@code jax.custom_jvp}. The value names another {@code @Jit} method of the same class that
 * takes the method's parameters followed by one tangent per {@code double}/{@code float}
 * parameter (same types, same order) and returns the tangent of the result:
 * <pre>
 * &#64;Jit &#64;CustomJvp("log1pexpJvp")
 * static double log1pexp(double x) { return x &gt; 30 ? x : Math.log1p(Math.exp(x)); }
 *
 * &#64;Jit static double log1pexpJvp(double x, double dx) { return dx / (1 + Math.exp(-x)); }
 * </pre>
 * Every derivative of the method (forward and reverse, at any order) uses the rule instead of
 * differentiating the body. Reverse mode transposes the rule, so it must be linear in the
 * tangents (it may be any function of the primal parameters).
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.METHOD)
public @interface CustomJvp {
    /** The rule method's name (in the same class). */
    String value();
}
