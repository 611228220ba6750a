package dev.jaxc.frontend;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.stmt.BlockStmt;
import com.github.javaparser.ast.stmt.BreakStmt;
import com.github.javaparser.ast.stmt.ContinueStmt;
import com.github.javaparser.ast.stmt.ReturnStmt;
import com.github.javaparser.ast.stmt.Statement;
import dev.jaxc.ir.Type;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/**
 * The boolean flags that structured lowering uses for {@code break}, {@code continue} and
 * early {@code return}: one break flag per statement some break leaves, one continue flag per
 * loop some continue targets, and {@code ret}/{@code retval} when returns are not all in tail
 * position. {@link #escapes} tells, for any node, which flags a jump inside it may set on its
 * way out: the statements after it are guarded by those flags, loops carry them.
 */
final class JumpFlags {
    final Var ret;
    final Var retval;
    private final Map<Statement, Var> breaks = new IdentityHashMap<>();
    private final Map<Statement, Var> continues = new IdentityHashMap<>();
    private final Map<Node, Set<Var>> escapes = new IdentityHashMap<>();

    JumpFlags(MethodInfo info, boolean returnFlags) {
        BlockStmt body = info.method.decl.getBody().orElseThrow();
        ret = returnFlags ? Var.synthetic("ret", Type.BOOL) : null;
        retval = returnFlags ? Var.synthetic("retval", info.method.resultType) : null;
        body.walk(n -> {
            if (n instanceof BreakStmt b) {
                Statement t = info.target(b);
                mark(b, t, Set.of(breaks.computeIfAbsent(t, x -> Var.synthetic(flagName("break", x), Type.BOOL))));
            } else if (n instanceof ContinueStmt c) {
                Statement t = info.target(c);
                mark(c, t, Set.of(continues.computeIfAbsent(t, x -> Var.synthetic(flagName("continue", x), Type.BOOL))));
            } else if (n instanceof ReturnStmt r && returnFlags) {
                mark(r, body, Set.of(ret, retval));
            }
        });
    }

    private static String flagName(String what, Statement target) {
        return what + target.getBegin().map(p -> "_L" + p.line).orElse("");
    }

    private void mark(Node jump, Node target, Set<Var> flags) {
        for (Node n = jump; n != null && n != target; n = n.getParentNode().orElse(null))
            escapes.computeIfAbsent(n, x -> new LinkedHashSet<>()).addAll(flags);
    }

    /** The flag set by {@code break}s that leave this statement, or null if none does. */
    Var breakFlag(Statement target) { return breaks.get(target); }

    /** The flag set by {@code continue}s of this loop, or null if none. */
    Var continueFlag(Statement loop) { return continues.get(loop); }

    /** The flags that a jump inside {@code n} to a target outside it may set. */
    Set<Var> escapes(Node n) { return escapes.getOrDefault(n, Set.of()); }

    /** The boolean flags among {@link #escapes}: true when control left {@code n} by a jump. */
    Set<Var> exitFlags(Node n) {
        Set<Var> out = new LinkedHashSet<>(escapes(n));
        out.remove(retval);
        return out;
    }
}
