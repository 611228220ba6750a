package dev.jaxc.ir.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.jaxc.ir.Program;
import dev.jaxc.ir.RandomPrograms;
import dev.jaxc.ir.verify.IrVerifier;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;

class RoundTripPropertyTest {
    @Property(tries = 300)
    void printParsePrintIsTheIdentity(@ForAll long seed) {
        Program p = RandomPrograms.generate(seed, true);
        IrVerifier.verify(p);
        String text = IrPrinter.print(p);
        Program back = IrParser.parse(text);
        IrVerifier.verify(back);
        assertEquals(text, IrPrinter.print(back));
    }
}
