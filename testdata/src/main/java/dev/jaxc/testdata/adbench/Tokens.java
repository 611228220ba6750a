package dev.jaxc.testdata.adbench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Whitespace-separated numbers of an ADBench input file, read in order. */
final class Tokens {
    private final String[] t;
    private int i;

    Tokens(Path p) throws IOException {
        this.t = Files.readString(p).trim().split("\\s+");
    }

    int nextInt() { return Integer.parseInt(t[i++]); }

    double nextDouble() { return Double.parseDouble(t[i++]); }

    double[] doubles(int n) {
        double[] out = new double[n];
        for (int k = 0; k < n; k++) out[k] = nextDouble();
        return out;
    }
}
