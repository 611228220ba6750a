package dev.jaxc.ir.interp;

/** One compiled op: reads its inputs from frame slots and writes its results (and their ownership). */
@FunctionalInterface
interface Exec {
    void run(Object[] frame, boolean[] owned);
}
