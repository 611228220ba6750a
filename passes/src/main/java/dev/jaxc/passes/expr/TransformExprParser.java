package dev.jaxc.passes.expr;

import dev.jaxc.passes.expr.TransformExpr.*;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Parses the transform expression language of {@code @Derive(expr = ...)}:
 * <pre>
 * expr   := name | name '(' expr (',' kwarg)* ')'
 * name   := ident ('.' ident)*
 * kwarg  := ident '=' value
 * value  := int | 'None' | '(' [value (',' value)* [',']] ')'
 * </pre>
 * Syntax only: which transforms and keywords exist is checked by {@link TransformExprChecker}.
 */
public final class TransformExprParser {
    /** A syntax error at a 0-based offset in the text. */
    public static final class SyntaxError extends Exception {
        private final int offset;

        SyntaxError(int offset, String message) {
            super(message, null, false, false);
            this.offset = offset;
        }

        public int offset() { return offset; }
    }

    private final String s;
    private int pos;

    private TransformExprParser(String s) { this.s = s; }

    public static TransformExpr parse(String text) throws SyntaxError {
        TransformExprParser p = new TransformExprParser(text);
        p.skipWs();
        if (p.pos >= text.length()) throw new SyntaxError(0, "empty transform expression");
        TransformExpr e = p.expr();
        p.skipWs();
        if (p.pos < text.length()) throw new SyntaxError(p.pos, "unexpected '" + text.charAt(p.pos) + "' after the expression");
        return e;
    }

    private TransformExpr expr() throws SyntaxError {
        skipWs();
        int start = pos;
        String name = dottedName();
        skipWs();
        if (!peek('(')) return new FnRef(name, start);
        if (name.contains(".")) throw new SyntaxError(start, "'" + name + "' is not a transform; transforms are plain names such as grad or vmap");
        pos++;
        TransformExpr fn = expr();
        Map<String, KwArg> kwargs = new LinkedHashMap<>();
        skipWs();
        while (peek(',')) {
            pos++;
            skipWs();
            int kstart = pos;
            String positional = "only the first argument of " + name + " is a function; further arguments must be keywords such as argnums=1";
            if (pos < s.length() && !Character.isJavaIdentifierStart(s.charAt(pos))) throw new SyntaxError(kstart, positional);
            String key = ident("a keyword argument such as argnums=0");
            skipWs();
            if (!peek('=')) {
                if (peek('(') || peek(',') || peek(')')) throw new SyntaxError(kstart, positional);
                throw new SyntaxError(pos, "expected '=' after " + key);
            }
            pos++;
            skipWs();
            Arg v = value();
            if (kwargs.containsKey(key)) throw new SyntaxError(kstart, "keyword " + key + " given twice");
            kwargs.put(key, new KwArg(key, v, kstart));
            skipWs();
        }
        if (!peek(')')) throw new SyntaxError(pos, pos >= s.length() ? "missing ')'" : "expected ',' or ')'");
        pos++;
        return new Apply(name, fn, kwargs, start);
    }

    private Arg value() throws SyntaxError {
        skipWs();
        if (peek('(')) {
            pos++;
            List<Arg> items = new ArrayList<>();
            skipWs();
            while (!peek(')')) {
                items.add(value());
                skipWs();
                if (peek(',')) {
                    pos++;
                    skipWs();
                } else if (!peek(')')) {
                    throw new SyntaxError(pos, "expected ',' or ')' in tuple");
                }
            }
            pos++;
            return new TupleArg(List.copyOf(items));
        }
        int start = pos;
        if (peek('-') || (pos < s.length() && Character.isDigit(s.charAt(pos)))) {
            pos++;
            while (pos < s.length() && Character.isDigit(s.charAt(pos))) pos++;
            try {
                return new IntArg(Integer.parseInt(s.substring(start, pos)));
            } catch (NumberFormatException e) {
                throw new SyntaxError(start, "expected an integer");
            }
        }
        if (s.startsWith("None", pos)) {
            pos += 4;
            return new NoneArg();
        }
        throw new SyntaxError(start, "expected an integer, None or a tuple");
    }

    private String dottedName() throws SyntaxError {
        StringBuilder sb = new StringBuilder(ident("a method name or a transform such as grad(f)"));
        while (peek('.')) {
            pos++;
            sb.append('.').append(ident("a name after '.'"));
        }
        return sb.toString();
    }

    private String ident(String what) throws SyntaxError {
        int start = pos;
        if (pos >= s.length() || !Character.isJavaIdentifierStart(s.charAt(pos)))
            throw new SyntaxError(pos, "expected " + what);
        while (pos < s.length() && Character.isJavaIdentifierPart(s.charAt(pos))) pos++;
        return s.substring(start, pos);
    }

    private boolean peek(char c) { return pos < s.length() && s.charAt(pos) == c; }

    private void skipWs() {
        while (pos < s.length() && Character.isWhitespace(s.charAt(pos))) pos++;
    }
}
