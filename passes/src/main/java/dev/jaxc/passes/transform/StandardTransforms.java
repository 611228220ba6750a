package dev.jaxc.passes.transform;

/** Registers the implemented transforms; each transform issue adds its line here. */
final class StandardTransforms {
    private StandardTransforms() {}

    static void registerAll(TransformRegistry r) {
        dev.jaxc.passes.ad.AdTransforms.registerAll(r);
    }
}
