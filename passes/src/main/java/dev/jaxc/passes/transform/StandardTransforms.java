package dev.jaxc.passes.transform;

import dev.jaxc.passes.batching.PmapTransform;
import dev.jaxc.passes.batching.VmapTransform;

/** Registers the implemented transforms; each transform issue adds its line here. */
final class StandardTransforms {
    private StandardTransforms() {}

    static void registerAll(TransformRegistry r) {
        dev.jaxc.passes.ad.AdTransforms.registerAll(r);
        r.register("vmap", new VmapTransform());
        r.register("pmap", new PmapTransform());
    }
}
