package dev.jaxc.frontend;

import dev.jaxc.ir.Loc;

/**
 * One {@code @Derive(name = ..., expr = ...)} on a class, uninterpreted. {@code loc} is the
 * position of the {@code expr} string literal (its opening quote), {@code nameLoc} that of the
 * {@code name} literal.
 */
public record DeriveDecl(String classBinaryName, String name, String expr, Loc loc, Loc nameLoc) {}
