package dev.jaxc.runtime;

import java.lang.invoke.MethodHandle;
import java.lang.reflect.RecordComponent;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.RecursiveAction;

/**
 * Runs a parallel loop of generated code (pmap's loop over chunks of a batch) on a shared
 * fork/join pool. The loop is {@code for (i = lo; i < hi; i += step) carries = chunk(args)} with
 * {@code args[indexArg] = i}: every iteration gets the same carried arrays, writes only its own
 * part of them in place and returns them. Below {@link #SEQUENTIAL_BELOW} loop-index units (lanes,
 * for pmap), or for a single iteration, the loop runs in the calling thread.
 *
 * <p>Exceptions thrown by an iteration propagate to the caller (from a pool thread, as a new
 * exception of the same class whose cause is the original).
 */
public final class ParallelFor {
    /** Loops spanning fewer loop-index units run sequentially (system property {@code jaxc.pmap.sequentialBelow}). */
    public static final int SEQUENTIAL_BELOW = Integer.getInteger("jaxc.pmap.sequentialBelow", 4096);

    /** Parallelism of the shared pool (system property {@code jaxc.pmap.threads}, default: the processors). */
    public static final int THREADS = Integer.getInteger("jaxc.pmap.threads", Runtime.getRuntime().availableProcessors());

    private static final class Holder {
        static final ForkJoinPool POOL = new ForkJoinPool(THREADS);
    }

    private ParallelFor() {}

    /**
     * @param chunk a static method taking {@code args} and returning the carried arrays (one
     *     array, or a record of them)
     * @param carryArgs positions in {@code args} of the carried arrays, in result order
     */
    public static void run(MethodHandle chunk, int lo, int hi, int step, Object[] args, int indexArg, int[] carryArgs) throws Throwable {
        if (step <= 0) throw new IllegalArgumentException("parallel loop with step " + step);
        long iterations = hi > lo ? ((long) hi - lo + step - 1) / step : 0;
        if (iterations <= 1 || (long) hi - lo < SEQUENTIAL_BELOW || THREADS <= 1) {
            range(chunk, lo, hi, step, args, indexArg, carryArgs);
            return;
        }
        long grain = Math.max(1, iterations / (4L * THREADS));
        Holder.POOL.invoke(new Task(chunk, lo, hi, step, args, indexArg, carryArgs, 0, iterations, grain));
    }

    /** Iterations with index in [from, to), in order, in this thread. */
    private static void range(MethodHandle chunk, int from, int to, int step, Object[] shared, int indexArg, int[] carryArgs) throws Throwable {
        Object[] args = shared.clone();
        for (long i = from; i < to; i += step) {
            args[indexArg] = (int) i;
            check(chunk.invokeWithArguments(args), args, carryArgs);
        }
    }

    /** The iteration must hand back the very arrays it was given: the others' parts live in them too. */
    private static void check(Object result, Object[] args, int[] carryArgs) throws ReflectiveOperationException {
        if (carryArgs.length == 0) return;
        if (carryArgs.length == 1) {
            if (result != args[carryArgs[0]]) throw notInPlace();
            return;
        }
        RecordComponent[] parts = result.getClass().getRecordComponents();
        for (int k = 0; k < carryArgs.length; k++) {
            java.lang.reflect.Method m = parts[k].getAccessor();
            m.setAccessible(true);
            if (m.invoke(result) != args[carryArgs[k]]) throw notInPlace();
        }
    }

    private static IllegalStateException notInPlace() {
        return new IllegalStateException("jaxc internal error: an iteration of a parallel loop did not update its arrays in place");
    }

    private static final class Task extends RecursiveAction {
        private final MethodHandle chunk;
        private final int lo, hi, step, indexArg;
        private final Object[] args;
        private final int[] carryArgs;
        private final long first, end, grain;

        Task(MethodHandle chunk, int lo, int hi, int step, Object[] args, int indexArg, int[] carryArgs, long first, long end, long grain) {
            this.chunk = chunk;
            this.lo = lo;
            this.hi = hi;
            this.step = step;
            this.args = args;
            this.indexArg = indexArg;
            this.carryArgs = carryArgs;
            this.first = first;
            this.end = end;
            this.grain = grain;
        }

        @Override protected void compute() {
            if (end - first > grain) {
                long mid = (first + end) >>> 1;
                invokeAll(new Task(chunk, lo, hi, step, args, indexArg, carryArgs, first, mid, grain),
                        new Task(chunk, lo, hi, step, args, indexArg, carryArgs, mid, end, grain));
                return;
            }
            int from = (int) (lo + first * step);
            int to = (int) Math.min(hi, lo + end * step);
            try {
                range(chunk, from, to, step, args, indexArg, carryArgs);
            } catch (RuntimeException | Error e) {
                throw e;
            } catch (Throwable t) {
                throw new IllegalStateException(t);
            }
        }
    }
}
