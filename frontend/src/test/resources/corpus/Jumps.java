package corpus;

import dev.jaxc.Jit;

/** break, continue (labeled too) and early return. */
public class Jumps {
    @Jit public static int guard(int n) {
        if (n < 0) return -1;
        if (n == 0) { return 0; }
        int s = 0;
        for (int i = 0; i < n; i++) s += i;
        if (s > 100) return 100;
        else s++;
        return s;
    }

    @Jit public static double returnBothBranches(double x) {
        if (x > 0) {
            double y = Math.sqrt(x);
            return y + 1;
        } else {
            return -x;
        }
    }

    @Jit public static int find(int[] a, int key) {
        for (int i = 0; i < a.length; i++) if (a[i] == key) return i;
        return -1;
    }

    @Jit public static int breakContinue(int[] a) {
        int s = 0;
        for (int i = 0; i < a.length; i++) {
            if (a[i] < 0) continue;
            if (a[i] > 50) break;
            s += a[i];
        }
        int j = 0;
        while (j < a.length) {
            j++;
            if (j % 2 == 0) continue;
            s += j;
        }
        do {
            j--;
            if (j == 3) continue;
            if (j < 1) break;
            s++;
        } while (j > 0);
        return s * 100 + j;
    }

    @Jit public static int labeled(int[][] g, int target) {
        int found = -1;
        outer:
        for (int i = 0; i < g.length; i++) {
            for (int j = 0; j < g[i].length; j++) {
                if (g[i][j] < 0) continue outer;
                if (g[i][j] == target) { found = i * 100 + j; break outer; }
            }
            found--;
        }
        return found;
    }

    @Jit public static int labeledBlock(int x) {
        int r = 0;
        block: {
            if (x > 5) break block;
            r = 1;
            if (x > 2) break block;
            r = 2;
        }
        return r;
    }

    @Jit public static double returnInNested(double[][] m, double t) {
        double acc = 0;
        for (double[] row : m) {
            for (double v : row) {
                acc += v;
                if (acc > t) return acc;
            }
            if (row.length == 0) return -1;
        }
        return acc * 2;
    }

    @Jit public static int whileTrueReturn(int n) {
        int i = 0;
        while (true) {
            i += 3;
            if (i > n) return i;
        }
    }

    @Jit public static int mixed(int n) {
        int s = 0;
        int i = 0;
        while (i < n) {
            i++;
            if (i == 2) continue;
            if (i == 7) break;
            if (s > 20) { s = -s; return s; }
            s += i;
        }
        if (s < 0) return 0;
        return s + i;
    }

    @Jit public static int continueInCounted(int n) {
        int s = 0;
        for (int i = 0; i < n; i++) {
            if (i % 3 == 0) continue;
            s += i;
        }
        return s;
    }
}
