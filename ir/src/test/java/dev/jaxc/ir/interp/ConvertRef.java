package dev.jaxc.ir.interp;

import dev.jaxc.ir.DType;

/** Java's primitive casts. */
final class ConvertRef {
    private ConvertRef() {}

    static Object eval(DType from, DType to, Object a) {
        switch (from) {
            case F64: {
                double x = (Double) a;
                return to == DType.F64 ? (Object) x : to == DType.F32 ? (Object) (float) x : to == DType.I64 ? (Object) (long) x : (Object) (int) x;
            }
            case F32: {
                float x = (Float) a;
                return to == DType.F64 ? (Object) (double) x : to == DType.F32 ? (Object) x : to == DType.I64 ? (Object) (long) x : (Object) (int) x;
            }
            case I64: {
                long x = (Long) a;
                return to == DType.F64 ? (Object) (double) x : to == DType.F32 ? (Object) (float) x : to == DType.I64 ? (Object) x : (Object) (int) x;
            }
            case I32: {
                int x = (Integer) a;
                return to == DType.F64 ? (Object) (double) x : to == DType.F32 ? (Object) (float) x : to == DType.I64 ? (Object) (long) x : (Object) x;
            }
            default: throw new AssertionError("convert from " + from);
        }
    }
}
