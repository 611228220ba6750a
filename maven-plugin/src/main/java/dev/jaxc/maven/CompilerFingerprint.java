package dev.jaxc.maven;

import java.io.File;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Identifies the compiler that ran: the name, size and time of every jar on the plugin's class
 * path (jaxc's modules and what they use). A new jaxc, even a rebuilt SNAPSHOT, makes every
 * previous build state stale.
 */
final class CompilerFingerprint {
    private CompilerFingerprint() {}

    static String current() {
        List<String> entries = new ArrayList<>();
        for (Path p : classPath()) {
            try {
                entries.add(p + (Files.isRegularFile(p) ? " " + Files.size(p) + " " + Files.getLastModifiedTime(p).toMillis() : ""));
            } catch (java.io.IOException e) {
                entries.add(p.toString());
            }
        }
        return Hashes.sha256(String.join("\n", entries));
    }

    private static List<Path> classPath() {
        List<Path> out = new ArrayList<>();
        // Maven runs plugins in a class realm, a URLClassLoader over exactly the plugin's jars.
        if (CompilerFingerprint.class.getClassLoader() instanceof URLClassLoader realm) {
            for (URL u : realm.getURLs()) {
                try {
                    out.add(Path.of(u.toURI()));
                } catch (URISyntaxException | IllegalArgumentException e) {
                    out.add(Path.of(u.getPath()));
                }
            }
        } else {
            for (String s : System.getProperty("java.class.path").split(File.pathSeparator)) out.add(Path.of(s));
        }
        return out;
    }
}
