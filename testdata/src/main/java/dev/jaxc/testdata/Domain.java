package dev.jaxc.testdata;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Input domain for the differential tests of a method: integer arguments are drawn from
 * [intMin, intMax] (so loop counts stay bounded), doubles scaled by {@code scale}. Methods
 * without it get the default wide domain, special values included.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface Domain {
    int intMin() default -20;

    int intMax() default 20;

    double scale() default 10.0;

    /** Whether NaN, infinities and extreme values are mixed into float arguments. */
    boolean specials() default true;
}
