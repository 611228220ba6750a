package dev.jaxc.passes.ad;

import dev.jaxc.passes.transform.TransformRegistry;

/** Registers the AD transforms of the expression language. */
public final class AdTransforms {
    private AdTransforms() {}

    public static void registerAll(TransformRegistry r) {
        r.register("jvp", new JvpTransform());
        r.register("vjp", new VjpTransform());
        r.register("grad", new GradTransform(false));
        r.register("value_and_grad", new GradTransform(true));
        r.register("jacfwd", new JacobianTransform(false));
        r.register("jacrev", new JacobianTransform(true));
        r.register("hessian", new HessianTransform());
    }
}
