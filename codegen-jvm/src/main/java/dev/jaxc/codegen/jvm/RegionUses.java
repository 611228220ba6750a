package dev.jaxc.codegen.jvm;

import dev.jaxc.ir.Op;
import dev.jaxc.ir.Region;
import dev.jaxc.ir.Value;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;

/**
 * Definitions and uses of the values of one region, by position: op {@code q} is at position
 * {@code q}, the region's yields at position {@code ops.size()}. Regions are closed, so these are
 * all the uses a value has.
 */
final class RegionUses {
    /** One use: the op at {@code position} reads the value as input {@code input}; for a yield, {@code op} is null. */
    record Use(int position, Op op, int input) {}

    private static final List<Use> NONE = List.of();

    private final Region region;
    private final IdentityHashMap<Value, Integer> defPos = new IdentityHashMap<>();
    private final IdentityHashMap<Value, List<Use>> uses = new IdentityHashMap<>();

    private RegionUses(Region region) {
        this.region = region;
        List<Op> ops = region.ops();
        for (int q = 0; q < ops.size(); q++) {
            Op op = ops.get(q);
            for (int i = 0; i < op.inputs().size(); i++) add(op.inputs().get(i), new Use(q, op, i));
            for (Value r : op.results()) defPos.put(r, q);
        }
        for (int i = 0; i < region.yields().size(); i++) add(region.yields().get(i), new Use(ops.size(), null, i));
    }

    private void add(Value v, Use u) { uses.computeIfAbsent(v, k -> new ArrayList<>()).add(u); }

    /** Cached per region. */
    static final class Cache {
        private final IdentityHashMap<Region, RegionUses> cache = new IdentityHashMap<>();

        RegionUses of(Region r) { return cache.computeIfAbsent(r, RegionUses::new); }
    }

    Region region() { return region; }

    int end() { return region.ops().size(); }

    /** Position of the op defining v, or -1 for a region parameter. */
    int defPos(Value v) {
        Integer p = defPos.get(v);
        return p == null ? -1 : p;
    }

    Op defOp(Value v) {
        int p = defPos(v);
        return p < 0 ? null : region.ops().get(p);
    }

    List<Use> uses(Value v) { return uses.getOrDefault(v, NONE); }

    int useCount(Value v) { return uses(v).size(); }

    /** Position of the last use, -1 when unused. */
    int lastUse(Value v) {
        List<Use> u = uses(v);
        return u.isEmpty() ? -1 : u.get(u.size() - 1).position();
    }

    /** True when nothing after position q reads v. */
    boolean deadAfter(Value v, int q) { return lastUse(v) <= q; }

    /** Number of times v appears among op's inputs. */
    static int occurrences(Op op, Value v) {
        int n = 0;
        for (Value in : op.inputs()) if (in == v) n++;
        return n;
    }
}
