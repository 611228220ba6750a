package dev.jaxc.ir.text;

/** Lexical rules for names in the IR text form, shared by the printer and the lexer. */
final class Names {
    private Names() {}

    /** Characters of a bare value, function or attribute name ({@code %x_1}, {@code @p.Foo.loss$jvp}). */
    static boolean isNameChar(int c) {
        return Character.isLetterOrDigit(c) || c == '_' || c == '$' || c == '.';
    }

    static boolean isBare(String s) {
        if (s.isEmpty()) return false;
        for (int i = 0; i < s.length(); ) {
            int c = s.codePointAt(i);
            if (!isNameChar(c)) return false;
            i += Character.charCount(c);
        }
        return true;
    }

    /** {@code s} itself when bare, else a double-quoted string with Java escapes. */
    static String quoteIfNeeded(String s) { return isBare(s) ? s : quote(s); }

    static String quote(String s) {
        StringBuilder sb = new StringBuilder("\"");
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> sb.append("\\\"");
                case '\\' -> sb.append("\\\\");
                case '\n' -> sb.append("\\n");
                case '\t' -> sb.append("\\t");
                default -> {
                    if (c < 0x20 || c == 0x7f) sb.append(String.format("\\u%04x", (int) c));
                    else sb.append(c);
                }
            }
        }
        return sb.append('"').toString();
    }

    /** A value name from a hint: illegal characters become '_', a leading digit gets a 'v'. Null if nothing is left. */
    static String sanitizeHint(String hint) {
        if (hint == null || hint.isEmpty()) return null;
        StringBuilder sb = new StringBuilder();
        hint.codePoints().forEach(c -> {
            if (isNameChar(c)) sb.appendCodePoint(c);
            else sb.append('_');
        });
        if (Character.isDigit(sb.codePointAt(0))) sb.insert(0, 'v');
        return sb.toString();
    }

    /** Numbered names ({@code %0}) are what the printer gives values without a hint. */
    static boolean isNumbered(String name) {
        for (int i = 0; i < name.length(); i++) if (name.charAt(i) < '0' || name.charAt(i) > '9') return false;
        return !name.isEmpty();
    }
}
