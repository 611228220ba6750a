package dev.jaxc.codegen.jvm;

import dev.jaxc.ir.Program;
import dev.jaxc.ir.Type;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What the methods of one companion class share while they are lowered: the program (for callee
 * signatures and alias summaries), the deep-copy helpers they need and the nested classes of
 * other companions they mention (each needs an InnerClasses entry).
 */
final class CompanionContext {
    final Program program;
    final String internalName;
    final AliasAnalysis aliases;
    /** False only in tests: every array.set copies. */
    final boolean inPlace;
    /** Array types needing a deep-copy helper, in first-use order. */
    final Map<String, Type> deepCopies = new LinkedHashMap<>();
    /** Internal name of a foreign record → {outer internal name, simple name}, in first-use order. */
    final Map<String, String[]> foreignRecords = new LinkedHashMap<>();

    CompanionContext(Program program, String internalName, boolean inPlace) {
        this.program = program;
        this.internalName = internalName;
        this.inPlace = inPlace;
        this.aliases = new AliasAnalysis(program);
    }

    /** Name of the helper that deep-copies an array of type t (registering it and the helpers it calls). */
    String deepCopy(Type t) {
        deepCopies.putIfAbsent(JvmTypes.descriptor(t), t);
        if (t.rank() >= 3) deepCopy(t.element());
        return DeepCopyEmitter.NAME;
    }

    /** Internal name of the record returned by multi-result function {@code fn}, noting it if foreign. */
    String recordOf(String fn) {
        String rec = JvmNames.internal(JvmNames.recordBinaryName(fn));
        String outer = JvmNames.internal(JvmNames.companionOf(fn));
        if (!outer.equals(internalName))
            foreignRecords.putIfAbsent(rec, new String[] {outer, JvmNames.recordSimpleName(JvmNames.methodName(fn))});
        return rec;
    }
}
