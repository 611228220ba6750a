package dev.jaxc.passes.batching;

import dev.jaxc.ir.Function;
import dev.jaxc.ir.prim.ForLoop;
import dev.jaxc.passes.transform.Transform;
import dev.jaxc.passes.transform.TransformCall;
import dev.jaxc.passes.transform.TransformContext;
import java.util.Set;

/**
 * {@code pmap(f, in_axes=..., out_axes=...)}: vmap whose batch is split into chunks that run on
 * the CPU cores (a shared pool of the runtime), results bit-identical to vmap's. Adds the chunk
 * function {@code <name>$chunk} to the program.
 */
public final class PmapTransform implements Transform {
    @Override public Set<String> keywords() { return Set.of("in_axes", "out_axes"); }

    @Override public Function apply(TransformContext ctx, Function f, TransformCall call, String resultName) {
        String chunkName = ctx.freshName(resultName + "$chunk");
        BatchingPass.Pmap p = BatchingPass.pmap(VmapTransform.source(ctx, f), VmapTransform.inAxes(f, call), VmapTransform.outAxis(f, call),
                resultName, chunkName);
        ctx.program().add(p.chunk());
        ctx.program().setAttribute(chunkName, ForLoop.OWNED_PARAMS, BatchingPass.ownedOuts(f));
        ctx.program().setAttribute(resultName, BatchingPass.BATCHED, call.name());
        return p.function();
    }
}
