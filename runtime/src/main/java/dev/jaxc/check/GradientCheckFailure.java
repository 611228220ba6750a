package dev.jaxc.check;

/** Thrown when a derivative disagrees with its reference; JUnit reports it as a failed assertion. */
public final class GradientCheckFailure extends AssertionError {
    public GradientCheckFailure(String message) { super(message); }
}
