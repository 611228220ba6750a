package dev.jaxc.testdata;

/** The compiled testdata's class loader for tests in sub-packages. */
public final class CompiledTestdataAccess {
    private CompiledTestdataAccess() {}

    public static ClassLoader loader() throws Exception { return CompiledTestdata.get().loader; }
}
