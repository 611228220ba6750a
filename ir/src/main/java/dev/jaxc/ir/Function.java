package dev.jaxc.ir;

import java.util.List;

/**
 * A named function: its body region's parameters are the function's parameters and its yields
 * are the results. {@code resultNames} name the parts of a multi-result function (they become
 * the components of the generated record, e.g. {@code value}, {@code grad}); a single result
 * may leave them empty.
 */
public record Function(String name, Region body, List<String> resultNames, Loc loc) {
    public Function {
        resultNames = List.copyOf(resultNames);
        if (!resultNames.isEmpty() && resultNames.size() != body.yields().size())
            throw new IllegalArgumentException("resultNames " + resultNames + " vs " + body.yields().size() + " results of " + name);
        if (loc == null) loc = Loc.UNKNOWN;
    }

    public Function(String name, Region body) { this(name, body, List.of(), Loc.UNKNOWN); }

    public List<Value> params() { return body.params(); }
    public List<Type> paramTypes() { return body.paramTypes(); }
    public List<Type> resultTypes() { return body.yieldTypes(); }
}
