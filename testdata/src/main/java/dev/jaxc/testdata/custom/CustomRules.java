package dev.jaxc.testdata.custom;

import dev.jaxc.CustomJvp;
import dev.jaxc.CustomVjp;
import dev.jaxc.Derive;
import dev.jaxc.Jit;

/** Custom derivative rules from Java source, as jax.custom_jvp / jax.custom_vjp examples do. */
@Derive(name = "dLog1pexp", expr = "grad(log1pexp)")
@Derive(name = "dLog1pexpReverse", expr = "jacrev(log1pexp)")
@Derive(name = "dScaledClip", expr = "grad(scaledClip)")
public class CustomRules {
    /** log(1 + eˣ): the textbook form overflows for large x, and so would its derivative eˣ/(1 + eˣ). */
    @Jit
    @CustomJvp("log1pexpJvp")
    public static double log1pexp(double x) {
        return Math.log1p(Math.exp(x));
    }

    /** The stable tangent: t·σ(x). */
    @Jit
    public static double log1pexpJvp(double x, double t) {
        return t / (1 + Math.exp(-x));
    }

    /** The identity, whose cotangent is clipped to [-1, 1] on the way back (JAX's clip_gradient). */
    @Jit
    @CustomVjp({"clipBack"})
    public static double clipGradient(double x) {
        return x;
    }

    @Jit
    public static double clipBack(double x, double y, double ct) {
        return Math.max(-1, Math.min(1, ct));
    }

    @Jit
    public static double scaledClip(double x) {
        return 10 * clipGradient(x) + x;
    }
}
