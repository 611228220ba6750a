package dev.jaxc.frontend;

import com.github.javaparser.ast.expr.MethodCallExpr;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * Finds direct and mutual recursion among {@code @Jit} methods (Tarjan's strongly connected
 * components over the call graph) and reports every call that closes a cycle.
 */
final class RecursionChecker {
    private final Map<JitMethod, MethodInfo> infos;
    private final Map<JitMethod, Integer> index = new IdentityHashMap<>();
    private final Map<JitMethod, Integer> low = new IdentityHashMap<>();
    private final Map<JitMethod, Integer> component = new IdentityHashMap<>();
    private final Deque<JitMethod> stack = new ArrayDeque<>();
    private final Map<JitMethod, Boolean> onStack = new IdentityHashMap<>();
    private int counter, components;

    private RecursionChecker(Map<JitMethod, MethodInfo> infos) { this.infos = infos; }

    /** Reports recursive calls; returns the methods that take part in recursion. */
    static List<JitMethod> check(Map<JitMethod, MethodInfo> infos, Diagnostics diags) {
        RecursionChecker rc = new RecursionChecker(infos);
        for (JitMethod m : infos.keySet()) if (!rc.index.containsKey(m)) rc.visit(m);
        List<JitMethod> recursive = new ArrayList<>();
        for (var e : infos.entrySet()) {
            JitMethod m = e.getKey();
            for (var call : calls(e.getValue())) {
                JitMethod callee = call.getValue();
                if (!infos.containsKey(callee)) continue;
                if (!rc.component.get(m).equals(rc.component.get(callee))) continue;
                String cycle = m == callee ? m.name + " calls itself" : m.name + " calls " + callee.name + ", which leads back to " + m.name;
                diags.add(Diagnostics.error(m.file(), call.getKey(), "recursion is not supported yet (" + cycle + ")",
                        "rewrite the recursion as a loop"));
                if (!recursive.contains(m)) recursive.add(m);
            }
        }
        return recursive;
    }

    private static List<Map.Entry<MethodCallExpr, JitMethod>> calls(MethodInfo info) {
        List<Map.Entry<MethodCallExpr, JitMethod>> out = new ArrayList<>();
        for (var e : info.callees.entrySet())
            if (e.getValue() instanceof Callee.JitCall j) out.add(Map.entry(e.getKey(), j.method()));
        out.sort((a, b) -> compare(a.getKey(), b.getKey()));
        return out;
    }

    private static int compare(MethodCallExpr a, MethodCallExpr b) {
        var pa = a.getBegin().orElseThrow();
        var pb = b.getBegin().orElseThrow();
        return pa.compareTo(pb);
    }

    private void visit(JitMethod m) {
        index.put(m, counter);
        low.put(m, counter);
        counter++;
        stack.push(m);
        onStack.put(m, true);
        MethodInfo info = infos.get(m);
        for (var call : calls(info)) {
            JitMethod w = call.getValue();
            if (!infos.containsKey(w)) continue;
            if (!index.containsKey(w)) {
                visit(w);
                low.put(m, Math.min(low.get(m), low.get(w)));
            } else if (onStack.getOrDefault(w, false)) {
                low.put(m, Math.min(low.get(m), index.get(w)));
            }
        }
        if (low.get(m).equals(index.get(m))) {
            JitMethod w;
            do {
                w = stack.pop();
                onStack.put(w, false);
                component.put(w, components);
            } while (w != m);
            components++;
        }
    }
}
