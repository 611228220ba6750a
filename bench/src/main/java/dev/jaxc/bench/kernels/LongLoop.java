package dev.jaxc.bench.kernels;

import dev.jaxc.Checkpoint;
import dev.jaxc.Derive;
import dev.jaxc.Jit;

/** One ODE integration of 10⁶ steps, differentiated with a full tape and with √n checkpointing. */
@Derive(name = "gradTaped", expr = "grad(taped)")
@Derive(name = "gradCheckpointed", expr = "grad(checkpointed)")
public class LongLoop {
    @Jit
    public static double taped(double k, int steps) {
        double y = 1, dt = 1e-6;
        for (int i = 0; i < steps; i++) y += dt * (Math.sin(y) - k * y);
        return y;
    }

    @Jit
    @Checkpoint
    public static double checkpointed(double k, int steps) {
        double y = 1, dt = 1e-6;
        for (int i = 0; i < steps; i++) y += dt * (Math.sin(y) - k * y);
        return y;
    }
}
