package dev.jaxc.frontend;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.jaxc.ir.diag.Diagnostic;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Whatever the input, the frontend answers with IR or diagnostics, never with an exception:
 * damaged variants of the corpus (lines dropped or duplicated, tokens swapped) must compile
 * or be rejected cleanly, and no rejection may be an internal error.
 */
class RobustnessTest {
    private static final List<String> REPLACEMENTS = List.of("0", "x", "a[0]", "1.5f", "true", "i++", "m[1][2]", "Math.sin(1)", "(int) 2.5", "n", "null", "\"s\"", "a.length");

    @Test
    void damagedSourcesNeverCrashTheFrontend() {
        Random rnd = new Random(Long.getLong("seed", 42));
        List<SourceFile> corpus = Corpus.sources();
        int rejected = 0;
        for (int round = 0; round < Integer.getInteger("rounds", 200); round++) {
            SourceFile f = corpus.get(rnd.nextInt(corpus.size()));
            String damaged = damage(f.text(), rnd);
            FrontendResult r = JavaFrontend.compile(List.of(new SourceFile(f.path(), damaged)));
            for (Diagnostic d : r.diagnostics())
                assertFalse(d.message().startsWith("internal compiler error"), () -> d.message() + "\n--- source ---\n" + damaged);
            if (!r.ok()) rejected++;
            else dev.jaxc.ir.verify.IrVerifier.verify(r.program());
        }
        assertTrue(rejected > 50, "most damaged sources are rejected: " + rejected);
    }

    private static String damage(String text, Random rnd) {
        List<String> lines = new ArrayList<>(List.of(text.split("\n", -1)));
        int i = rnd.nextInt(lines.size());
        switch (rnd.nextInt(4)) {
            case 0 -> lines.remove(i);
            case 1 -> lines.add(i, lines.get(rnd.nextInt(lines.size())));
            case 2 -> {
                String[] words = lines.get(i).split("(?<=\\W)|(?=\\W)");
                if (words.length > 1) {
                    int w = rnd.nextInt(words.length);
                    words[w] = REPLACEMENTS.get(rnd.nextInt(REPLACEMENTS.size()));
                    lines.set(i, String.join("", words));
                }
            }
            default -> {
                int j = rnd.nextInt(lines.size());
                String t = lines.get(i);
                lines.set(i, lines.get(j));
                lines.set(j, t);
            }
        }
        return String.join("\n", lines);
    }
}
