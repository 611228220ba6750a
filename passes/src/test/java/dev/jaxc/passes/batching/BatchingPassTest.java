package dev.jaxc.passes.batching;

import static dev.jaxc.passes.batching.VmapHarness.*;
import static org.junit.jupiter.api.Assertions.*;

import dev.jaxc.ir.Function;
import dev.jaxc.ir.Program;
import dev.jaxc.ir.interp.Interpreter;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class BatchingPassTest {
    private static Program program(Function... fs) { return new Program(List.of(fs)); }

    private static List<Integer> axes(Integer... a) { return Arrays.asList(a); }

    @Test
    void elementwiseInEveryAxisCombination() {
        Program p = program(Programs.elementwise());
        for (List<Integer> ax : List.of(axes(0, 0), axes(0, null), axes(null, 0)))
            checkRandom(p, "t.elementwise", ax, 0, 1);
    }

    @Test
    void batchedIfWhoseUntakenSideWouldThrowDoesNotThrow() {
        Program p = program(Programs.guardedIndex());
        String v = vmap(p, "t.guardedIndex", axes(null, 0), 0);
        double[] a = {1.5, 2.5, 3.5};
        int[] is = {-4, 0, 2, 3, 99, 1};
        double[] got = (double[]) Interpreter.run1(p, v, a, is);
        assertArrayEquals(new double[] {-1, 1.5, 3.5, -1, -1, 2.5}, got);
        checkRandom(p, "t.guardedIndex", axes(null, 0), 0, 2);
        checkRandom(p, "t.guardedIndex", axes(0, 0), 0, 3);
    }

    @Test
    void aLaneThatThrowsMakesTheBatchThrow() {
        Program p = program(Programs.plainIndex());
        String v = vmap(p, "t.plainIndex", axes(null, 0), 0);
        assertThrows(ArrayIndexOutOfBoundsException.class, () -> Interpreter.run1(p, v, new double[] {1, 2}, new int[] {0, 2}));
        assertArrayEquals(new double[] {2, 1}, (double[]) Interpreter.run1(p, v, new double[] {1, 2}, new int[] {1, 0}));
    }

    @Test
    void integerDivisionOnlyWhereTheLaneDivides() {
        Program p = program(Programs.safeDivide());
        String v = vmap(p, "t.safeDivide", axes(0, 0), 0);
        int[] got = (int[]) Interpreter.run1(p, v, new int[] {7, 8, -9}, new int[] {2, 0, 4});
        assertArrayEquals(new int[] {3, 1, -2}, got);
        checkRandom(p, "t.safeDivide", axes(0, 0), 0, 4);
        checkRandom(p, "t.safeDivide", axes(null, 0), 0, 5);
    }

    @Test
    void whileWithBatchedConditionRunsUntilEveryLaneIsDone() {
        Program p = program(Programs.collatz());
        String v = vmap(p, "t.collatz", axes(0), 0);
        assertArrayEquals(new int[] {0, 1, 7, 16, 100}, (int[]) Interpreter.run1(p, v, new int[] {1, 2, 3, 7, -5}));
        checkRandom(p, "t.collatz", axes(0), 0, 6);
    }

    @Test
    void forWithBatchedTripCount() {
        Program p = program(Programs.triangular());
        for (List<Integer> ax : List.of(axes(0, 0), axes(0, null), axes(null, 0)))
            checkRandom(p, "t.triangular", ax, 0, 7);
    }

    @Test
    void uniformLoopAroundVaryingCarries() {
        Program p = program(Programs.damped());
        checkRandom(p, "t.damped", axes(0, null), 0, 8);
        checkRandom(p, "t.damped", axes(0, 0), 0, 9);
        checkRandom(p, "t.damped", axes(null, 0), 0, 10);
    }

    @Test
    void localArrayPerLane() {
        Program p = program(Programs.localArray());
        checkRandom(p, "t.localArray", axes(0), 0, 11);
    }

    @Test
    void arrayResultsAlongAxis0And1() {
        Program p = program(Programs.pair());
        checkRandom(p, "t.pair", axes(0, null), 0, 12);
        checkRandom(p, "t.pair", axes(0, 0), 1, 13);
        checkRandom(p, "t.pair", axes(null, 0), 1, 14);
    }

    @Test
    void arrayParametersAlongAxis0And1() {
        Program p = program(Programs.dot());
        for (List<Integer> ax : List.of(axes(0, null), axes(null, 0), axes(0, 0), axes(1, null), axes(1, 0), axes(null, 1)))
            checkRandom(p, "t.dot", ax, 0, 15);
    }

    @Test
    void callsRunPerLane() {
        Program p = program(Programs.square(), Programs.callsSquare());
        checkRandom(p, "t.callsSquare", axes(0), 0, 16);
    }

    @Test
    void earlyReturnsAsNestedBranches() {
        Program p = program(Programs.earlyReturn());
        checkRandom(p, "t.earlyReturn", axes(0), 0, 17);
    }

    @Test
    void nestedVmap() {
        Program p = program(Programs.elementwise());
        String inner = vmap(p, "t.elementwise", axes(0, null), 0);
        checkRandom(p, inner, axes(0, 0), 0, 18);
        String inner2 = vmap(p, "t.elementwise", axes(0, 0), 0);
        checkRandom(p, inner2, axes(1, null), 0, 19);
    }

    @Test
    void uniformBranchAroundALoop() {
        Program p = program(Programs.flagged());
        checkRandom(p, "t.flagged", axes(0, null), 0, 20);
        checkRandom(p, "t.flagged", axes(0, 0), 0, 21);
    }

    @Test
    void uniformWhileAroundVaryingCarries() {
        Program p = program(Programs.power());
        checkRandom(p, "t.power", axes(0, null), 0, 22);
        checkRandom(p, "t.power", axes(0, 0), 0, 23);
    }

    @Test
    void arrayCarriedByALockStepLoop() {
        Program p = program(Programs.arrayInWhile());
        checkRandom(p, "t.arrayInWhile", axes(0), 0, 24);
    }

    @Test
    void bothBranchesUpdateOneArray() {
        Program p = program(Programs.branchUpdates());
        checkRandom(p, "t.branchUpdates", axes(0), 0, 25);
        checkRandom(p, "t.branchUpdates", axes(0), 1, 26);
    }

    @Test
    void nestedPerLaneTripCounts() {
        Program p = program(Programs.nestedTrips());
        checkRandom(p, "t.nestedTrips", axes(0), 0, 27);
    }

    @Test
    void whileUnderAMask() {
        Program p = program(Programs.halve());
        checkRandom(p, "t.halve", axes(0), 0, 28);
    }

    @Test
    void copiesOfBatchedArrays() {
        Program p = program(Programs.cloneSet());
        checkRandom(p, "t.cloneSet", axes(0), 0, 29);
        checkRandom(p, "t.cloneSet", axes(1), 0, 30);
        checkRandom(p, "t.cloneSet", axes(1), 1, 31);
    }

    @Test
    void perLaneSizesAndNegativeSizes() {
        Program p = program(Programs.sized());
        checkRandom(p, "t.sized", axes(0), 0, 32);
        String v = vmap(p, "t.sized", axes(0), 0);
        assertArrayEquals(new double[] {4 + 2, 1 + 0}, (double[]) Interpreter.run1(p, v, new int[] {4, 1}));
        assertThrows(ArrayIndexOutOfBoundsException.class, () -> Interpreter.run1(p, v, new int[] {4, 0}), "a[0] of an empty array");
        assertThrows(NegativeArraySizeException.class, () -> Interpreter.run1(p, v, new int[] {4, -1}));
    }

    @Test
    void allocationUnderAMaskNeverSeesANegativeSize() {
        Program p = program(Programs.maskedNew());
        String v = vmap(p, "t.maskedNew", axes(0), 0);
        assertArrayEquals(new int[] {-1, 0, 3}, (int[]) Interpreter.run1(p, v, new int[] {-5, 0, 3}));
        checkRandom(p, "t.maskedNew", axes(0), 0, 33);
    }

    @Test
    void integerLongFloatAndBooleanOperators() {
        Program p = program(Programs.mixed());
        checkRandom(p, "t.mixed", axes(0, 0, 0, 0), 0, 34);
        checkRandom(p, "t.mixed", axes(null, 0, null, 0), 0, 35);
    }

    @Test
    void callThatWouldThrowUnderAMask() {
        Program p = program(Programs.lookup(), Programs.maskedCall());
        String v = vmap(p, "t.maskedCall", axes(null, 0), 0);
        assertArrayEquals(new double[] {0, 20, 0}, (double[]) Interpreter.run1(p, v, new double[] {10, 20}, new double[] {-1, 1.5, 2}));
        checkRandom(p, "t.maskedCall", axes(null, 0), 0, 36);
        checkRandom(p, "t.maskedCall", axes(0, 0), 0, 37);
    }

    @Test
    void severalResults() {
        Program p = program(Programs.twoResults());
        checkRandom(p, "t.twoResults", axes(0, null), 0, 38);
    }

    @Test
    void twoDimensionalParameterAlongAxis0And1() {
        Program p = program(Programs.matrix());
        checkRandom(p, "t.matrix", axes(0), 0, 39);
        checkRandom(p, "t.matrix", axes(1), 0, 40);
    }

    @Test
    void aBatchedArgumentWithTooFewLanesThrowsBeforeAnyLaneRuns() {
        Program p = program(Programs.elementwise());
        String v = vmap(p, "t.elementwise", axes(0, 0), 0);
        assertThrows(ArrayIndexOutOfBoundsException.class, () -> Interpreter.run1(p, v, new double[] {1, 2, 3}, new double[] {1, 2}));
        assertEquals(2, ((double[]) Interpreter.run1(p, v, new double[] {1, 2}, new double[] {1, 2, 3})).length,
                "the batch size is the first batched argument's");
        String w = vmap(p, "t.elementwise", axes(null, 0), 0);
        assertEquals(0, ((double[]) Interpreter.run1(p, w, 1.0, new double[0])).length);
    }
}
