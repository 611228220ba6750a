package dev.jaxc.maven;

import java.util.regex.Pattern;

/**
 * An Ant-style path pattern as Maven's includes/excludes use them, matched against a path
 * relative to a source root with '/' separators: {@code *} matches within one directory,
 * {@code ?} one character, {@code **} any number of directories (including none), and a
 * pattern ending in '/' means everything below it.
 */
record AntPattern(String pattern, Pattern regex) {
    static AntPattern of(String pattern) {
        String p = pattern.trim().replace('\\', '/');
        if (p.endsWith("/")) p += "**";
        StringBuilder re = new StringBuilder();
        for (int i = 0; i < p.length(); i++) {
            char c = p.charAt(i);
            if (c == '*' && i + 1 < p.length() && p.charAt(i + 1) == '*') {
                boolean dirs = i + 2 < p.length() && p.charAt(i + 2) == '/';
                re.append(dirs ? "(?:.*/)?" : ".*");
                i += dirs ? 2 : 1;
            } else if (c == '*') {
                re.append("[^/]*");
            } else if (c == '?') {
                re.append("[^/]");
            } else {
                re.append(Pattern.quote(String.valueOf(c)));
            }
        }
        return new AntPattern(pattern, Pattern.compile(re.toString()));
    }

    boolean matches(String relativePath) { return regex.matcher(relativePath).matches(); }
}
