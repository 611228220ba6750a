package dev.jaxc.compiler;

/**
 * Knobs of one compile. {@code verifyEachPass} runs the IR verifier after the frontend and
 * after every transform (cheap; on by default, and always on in tests).
 */
public record CompileOptions(boolean verifyEachPass) {
    public static CompileOptions defaults() { return new CompileOptions(true); }
}
