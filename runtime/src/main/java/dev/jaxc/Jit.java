package dev.jaxc;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a pure static method of a top-level class for jaxc: it is compiled into the companion
 * class {@code <Class>Jaxc} under the same name and signature, and may be named in
 * {@link Derive} expressions.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.METHOD)
public @interface Jit {}
