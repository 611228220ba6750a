package dev.jaxc.testdata.adbench;

import java.io.IOException;
import java.nio.file.Path;

/**
 * A BA instance from ADBench's baN_n*_m*_p*.txt: one camera, point, weight and feature,
 * replicated n, m, p times as the reference reader does; observation i uses camera i mod n
 * and point i mod m.
 */
public record BaData(int n, int m, int p, double[] camera, double[] point, double weight, double[] feature) {
    public static BaData read(Path path) throws IOException {
        Tokens t = new Tokens(path);
        int n = t.nextInt(), m = t.nextInt(), p = t.nextInt();
        return new BaData(n, m, p, t.doubles(11), t.doubles(3), t.nextDouble(), t.doubles(2));
    }

    public static BaData read(String name) throws IOException { return read(AdBenchData.dir().resolve("ba").resolve(name)); }
}
