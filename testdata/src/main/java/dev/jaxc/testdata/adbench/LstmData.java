package dev.jaxc.testdata.adbench;

import java.io.IOException;
import java.nio.file.Path;

/** An LSTM instance as read from ADBench's lstm_lL_cC.txt. */
public record LstmData(int l, int c, int b, double[] mainParams, double[] extraParams, double[] state, double[] seq) {
    public static LstmData read(Path p) throws IOException {
        Tokens t = new Tokens(p);
        int l = t.nextInt(), c = t.nextInt(), b = t.nextInt();
        return new LstmData(l, c, b, t.doubles(2 * l * 4 * b), t.doubles(3 * b), t.doubles(2 * l * b), t.doubles(c * b));
    }

    public static LstmData read(String name) throws IOException { return read(AdBenchData.dir().resolve("lstm").resolve(name)); }

    /** The first {@code steps} time steps only (a smaller instance for quick checks). */
    public LstmData truncated(int steps) {
        return new LstmData(l, steps, b, mainParams, extraParams, state, java.util.Arrays.copyOf(seq, steps * b));
    }

    public double objective() { return Lstm.objective(mainParams, extraParams, state, seq, l, c, b); }
}
