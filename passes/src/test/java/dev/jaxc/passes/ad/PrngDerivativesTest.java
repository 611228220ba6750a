package dev.jaxc.passes.ad;

import static org.junit.jupiter.api.Assertions.*;

import dev.jaxc.ir.Builder;
import dev.jaxc.ir.Function;
import dev.jaxc.ir.Loc;
import dev.jaxc.ir.Op;
import dev.jaxc.ir.Region;
import dev.jaxc.ir.Type;
import dev.jaxc.ir.Value;
import dev.jaxc.ir.diag.CompileException;
import dev.jaxc.ir.prim.Prng;
import dev.jaxc.ir.prim.PrngFn;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * AD of draws, by the shape of the derivatives (their values against the runtime are checked in
 * testdata, where jaxc-runtime is on the class path): keys carry no tangent, so a draw from a key
 * is a constant to AD; uniform bounds get the blend of the unit draw; truncated-normal bounds are
 * refused at the draw.
 */
class PrngDerivativesTest {
    private static final Loc DRAW = new Loc("T.java", 12, 9);

    private static List<String> prims(Region r, List<String> out) {
        for (Op op : r.ops()) {
            out.add(op.prim().name());
            for (Region inner : op.regions()) prims(inner, out);
        }
        return out;
    }

    @Test
    void theGradientOfMuPlusSigmaTimesADrawNeedsNoDraw() {
        AdHarness h = new AdHarness();
        // mu + sigma * normal(key)
        h.add("reparam", List.of(Type.F64, Type.F64, Type.I64), List.of("mu", "sigma", "key"), (b, ps) ->
                List.of(b.add(ps.get(0), b.mul(ps.get(1), b.prng(PrngFn.NORMAL, ps.get(2))))));
        Function dmu = h.derive("dmu", "grad(reparam)");
        assertFalse(prims(dmu.body(), new ArrayList<>()).stream().anyMatch(n -> n.startsWith("prng.")), h.print("dmu"));
        Function dsigma = h.derive("dsigma", "grad(reparam, argnums=1)");
        assertEquals(List.of("prng.normal"), prims(dsigma.body(), new ArrayList<>()).stream().filter(n -> n.startsWith("prng.")).toList(), h.print("dsigma"));
    }

    @Test
    void uniformBoundsBlendTheUnitDrawOfTheSameMode() {
        AdHarness h = new AdHarness();
        h.add("u", List.of(Type.I64, Type.F64, Type.F64), List.of("key", "lo", "hi"), (b, ps) ->
                List.of(b.emit1(new Prng(PrngFn.UNIFORM_RANGE, true), ps.get(0), ps.get(1), ps.get(2))));
        Function g = h.derive("g", "grad(u, argnums=(1, 2))");
        List<String> draws = prims(g.body(), new ArrayList<>()).stream().filter(n -> n.startsWith("prng.")).toList();
        assertTrue(draws.contains("prng.legacy.uniform"), h.print("g"));
        assertTrue(draws.stream().allMatch(n -> n.equals("prng.legacy.uniform")), h.print("g"));
    }

    @Test
    void truncatedNormalBoundsAreRefusedAtTheDraw() {
        AdHarness h = new AdHarness();
        h.add(Builder.function(AdHarness.CLS + ".tn", List.of(Type.I64, Type.F64), List.of("key", "b"), Loc.UNKNOWN, (b, ps) -> {
            b.at(DRAW);
            Value lo = b.neg(ps.get(1));
            return List.of(b.prng(PrngFn.TRUNCATED_NORMAL, ps.get(0), lo, ps.get(1)));
        }));
        CompileException e = assertThrows(CompileException.class, () -> h.derive("d", "grad(tn, argnums=1)"));
        assertEquals(DRAW, e.diagnostic().loc(), e.getMessage());
        assertEquals("cannot differentiate Random.truncatedNormal with respect to its bounds", e.diagnostic().message());
        assertTrue(e.diagnostic().hint().contains("keep the bounds constant"));
    }
}
