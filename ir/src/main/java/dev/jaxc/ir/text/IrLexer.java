package dev.jaxc.ir.text;

import dev.jaxc.ir.Loc;
import dev.jaxc.ir.diag.CompileException;
import java.util.ArrayList;
import java.util.List;

/** Splits IR text into tokens; {@code //} comments and whitespace (line breaks included) separate them. */
final class IrLexer {
    enum Kind { VALUE, FUNC, IDENT, NUMBER, STRING, LPAREN, RPAREN, LBRACE, RBRACE, LBRACKET, RBRACKET, COMMA, COLON, EQUALS, ARROW, MINUS, EOF }

    /** A token; {@code text} is the name without its sigil, a string without quotes and escapes. */
    record Token(Kind kind, String text, int line, int column) {
        Loc loc() { return new Loc(IrParser.FILE, line, column); }

        String describe() {
            return switch (kind) {
                case VALUE -> "%" + text;
                case FUNC -> "@" + text;
                case STRING -> "string " + Names.quote(text);
                case EOF -> "end of input";
                default -> "'" + text + "'";
            };
        }
    }

    private final String s;
    private int pos, line = 1, col = 1;

    private IrLexer(String s) { this.s = s; }

    static List<Token> tokenize(String text) {
        IrLexer lx = new IrLexer(text);
        List<Token> out = new ArrayList<>();
        Token t;
        do out.add(t = lx.next()); while (t.kind() != Kind.EOF);
        return out;
    }

    private Token next() {
        skipSpace();
        int l = line, c = col;
        if (pos >= s.length()) return new Token(Kind.EOF, "", l, c);
        char ch = s.charAt(pos);
        switch (ch) {
            case '(': advance(1); return new Token(Kind.LPAREN, "(", l, c);
            case ')': advance(1); return new Token(Kind.RPAREN, ")", l, c);
            case '{': advance(1); return new Token(Kind.LBRACE, "{", l, c);
            case '}': advance(1); return new Token(Kind.RBRACE, "}", l, c);
            case '[': advance(1); return new Token(Kind.LBRACKET, "[", l, c);
            case ']': advance(1); return new Token(Kind.RBRACKET, "]", l, c);
            case ',': advance(1); return new Token(Kind.COMMA, ",", l, c);
            case ':': advance(1); return new Token(Kind.COLON, ":", l, c);
            case '=': advance(1); return new Token(Kind.EQUALS, "=", l, c);
            case '"': return new Token(Kind.STRING, string(l, c), l, c);
            case '%': advance(1); return new Token(Kind.VALUE, sigilName("value", l, c), l, c);
            case '@': advance(1); return new Token(Kind.FUNC, peekIs('"') ? string(line, col) : sigilName("function", l, c), l, c);
            case '-':
                if (peekAt(1) == '>') { advance(2); return new Token(Kind.ARROW, "->", l, c); }
                if (isDigit(peekAt(1))) return new Token(Kind.NUMBER, number(), l, c);
                advance(1);
                return new Token(Kind.MINUS, "-", l, c);
            default:
                if (isDigit(ch)) return new Token(Kind.NUMBER, number(), l, c);
                if (Character.isLetter(ch) || ch == '_') return new Token(Kind.IDENT, name(), l, c);
                throw new CompileException(new Loc(IrParser.FILE, l, c), "unexpected character '" + ch + "'");
        }
    }

    private void skipSpace() {
        while (pos < s.length()) {
            char ch = s.charAt(pos);
            if (ch == '/' && peekAt(1) == '/') {
                while (pos < s.length() && s.charAt(pos) != '\n') advance(1);
            } else if (Character.isWhitespace(ch)) {
                advance(1);
            } else {
                return;
            }
        }
    }

    private String name() {
        int start = pos;
        while (pos < s.length()) {
            int cp = s.codePointAt(pos);
            if (!Names.isNameChar(cp)) break;
            advance(Character.charCount(cp));
        }
        return s.substring(start, pos);
    }

    private String sigilName(String what, int l, int c) {
        if (peekIs('"')) return string(line, col);
        String n = name();
        if (n.isEmpty()) throw new CompileException(new Loc(IrParser.FILE, l, c), "expected a " + what + " name after '" + s.charAt(pos - 1) + "'");
        return n;
    }

    /** Digits, letters, dots, and a sign right after an exponent mark: the literal's checker decides. */
    private String number() {
        int start = pos;
        if (s.charAt(pos) == '-') advance(1);
        boolean hex = s.startsWith("0x", pos) || s.startsWith("0X", pos);
        while (pos < s.length()) {
            char ch = s.charAt(pos);
            if (Character.isLetterOrDigit(ch) || ch == '.') advance(1);
            else if ((ch == '-' || ch == '+') && !hex && (s.charAt(pos - 1) == 'e' || s.charAt(pos - 1) == 'E')) advance(1);
            else break;
        }
        return s.substring(start, pos);
    }

    private String string(int l, int c) {
        advance(1);
        StringBuilder sb = new StringBuilder();
        while (true) {
            if (pos >= s.length() || s.charAt(pos) == '\n') throw new CompileException(new Loc(IrParser.FILE, l, c), "unterminated string");
            char ch = s.charAt(pos);
            if (ch == '"') {
                advance(1);
                return sb.toString();
            }
            if (ch == '\\') {
                char e = peekAt(1);
                switch (e) {
                    case '"', '\\' -> { sb.append(e); advance(2); }
                    case 'n' -> { sb.append('\n'); advance(2); }
                    case 't' -> { sb.append('\t'); advance(2); }
                    case 'u' -> {
                        try {
                            sb.append((char) Integer.parseInt(s.substring(pos + 2, pos + 6), 16));
                        } catch (RuntimeException ex) {
                            throw new CompileException(new Loc(IrParser.FILE, line, col), "bad \\u escape");
                        }
                        advance(6);
                    }
                    default -> throw new CompileException(new Loc(IrParser.FILE, line, col), "bad escape '\\" + e + "'");
                }
            } else {
                sb.append(ch);
                advance(1);
            }
        }
    }

    private boolean peekIs(char ch) { return pos < s.length() && s.charAt(pos) == ch; }

    private char peekAt(int k) { return pos + k < s.length() ? s.charAt(pos + k) : '\0'; }

    private static boolean isDigit(char ch) { return ch >= '0' && ch <= '9'; }

    private void advance(int n) {
        for (int i = 0; i < n && pos < s.length(); i++, pos++) {
            if (s.charAt(pos) == '\n') {
                line++;
                col = 1;
            } else {
                col++;
            }
        }
    }
}
