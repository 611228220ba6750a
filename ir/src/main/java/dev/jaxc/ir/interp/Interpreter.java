package dev.jaxc.ir.interp;

import dev.jaxc.ir.Function;
import dev.jaxc.ir.Program;
import dev.jaxc.ir.Type;
import dev.jaxc.ir.verify.IrVerifier;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Runs IR: the executable specification of every primitive, against which the backends are
 * tested. Values are plain Java objects: {@code Double}, {@code Float}, {@code Long},
 * {@code Integer}, {@code Boolean} and Java arrays ({@code double[]}, {@code int[][]}, ...; rows
 * may be null). Semantics are Java's to the bit, exceptions included: a program that would throw
 * {@code ArithmeticException("/ by zero")}, {@code ArrayIndexOutOfBoundsException},
 * {@code NegativeArraySizeException} or {@code NullPointerException} in Java throws it here.
 * {@code array.set} never changes an argument array or any other observable array.
 * <p>
 * Functions are compiled lazily into slot-indexed frames and closures; an Interpreter may be
 * reused (and shared between threads) to run many inputs without recompiling.
 */
public final class Interpreter {
    private final Program program;
    private final ConcurrentHashMap<String, RegionCode> compiled = new ConcurrentHashMap<>();

    /** Whether array.set may update owned arrays in place (off only to test that doing so is unobservable). */
    final boolean updateInPlace;

    /** Verifies the program ({@link dev.jaxc.ir.verify.IrVerificationException} if ill-formed). */
    public Interpreter(Program program) { this(program, true); }

    Interpreter(Program program, boolean updateInPlace) {
        IrVerifier.verify(program);
        this.program = program;
        this.updateInPlace = updateInPlace;
    }

    public static Object[] run(Program p, String fn, Object... args) { return new Interpreter(p).call(fn, args); }

    public static Object run1(Program p, String fn, Object... args) { return new Interpreter(p).call1(fn, args); }

    /** Calls a function; returns its results in order. */
    public Object[] call(String fn, Object... args) {
        Function f = function(fn);
        List<Type> types = f.paramTypes();
        if (args.length != types.size())
            throw new IllegalArgumentException(fn + " takes " + types.size() + " arguments, got " + args.length);
        for (int i = 0; i < args.length; i++) checkArg(fn, i, types.get(i), args[i]);
        RegionCode body = code(fn);
        Object[] frame = body.newFrame();
        System.arraycopy(args, 0, frame, 0, args.length);
        body.run(frame, body.newOwned());
        Object[] results = new Object[body.yieldCount()];
        for (int k = 0; k < results.length; k++) results[k] = body.yield(frame, k);
        return results;
    }

    /** Calls a function with exactly one result. */
    public Object call1(String fn, Object... args) {
        Object[] r = call(fn, args);
        if (r.length != 1) throw new IllegalArgumentException(fn + " has " + r.length + " results");
        return r[0];
    }

    private Function function(String fn) {
        Function f = program.get(fn);
        if (f == null) throw new IllegalArgumentException("no function " + fn);
        return f;
    }

    private static void checkArg(String fn, int i, Type t, Object arg) {
        Class<?> c = t.isArray() ? ArrayLevel.javaClass(t) : switch (t.dtype()) {
            case F64 -> Double.class;
            case F32 -> Float.class;
            case I64 -> Long.class;
            case I32 -> Integer.class;
            case BOOL -> Boolean.class;
        };
        // Java passes null for an array parameter; a scalar is never null.
        if (arg == null ? t.isScalar() : !c.isInstance(arg))
            throw new IllegalArgumentException(fn + ": argument " + i + " must be " + t + " (" + c.getSimpleName() + "), got "
                    + (arg == null ? "null" : arg.getClass().getSimpleName()));
    }

    RegionCode code(String fn) { return compiled.computeIfAbsent(fn, n -> RegionCode.compile(function(n).body(), this)); }

    /** A call target, compiled on its first call (so recursion and call order need no care). */
    Callee callee(String fn) { return new Callee(this, fn); }

    static final class Callee {
        private final Interpreter ip;
        private final String name;
        private RegionCode code;

        Callee(Interpreter ip, String name) {
            this.ip = ip;
            this.name = name;
        }

        RegionCode code() {
            RegionCode c = code;
            if (c == null) code = c = ip.code(name);
            return c;
        }
    }
}
