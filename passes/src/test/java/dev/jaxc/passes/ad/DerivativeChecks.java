package dev.jaxc.passes.ad;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * The three-way agreement test for a function with one floating-point scalar result: reverse
 * mode (grad over all floating-point parameters), forward mode (jvp) and central differences,
 * along a random direction.
 *
 * <p>Tolerances: forward and reverse compute the same sums in different orders, so they agree
 * to rounding (rtol 1e-12). Central differences with h = 1e-5 on inputs of order 1 have
 * truncation error h²·|f'''|/6 ≈ 1e-11·|f'''| and rounding error ≈ ε·|f|/h ≈ 2e-11·|f|; a
 * tolerance of 1e-7 (relative plus absolute) leaves four orders of magnitude of margin.
 */
final class DerivativeChecks {
    static final double FWD_REV_RTOL = 1e-12;
    static final double FD_TOL = 1e-7;
    static final double H = 1e-5;

    private DerivativeChecks() {}

    /** Checks fn at args (derives {@code fn_grad} and {@code fn_jvp} on first use). */
    static void check(AdHarness h, String fn, long seed, Object... args) {
        var f = h.program.get(AdHarness.CLS + "." + fn);
        List<Integer> floats = new ArrayList<>();
        for (int i = 0; i < f.params().size(); i++) if (f.paramTypes().get(i).isDifferentiable()) floats.add(i);
        check(h, fn, floats, seed, args);
    }

    static String gradName(String fn, List<Integer> argnums) {
        StringBuilder sb = new StringBuilder(fn + "_grad");
        for (int i : argnums) sb.append('_').append(i);
        return sb.toString();
    }

    /** As {@link #check(AdHarness, String, long, Object...)} along the given parameters only. */
    static void check(AdHarness h, String fn, List<Integer> floats, long seed, Object... args) {
        String g = gradName(fn, floats), j = fn + "_jvp";
        var f = h.program.get(AdHarness.CLS + "." + fn);
        StringBuilder argnums = new StringBuilder("(");
        for (int i : floats) argnums.append(i).append(',');
        argnums.append(')');
        if (!h.program.has(AdHarness.CLS + "." + g)) h.derive(g, "grad(" + fn + ", argnums=" + argnums + ")");
        if (!h.program.has(AdHarness.CLS + "." + j)) h.derive(j, "jvp(" + fn + ")");
        Random rnd = new Random(seed);
        Object[] dirs = new Object[args.length];
        for (int i : floats) dirs[i] = AdHarness.randomLike(args[i], rnd);
        Object[] grads = h.run(g, args);
        double rev = 0;
        for (int k = 0; k < floats.size(); k++) rev += AdHarness.dot(grads[k], dirs[floats.get(k)]);
        List<Object> jargs = new ArrayList<>(List.of(args));
        for (int i = 0; i < f.params().size(); i++)
            if (f.paramTypes().get(i).isDifferentiable()) jargs.add(dirs[i] != null ? dirs[i] : AdHarness.zerosLike(args[i]));
        Object[] jr = h.run(j, jargs.toArray());
        double fwd = ((Number) jr[1]).doubleValue();
        double value = ((Number) jr[0]).doubleValue();
        double primal = h.runScalar(fn, args);
        AdHarness.assertClose(primal, value, 0, 0, fn + ": jvp's primal");
        AdHarness.assertClose(fwd, rev, FWD_REV_RTOL, 1e-300, fn + ": reverse vs forward");
        double fd = ((Number) h.centralDifference(fn, args, dirs, 0, H)).doubleValue();
        AdHarness.assertClose(fd, fwd, FD_TOL, FD_TOL, fn + ": forward vs central difference");
    }

    /**
     * {@link #check} for programs that may jump (conds, data-dependent trip counts): reverse and
     * forward must agree always; central differences are compared only where differences with
     * steps h and h/2 agree (no jump within the step). Returns whether differences were compared.
     */
    static boolean checkSkippingJumps(AdHarness h, String fn, long seed, Object... args) {
        var f = h.program.get(AdHarness.CLS + "." + fn);
        List<Integer> floats = new ArrayList<>();
        for (int i = 0; i < f.params().size(); i++) if (f.paramTypes().get(i).isDifferentiable()) floats.add(i);
        String g = gradName(fn, floats), j = fn + "_jvp";
        StringBuilder argnums = new StringBuilder("(");
        for (int i : floats) argnums.append(i).append(',');
        argnums.append(')');
        if (!h.program.has(AdHarness.CLS + "." + g)) h.derive(g, "grad(" + fn + ", argnums=" + argnums + ")");
        if (!h.program.has(AdHarness.CLS + "." + j)) h.derive(j, "jvp(" + fn + ")");
        Random rnd = new Random(seed);
        Object[] dirs = new Object[args.length];
        for (int i : floats) dirs[i] = AdHarness.randomLike(args[i], rnd);
        Object[] grads = h.run(g, args);
        double rev = 0, terms = 0;
        for (int k = 0; k < floats.size(); k++) {
            rev += AdHarness.dot(grads[k], dirs[floats.get(k)]);
            terms += Math.abs(AdHarness.dot(grads[k], dirs[floats.get(k)]));
        }
        List<Object> jargs = new ArrayList<>(List.of(args));
        for (int i : floats) jargs.add(dirs[i]);
        double fwd = ((Number) h.run(j, jargs.toArray())[1]).doubleValue();
        AdHarness.assertClose(fwd, rev, FWD_REV_RTOL, FWD_REV_RTOL * terms + 1e-300, fn + ": reverse vs forward");
        double fd1 = ((Number) h.centralDifference(fn, args, dirs, 0, H)).doubleValue();
        double fd2 = ((Number) h.centralDifference(fn, args, dirs, 0, H / 2)).doubleValue();
        if (Math.abs(fd1 - fd2) > 1e-4 * (1 + Math.abs(fd1))) return false; // a jump within the step
        // Richardson extrapolation cancels the h² term: error O(h⁴·f⁽⁵⁾) + O(ε·|f|/h), so deeply
        // nested programs with large third derivatives still compare at FD_TOL.
        double fd = (4 * fd2 - fd1) / 3;
        AdHarness.assertClose(fd, fwd, FD_TOL, FD_TOL, fn + ": forward vs central difference");
        return true;
    }
}
