package dev.jaxc.codegen.jvm;

import dev.jaxc.ir.Type;
import dev.jaxc.ir.prim.Const;

/** Where a value lives in a generated method: a local variable slot, or a constant pushed where used. */
sealed interface Home permits Home.Local, Home.Imm {
    record Local(int slot, Type type) implements Home {
        int size() { return JvmTypes.size(type); }

        boolean overlaps(Local o) { return slot < o.slot + o.size() && o.slot < slot + size(); }
    }

    record Imm(Const value) implements Home {}
}
