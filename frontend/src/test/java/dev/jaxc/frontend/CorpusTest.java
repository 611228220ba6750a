package dev.jaxc.frontend;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class CorpusTest {
    @Test
    void wholeCorpusCompilesToVerifiedIr() {
        FrontendResult r = JavaFrontend.compile(Corpus.sources());
        assertTrue(r.ok(), Fixtures.render(r));
        long jit = r.classes().stream().mapToLong(c -> c.jitFunctions().size()).sum();
        assertEquals(jit, r.program().functions().size());
        dev.jaxc.ir.verify.IrVerifier.verify(r.program());
    }
}
