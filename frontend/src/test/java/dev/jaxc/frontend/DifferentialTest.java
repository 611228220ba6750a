package dev.jaxc.frontend;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.jaxc.ir.Function;
import dev.jaxc.ir.interp.Interpreter;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Every method of the corpus, compiled by jaxc and run by the IR interpreter, behaves as the
 * same method compiled by javac: same results, same exceptions, on many random inputs.
 */
class DifferentialTest {
    private static final int RUNS = 300;

    @TestFactory
    Stream<DynamicTest> corpusAgreesWithJavac() {
        List<SourceFile> sources = Corpus.sources();
        FrontendResult r = JavaFrontend.compile(sources);
        assertTrue(r.ok(), Fixtures.render(r));
        JavacTwin twin = new JavacTwin(sources);
        Interpreter interp = new Interpreter(r.program());
        return r.program().functions().stream().map(f -> DynamicTest.dynamicTest(f.name(), () -> {
            Differential.Ints ints = f.name().startsWith("corpus.Basic.") ? Differential.Ints.WIDE : Differential.Ints.SMALL;
            Differential.check(interp, f, twin.method(f.name()), f.name().hashCode(), RUNS, ints);
        }));
    }
}
