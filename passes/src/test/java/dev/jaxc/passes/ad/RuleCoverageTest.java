package dev.jaxc.passes.ad;

import static org.junit.jupiter.api.Assertions.*;

import dev.jaxc.ir.DType;
import dev.jaxc.ir.Type;
import dev.jaxc.ir.prim.*;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Every primitive has a JVP rule (or is declared tangent-free) and a transpose rule (or is
 * declared nonlinear): walks {@link Primitive}'s permitted subclasses with a representative
 * instance of each, and every Unary/Binary operation through the elementwise tables.
 */
class RuleCoverageTest {
    static List<Primitive> representatives() {
        List<Primitive> ps = new ArrayList<>();
        for (Class<?> c : Primitive.class.getPermittedSubclasses()) {
            String n = c.getSimpleName();
            switch (n) {
                case "Const" -> ps.add(Const.ofDouble(1));
                case "Unary" -> { for (UnaryOp o : UnaryOp.values()) ps.add(new Unary(o)); }
                case "Binary" -> { for (BinaryOp o : BinaryOp.values()) ps.add(new Binary(o)); }
                case "Compare" -> ps.add(new Compare(CmpOp.LT));
                case "Convert" -> ps.add(new Convert(DType.F32));
                case "Select" -> ps.add(new Select());
                case "ArrayNew" -> ps.add(new ArrayNew(DType.F64, 1));
                case "ArrayLiteral" -> ps.add(new ArrayLiteral(DType.F64, 1));
                case "ArrayGet" -> ps.add(new ArrayGet(1));
                case "ArraySet" -> ps.add(new ArraySet(1));
                case "ArrayLength" -> ps.add(new ArrayLength());
                case "ArrayCopy" -> ps.add(new ArrayCopy());
                case "Call" -> ps.add(new Call("f", List.of(Type.F64)));
                case "Cond" -> ps.add(new Cond());
                case "ForLoop" -> ps.add(new ForLoop(1, false, 0));
                case "WhileLoop" -> ps.add(new WhileLoop(0));
                case "Prng" -> {
                    for (PrngFn f : PrngFn.values()) {
                        ps.add(new Prng(f));
                        if (f.hasLegacy()) ps.add(new Prng(f, true));
                    }
                }
                default -> fail("no representative for primitive " + n + ": add it here and give it AD rules");
            }
        }
        return ps;
    }

    @Test
    void everyPrimitiveHasAJvpRuleAndATransposeRuleOrIsDeclaredNonlinear() {
        for (Primitive p : representatives()) {
            assertNotNull(JvpRules.of(p), "JVP rule of " + p.name());
            assertNotNull(TransposeRules.of(p), "transpose rule of " + p.name());
        }
        assertEquals(List.of(), ElementwiseJvpRules.missing(), "elementwise operations without a JVP rule");
    }

    @Test
    void theLinearPrimitivesAreExactlyThoseJvpRulesApplyToTangents() {
        List<String> linear = new ArrayList<>();
        for (Primitive p : representatives()) if (TransposeRules.isLinear(p)) linear.add(p.name());
        assertEquals(List.of("neg", "add", "sub", "mul", "div", "convert.f32", "select", "array.literal", "array.get",
                "array.set", "array.copy", "call", "cond", "for"), linear);
    }
}
