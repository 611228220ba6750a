package dev.jaxc;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Repeatable;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Declares a derived function on a class: {@code @Derive(name = "dloss", expr = "grad(loss)")}
 * emits {@code <Class>Jaxc.dloss(...)}. {@code expr} is a JAX-style transform expression over
 * the class's {@link Jit} methods, e.g. {@code grad(loss, argnums=1)},
 * {@code vmap(grad(loss), in_axes=(None, 0))}, {@code jacfwd(jacrev(f))}; the grammar is in the
 * README.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
@Repeatable(Derive.List.class)
public @interface Derive {
    /** The name of the generated method. */
    String name();

    /** The transform expression. */
    String expr();

    /** Container for repeated {@link Derive}. */
    @Documented
    @Retention(RetentionPolicy.CLASS)
    @Target(ElementType.TYPE)
    @interface List {
        Derive[] value();
    }
}
