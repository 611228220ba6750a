package dev.jaxc.codegen.jvm;

import org.objectweb.asm.ClassWriter;

/**
 * A ClassWriter that computes frames without loading classes. Generated code only merges
 * arrays and the generated records, which have no common supertype but Object (ASM merges
 * arrays of one element type itself), so the answer never needs a class hierarchy.
 */
final class FrameClassWriter extends ClassWriter {
    FrameClassWriter() { super(ClassWriter.COMPUTE_FRAMES); }

    @Override protected String getCommonSuperClass(String type1, String type2) {
        return type1.equals(type2) ? type1 : "java/lang/Object";
    }
}
