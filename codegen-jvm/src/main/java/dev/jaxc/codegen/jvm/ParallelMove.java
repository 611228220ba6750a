package dev.jaxc.codegen.jvm;

import java.util.ArrayList;
import java.util.List;

/**
 * Assigns many locals at once ({@code (d0, d1, ...) = (s0, s1, ...)}), as region yields do to
 * loop carries. Moves whose destination no pending move still reads go first; what is left is a
 * cycle (a swap of carries), done through the operand stack: push all sources, then store in
 * reverse.
 */
final class ParallelMove {
    private ParallelMove() {}

    static void emit(FunctionLowering fl, List<? extends Home> sources, List<Home.Local> targets) {
        List<Home> src = new ArrayList<>();
        List<Home.Local> dst = new ArrayList<>();
        for (int i = 0; i < sources.size(); i++) {
            Home s = sources.get(i);
            Home.Local d = targets.get(i);
            if (d == null || (s instanceof Home.Local l && l.slot() == d.slot())) continue;
            src.add(s);
            dst.add(d);
        }
        while (!src.isEmpty()) {
            int ready = -1;
            for (int i = 0; i < dst.size() && ready < 0; i++) {
                boolean read = false;
                for (int j = 0; j < src.size(); j++)
                    if (j != i && src.get(j) instanceof Home.Local l && l.overlaps(dst.get(i))) read = true;
                if (!read) ready = i;
            }
            if (ready < 0) {
                for (Home s : src) fl.loadHome(s);
                for (int i = dst.size() - 1; i >= 0; i--) fl.store(dst.get(i));
                return;
            }
            fl.loadHome(src.remove(ready));
            fl.store(dst.remove(ready));
        }
    }
}
