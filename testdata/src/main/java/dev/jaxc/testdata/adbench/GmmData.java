package dev.jaxc.testdata.adbench;

import java.io.IOException;
import java.nio.file.Path;

/** A GMM instance as read from ADBench's gmm_dD_KK.txt, with the objective's constant term. */
public record GmmData(int d, int k, int n, double[] alphas, double[] means, double[] icf, double[] x, double gamma, int m) {
    public static GmmData read(Path p) throws IOException {
        Tokens t = new Tokens(p);
        int d = t.nextInt(), k = t.nextInt(), n = t.nextInt();
        double[] alphas = t.doubles(k), means = t.doubles(k * d), icf = t.doubles(k * d * (d + 1) / 2), x = t.doubles(n * d);
        double gamma = t.nextDouble();
        int m = t.nextInt();
        return new GmmData(d, k, n, alphas, means, icf, x, gamma, m);
    }

    public static GmmData read(String name) throws IOException { return read(AdBenchData.dir().resolve("gmm").resolve(name)); }

    /** −K·C with C = n'·D·(log γ − ½ log 2) − log Γ_D(½ n'), n' = D + m + 1. */
    public double constTerm() {
        int np = d + m + 1;
        double c = np * d * (Math.log(gamma) - 0.5 * Math.log(2)) - logMultiGamma(0.5 * np, d);
        return -k * c;
    }

    public double objective() { return Gmm.objective(alphas, means, icf, x, d, k, n, gamma, m, constTerm()); }

    static double logMultiGamma(double a, int p) {
        double r = 0.25 * p * (p - 1) * Math.log(Math.PI);
        for (int j = 1; j <= p; j++) r += lgamma(a + 0.5 * (1 - j));
        return r;
    }

    /** log Γ(x) for x > 0 by the Lanczos approximation (g = 7, n = 9), accurate to ~1e-15 relative. */
    static double lgamma(double x) {
        double[] c = {0.99999999999980993, 676.5203681218851, -1259.1392167224028, 771.32342877765313,
            -176.61502916214059, 12.507343278686905, -0.13857109526572012, 9.9843695780195716e-6, 1.5056327351493116e-7};
        if (x < 0.5) return Math.log(Math.PI / Math.abs(Math.sin(Math.PI * x))) - lgamma(1 - x);
        x -= 1;
        double a = c[0];
        double t = x + 7.5;
        for (int i = 1; i < 9; i++) a += c[i] / (x + i);
        return 0.5 * Math.log(2 * Math.PI) + (x + 0.5) * Math.log(t) - t + Math.log(a);
    }
}
