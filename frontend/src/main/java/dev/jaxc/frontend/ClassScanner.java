package dev.jaxc.frontend;

import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.ClassOrInterfaceDeclaration;
import com.github.javaparser.ast.body.MethodDeclaration;
import com.github.javaparser.ast.body.Parameter;
import com.github.javaparser.ast.body.TypeDeclaration;
import com.github.javaparser.ast.expr.AnnotationExpr;
import com.github.javaparser.ast.expr.ArrayInitializerExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.MemberValuePair;
import com.github.javaparser.ast.expr.NormalAnnotationExpr;
import com.github.javaparser.ast.expr.SingleMemberAnnotationExpr;
import com.github.javaparser.ast.expr.StringLiteralExpr;
import com.github.javaparser.ast.nodeTypes.NodeWithAnnotations;
import dev.jaxc.ir.Loc;
import dev.jaxc.ir.Type;
import dev.jaxc.ir.diag.CompileException;
import java.util.ArrayList;
import java.util.List;

/**
 * Finds the top-level classes of a parsed file, their {@code @Jit} methods (checking that each
 * signature is in the subset) and their {@code @Derive} declarations. {@code @Jit} is
 * {@code dev.jaxc.Jit}, written qualified or by simple name when imported.
 */
final class ClassScanner {
    private final Diagnostics diags;

    ClassScanner(Diagnostics diags) { this.diags = diags; }

    List<ClassInfo> scan(SourceFile file, CompilationUnit cu) {
        String pkg = cu.getPackageDeclaration().map(p -> p.getNameAsString()).orElse("");
        List<ClassInfo> out = new ArrayList<>();
        for (TypeDeclaration<?> td : cu.getTypes()) {
            if (td instanceof ClassOrInterfaceDeclaration c && !c.isInterface()) {
                ClassInfo info = new ClassInfo(pkg, file, cu, c);
                scanDerives(info, c);
                for (MethodDeclaration m : c.getMethods())
                    if (isJaxc(m, "Jit", cu)) scanJit(info, m);
                for (JitMethod m : info.jitByName.values()) scanRuleAnnotations(info, m);
                out.add(info);
            }
        }
        reportMisplaced(file, cu);
        return out;
    }

    /** {@code @Jit} / {@code @Derive} where jaxc cannot use them: nested, local or non-class types. */
    private void reportMisplaced(SourceFile file, CompilationUnit cu) {
        for (MethodDeclaration m : cu.findAll(MethodDeclaration.class)) {
            if (!isJaxc(m, "Jit", cu) || isTopLevelClass(m.getParentNode().orElse(null))) continue;
            diags.add(Diagnostics.error(file.path(), m.getName(), "@Jit method '" + m.getNameAsString() + "' is not in a top-level class",
                    "move it to a top-level class: jaxc compiles static methods of top-level classes only"));
        }
        for (TypeDeclaration<?> t : cu.findAll(TypeDeclaration.class)) {
            if (isTopLevelClass(t)) continue;
            for (AnnotationExpr a : t.getAnnotations())
                if (isJaxcName(a, "Derive", cu) || isJaxcName(a, "Derive.List", cu))
                    diags.add(Diagnostics.error(file.path(), a, "@Derive on '" + t.getNameAsString() + "', which is not a top-level class",
                            "put @Derive on the top-level class that declares the @Jit methods"));
        }
    }

    private static boolean isTopLevelClass(Node n) {
        return n instanceof ClassOrInterfaceDeclaration c && !c.isInterface() && c.getParentNode().orElse(null) instanceof CompilationUnit;
    }

    private void scanJit(ClassInfo info, MethodDeclaration m) {
        String file = info.file.path();
        String name = m.getNameAsString();
        List<CompileException> errors = new ArrayList<>();
        if (!m.isStatic())
            errors.add(Diagnostics.error(file, m.getName(), "@Jit method '" + name + "' must be static",
                    "make it static: a jaxc method is a pure function of its arguments"));
        if (!m.getTypeParameters().isEmpty())
            errors.add(Diagnostics.error(file, m.getTypeParameters().get(0), "generic @Jit method '" + name + "' is not supported",
                    "write one method per element type"));
        if (m.getBody().isEmpty())
            errors.add(Diagnostics.error(file, m.getName(), "@Jit method '" + name + "' has no body", "give it a body"));
        if (info.isJitDeclared(name))
            errors.add(Diagnostics.error(file, m.getName(), "overloaded @Jit method '" + name + "'",
                    "give each @Jit method of a class its own name"));
        List<Type> types = new ArrayList<>();
        List<String> names = new ArrayList<>();
        for (Parameter p : m.getParameters()) {
            Type t = TypeResolver.of(p.getType());
            if (p.isVarArgs())
                errors.add(Diagnostics.error(file, p, "varargs parameter '" + p.getNameAsString() + "' is not supported",
                        "take an array instead: " + p.getType() + "[] " + p.getNameAsString()));
            else if (t == null)
                errors.add(Diagnostics.error(file, p.getType(), "parameter '" + p.getNameAsString() + "' has type '" + p.getType() + "', which jaxc does not support",
                        "supported types: " + TypeResolver.SUPPORTED));
            types.add(t);
            names.add(p.getNameAsString());
        }
        Type result = null;
        if (m.getType().isVoidType())
            errors.add(Diagnostics.error(file, m.getType(), "@Jit method '" + name + "' returns void",
                    "return the result: a jaxc method is pure, so a void one would compute nothing"));
        else if ((result = TypeResolver.of(m.getType())) == null)
            errors.add(Diagnostics.error(file, m.getType(), "@Jit method '" + name + "' returns '" + m.getType() + "', which jaxc does not support",
                    "supported types: " + TypeResolver.SUPPORTED));
        if (!errors.isEmpty()) {
            errors.forEach(diags::add);
            info.brokenJit.add(name);
            return;
        }
        info.jitByName.put(name, new JitMethod(info, m, types, names, result));
    }

    /**
     * {@code @CustomJvp("g")}, {@code @CustomVjp({"gx", "gy"})} and {@code @Checkpoint(every = k)}
     * become program attributes of the method (see docs/AD.md); the rules must be {@code @Jit}
     * methods of the same class (their signatures are checked by the AD passes).
     */
    private void scanRuleAnnotations(ClassInfo info, JitMethod m) {
        String file = info.file.path();
        for (AnnotationExpr a : m.decl.getAnnotations()) {
            if (isJaxcName(a, "CustomJvp", info.cu) || isJaxcName(a, "CustomVjp", info.cu)) {
                boolean jvp = isJaxcName(a, "CustomJvp", info.cu);
                List<StringLiteralExpr> names = strings(element(a, "value"));
                if (names == null || names.isEmpty() || (jvp && names.size() != 1)) {
                    diags.add(Diagnostics.error(file, a, "@" + a.getNameAsString() + " needs " + (jvp ? "the name of the rule method" : "the names of the backward methods"),
                            jvp ? "write @CustomJvp(\"fJvp\")" : "write @CustomVjp({\"fBwdX\", \"fBwdY\"}), one per float/double parameter"));
                    continue;
                }
                List<String> qualified = new ArrayList<>();
                for (StringLiteralExpr n : names) {
                    if (!info.isJitDeclared(n.asString()))
                        diags.add(Diagnostics.error(file, n, "@" + a.getNameAsString() + " names '" + n.asString() + "', which is not a @Jit method of " + info.simpleName,
                                "the rule must be a static @Jit method of the same class"));
                    qualified.add(info.binaryName + "." + n.asString());
                }
                m.attributes.put(jvp ? "custom_jvp" : "custom_vjp", String.join(",", qualified));
            } else if (isJaxcName(a, "Checkpoint", info.cu)) {
                Expression every = element(a, "every");
                if (every == null) m.attributes.put("checkpoint", "0");
                else if (every instanceof com.github.javaparser.ast.expr.IntegerLiteralExpr i && i.asNumber().longValue() >= 0)
                    m.attributes.put("checkpoint", String.valueOf(i.asNumber()));
                else diags.add(Diagnostics.error(file, every, "@Checkpoint(every = ...) must be a non-negative int literal", "write @Checkpoint(every = 100), or @Checkpoint for √n"));
            }
        }
    }

    /** The value of an annotation element ({@code value} may be written bare), or null. */
    private static Expression element(AnnotationExpr a, String name) {
        if (a instanceof SingleMemberAnnotationExpr s) return name.equals("value") ? s.getMemberValue() : null;
        if (a instanceof NormalAnnotationExpr n)
            for (MemberValuePair p : n.getPairs()) if (p.getNameAsString().equals(name)) return p.getValue();
        return null;
    }

    /** A string literal or an array initializer of them; null for anything else. */
    private static List<StringLiteralExpr> strings(Expression e) {
        if (e instanceof StringLiteralExpr s) return List.of(s);
        if (!(e instanceof ArrayInitializerExpr arr)) return null;
        List<StringLiteralExpr> out = new ArrayList<>();
        for (Expression x : arr.getValues()) {
            if (!(x instanceof StringLiteralExpr s)) return null;
            out.add(s);
        }
        return out;
    }

    private void scanDerives(ClassInfo info, ClassOrInterfaceDeclaration c) {
        for (AnnotationExpr a : c.getAnnotations()) {
            if (isJaxcName(a, "Derive", info.cu)) derive(info, a);
            else if (isJaxcName(a, "Derive.List", info.cu)) {
                Expression value = null;
                if (a instanceof SingleMemberAnnotationExpr s) value = s.getMemberValue();
                else if (a instanceof NormalAnnotationExpr n)
                    for (MemberValuePair p : n.getPairs()) if (p.getNameAsString().equals("value")) value = p.getValue();
                List<Expression> items = value instanceof ArrayInitializerExpr arr ? arr.getValues() : value == null ? List.of() : List.of(value);
                for (Expression e : items) {
                    if (e instanceof AnnotationExpr inner && isJaxcName(inner, "Derive", info.cu)) derive(info, inner);
                    else diags.add(Diagnostics.error(info.file.path(), e, "@Derive.List holds something other than @Derive", "write @Derive(name = \"...\", expr = \"...\")"));
                }
            }
        }
    }

    private void derive(ClassInfo info, AnnotationExpr a) {
        String file = info.file.path();
        StringLiteralExpr name = null, expr = null;
        if (a instanceof NormalAnnotationExpr n) {
            for (MemberValuePair p : n.getPairs()) {
                StringLiteralExpr lit = p.getValue() instanceof StringLiteralExpr s ? s : null;
                if (lit == null) {
                    diags.add(Diagnostics.error(file, p.getValue(), "@Derive " + p.getNameAsString() + " must be a string literal", "write it in quotes"));
                    return;
                }
                if (p.getNameAsString().equals("name")) name = lit;
                else if (p.getNameAsString().equals("expr")) expr = lit;
            }
        }
        if (name == null || expr == null) {
            diags.add(Diagnostics.error(file, a, "@Derive needs both name and expr", "write @Derive(name = \"dloss\", expr = \"grad(loss)\")"));
            return;
        }
        Loc loc = Diagnostics.loc(file, expr), nameLoc = Diagnostics.loc(file, name);
        info.derives.add(new DeriveDecl(info.binaryName, name.asString(), expr.asString(), loc, nameLoc));
    }

    static boolean isJaxc(NodeWithAnnotations<?> n, String simple, CompilationUnit cu) {
        for (AnnotationExpr a : n.getAnnotations()) if (isJaxcName(a, simple, cu)) return true;
        return false;
    }

    /** Whether an annotation names {@code dev.jaxc.<simple>}, fully qualified or through an import. */
    static boolean isJaxcName(AnnotationExpr a, String simple, CompilationUnit cu) {
        String name = a.getNameAsString();
        if (name.equals("dev.jaxc." + simple)) return true;
        String head = simple.contains(".") ? simple.substring(0, simple.indexOf('.')) : simple;
        if (!name.equals(simple)) return false;
        if (cu.getPackageDeclaration().map(p -> p.getNameAsString().equals("dev.jaxc")).orElse(false)) return true;
        for (var imp : cu.getImports()) {
            if (imp.isStatic()) continue;
            String in = imp.getNameAsString();
            if (imp.isAsterisk() ? in.equals("dev.jaxc") : in.equals("dev.jaxc." + head)) return true;
        }
        return false;
    }
}
