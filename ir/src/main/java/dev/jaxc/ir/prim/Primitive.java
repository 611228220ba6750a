package dev.jaxc.ir.prim;

import dev.jaxc.ir.Region;
import dev.jaxc.ir.Type;
import java.util.List;

/**
 * A primitive operation: a small closed type. Each record carries only static parameters
 * (attributes); operands are the op's inputs. What a primitive means lives in rule tables by
 * family: its type rule here, its evaluation in the interpreter, its JVP/transpose/batching
 * rules in {@code passes}, its lowerings in each backend. All of them dispatch through
 * {@link PrimitiveVisitor}, so adding a primitive breaks every rule table until it is handled.
 */
public sealed interface Primitive
        permits Const, Unary, Binary, Compare, Convert, Select,
                ArrayNew, ArrayLiteral, ArrayGet, ArraySet, ArrayLength, ArrayCopy,
                Call, Cond, ForLoop, WhileLoop, Prng {

    /** Mnemonic used by the text form, e.g. {@code add}, {@code array.get}, {@code while}. */
    String name();

    /**
     * The type rule: result types for the given input types and regions, or a
     * {@link TypeError} saying what is wrong.
     */
    List<Type> typeRule(List<Type> inputs, List<Region> regions);

    /** Number of regions an op of this primitive owns. */
    default int regionCount() { return 0; }

    <R> R accept(PrimitiveVisitor<R> v);
}
