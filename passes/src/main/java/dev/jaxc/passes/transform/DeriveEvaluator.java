package dev.jaxc.passes.transform;

import dev.jaxc.ir.Function;
import dev.jaxc.ir.Loc;
import dev.jaxc.ir.Program;
import dev.jaxc.ir.diag.CompileException;
import dev.jaxc.passes.expr.TransformExpr;
import dev.jaxc.passes.expr.TransformExpr.Apply;
import dev.jaxc.passes.expr.TransformExpr.FnRef;
import dev.jaxc.passes.expr.TransformExprParser;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Turns one {@code @Derive(name, expr)} into a function of the program: parses the expression,
 * resolves method names, checks transform names and keywords, then applies the transforms
 * inside-out. Inner results get helper names ({@code p.Foo.name$1}); the outermost one gets
 * {@code p.Foo.name}.
 */
public final class DeriveEvaluator {
    private final Program program;
    private final TransformRegistry registry;
    private final TransformContext ctx;

    public DeriveEvaluator(Program program, TransformRegistry registry) {
        this.program = program;
        this.registry = registry;
        this.ctx = new TransformContext(program);
    }

    /**
     * @param classBinaryName the class declaring the derive, e.g. {@code p.Foo}
     * @param exprLoc the position of the expression's first character in the source
     */
    public Function derive(String classBinaryName, String name, String exprText, Loc exprLoc) {
        TransformExpr e;
        try {
            e = TransformExprParser.parse(exprText);
        } catch (TransformExprParser.SyntaxError err) {
            throw new CompileException(at(exprLoc, err.offset()), "bad transform expression: " + err.getMessage(),
                    "the grammar is in the README, e.g. grad(loss, argnums=1) or vmap(f, in_axes=(None, 0))");
        }
        String target = classBinaryName + "." + name;
        if (program.has(target))
            throw new CompileException(exprLoc, "a method named '" + name + "' already exists in " + classBinaryName, "choose another name for the derived function");
        check(e, classBinaryName, exprLoc);
        Function f = eval(e, classBinaryName, exprLoc, target);
        if (!f.name().equals(target)) {
            // A bare method reference: the derived function is an alias of the method.
            f = new Function(target, f.body(), f.resultNames(), f.loc());
        }
        program.put(f);
        return f;
    }

    private void check(TransformExpr e, String cls, Loc exprLoc) {
        if (e instanceof FnRef r) {
            resolve(r, cls, exprLoc);
        } else if (e instanceof Apply a) {
            // Inside out, as evaluation goes: an unknown method is reported before the transforms around it.
            check(a.fn(), cls, exprLoc);
            if (!registry.isKnown(a.transform()))
                throw new CompileException(at(exprLoc, a.offset()), "unknown transform '" + a.transform() + "'",
                        "known transforms: " + String.join(", ", TransformRegistry.KNOWN));
            Transform t = registry.get(a.transform());
            if (t == null)
                throw new CompileException(at(exprLoc, a.offset()), "transform '" + a.transform() + "' is not implemented yet",
                        "available: " + String.join(", ", available()));
            for (var kw : a.kwargs().values())
                if (!t.keywords().contains(kw.key()))
                    throw new CompileException(at(exprLoc, kw.offset()),
                            "'" + a.transform() + "' takes no keyword '" + kw.key() + "'",
                            t.keywords().isEmpty() ? a.transform() + " takes no keywords" : "its keywords: " + String.join(", ", new TreeSet<>(t.keywords())));
        }
    }

    private List<String> available() {
        List<String> out = new ArrayList<>();
        for (String k : TransformRegistry.KNOWN) if (registry.get(k) != null) out.add(k);
        return out.isEmpty() ? List.of("(none yet)") : out;
    }

    private Function eval(TransformExpr e, String cls, Loc exprLoc, String resultName) {
        if (e instanceof FnRef r) return resolve(r, cls, exprLoc);
        Apply a = (Apply) e;
        Function inner = eval(a.fn(), cls, exprLoc, null);
        String memoKey = a.canonical() + "@" + inner.name();
        if (resultName == null) {
            String known = ctx.memoized(memoKey);
            if (known != null) return program.get(known);
            resultName = ctx.freshName(cls + "." + helperBase(inner) + "$" + a.transform());
        }
        TransformCall call = new TransformCall(a, at(exprLoc, a.offset()), off -> at(exprLoc, off));
        Function out = registry.get(a.transform()).apply(ctx, inner, call, resultName);
        if (!out.name().equals(resultName)) throw new IllegalStateException(a.transform() + " returned " + out.name() + ", asked for " + resultName);
        program.put(out);
        ctx.memoize(memoKey, out);
        return out;
    }

    private static String helperBase(Function f) {
        String n = f.name();
        return n.substring(n.lastIndexOf('.') + 1);
    }

    private Function resolve(FnRef r, String cls, Loc exprLoc) {
        String name = r.name();
        List<String> candidates = new ArrayList<>();
        if (!name.contains(".")) {
            candidates.add(cls + "." + name);
        } else {
            candidates.add(name);
            int dot = cls.lastIndexOf('.');
            if (dot > 0) candidates.add(cls.substring(0, dot + 1) + name);
        }
        for (String c : candidates) {
            Function f = program.get(c);
            if (f != null) return f;
        }
        Set<String> methods = new TreeSet<>();
        for (Function f : program.functions()) {
            String fn = f.name();
            if (fn.startsWith(cls + ".") && fn.indexOf('$') < 0) methods.add(fn.substring(cls.length() + 1));
        }
        throw new CompileException(at(exprLoc, r.offset()), "no @Jit method '" + name + "' to transform",
                methods.isEmpty() ? "annotate the method with @Jit" : "@Jit methods of this class: " + String.join(", ", methods));
    }

    private static Loc at(Loc exprLoc, int offset) {
        return new Loc(exprLoc.file(), exprLoc.line(), exprLoc.column() + offset);
    }
}
