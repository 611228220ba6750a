package dev.jaxc.bench;

import dev.jaxc.compiler.ClassOutput;
import dev.jaxc.compiler.CompileResult;
import dev.jaxc.compiler.JaxcCompiler;
import dev.jaxc.frontend.SourceFile;
import java.io.File;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The memory side of checkpointing, which allocation counters can't show (a checkpointed sweep
 * allocates as much in total, but keeps only one segment alive): the smallest heap in which
 * the gradient of a 10⁶-step loop runs, with a full tape and with √n checkpoints. Each try is a
 * fresh JVM with {@code -Xmx}; the companions are compiled once, up front.
 *
 * <pre>java -cp bench/target/benchmarks.jar dev.jaxc.bench.CheckpointMemory [steps]</pre>
 */
public final class CheckpointMemory {
    private static final int[] HEAP_MB = {3, 4, 6, 8, 12, 16, 20, 24, 32, 48, 64, 96, 128};

    public static void main(String[] args) throws Exception {
        int steps = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
        String src;
        try (InputStream in = CheckpointMemory.class.getResourceAsStream("/dev/jaxc/bench/kernels/LongLoop.java")) {
            src = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        CompileResult r = new JaxcCompiler().compile(List.of(new SourceFile("LongLoop.java", src)));
        if (!r.ok()) throw new IllegalStateException(r.formattedDiagnostics());
        Path dir = Files.createTempDirectory("jaxc-ckpt-");
        ClassOutput.write(r.classes(), dir);
        String cp = System.getProperty("java.class.path") + File.pathSeparator + dir;
        System.out.printf("gradient of a %,d-step loop: smallest -Xmx that runs it%n", steps);
        for (String variant : new String[] {"taped", "gradTaped", "gradCheckpointed"}) {
            Integer ok = null;
            for (int mb : HEAP_MB) {
                Process p = new ProcessBuilder(javaBin(), "-Xmx" + mb + "m", "-Xms" + Math.min(mb, 3) + "m", "-XX:+UseSerialGC", "-cp", cp,
                        Child.class.getName(), variant, Integer.toString(steps)).redirectErrorStream(true).start();
                p.getInputStream().readAllBytes();
                if (p.waitFor() == 0) {
                    ok = mb;
                    break;
                }
            }
            System.out.printf("  %-17s %s%n", variant, ok == null ? "> " + HEAP_MB[HEAP_MB.length - 1] + " MB" : ok + " MB");
        }
    }

    private static String javaBin() { return Path.of(System.getProperty("java.home"), "bin", "java").toString(); }

    /** Runs one variant once; exit 0 on success, 1 on OutOfMemoryError. */
    public static final class Child {
        public static void main(String[] args) throws Throwable {
            Class<?> c = Class.forName("dev.jaxc.bench.kernels.LongLoopJaxc");
            try {
                c.getMethod(args[0], double.class, int.class).invoke(null, 0.5, Integer.parseInt(args[1]));
            } catch (java.lang.reflect.InvocationTargetException e) {
                System.exit(e.getCause() instanceof OutOfMemoryError ? 1 : 2);
            } catch (OutOfMemoryError e) {
                System.exit(1);
            }
            System.exit(0);
        }
    }
}
