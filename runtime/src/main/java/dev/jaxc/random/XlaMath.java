package dev.jaxc.random;

/**
 * The special functions that {@code jax.random}'s samplers need, evaluated the way XLA:CPU
 * evaluates them, so that samples agree with JAX's to the last bit or within an ulp.
 *
 * <ul>
 *   <li>{@code erf_inv}: XLA's {@code ErfInv} (the single-precision polynomial of Giles, and its
 *       three-range double-precision counterpart), which JAX reaches through {@code chlo.erf_inv}.
 *   <li>{@code log1p}: XLA's rational approximation below {@code |x| ~ sqrt(2) - 1}, otherwise
 *       {@code log(1 + x)}.
 *   <li>float32 {@code log}: XLA:CPU's Cephes-style polynomial; float64 {@code log} is libm's,
 *       here {@link Math#log}, which agreed with it on all but 9 of 28,000 test inputs
 *       ({@link StrictMath#log} differed on 1,643).
 *   <li>float32 {@code erf}: XLA:CPU's rational approximation (fused multiply-adds);
 *       float64 {@code erf} is libm's, here the fdlibm algorithm that glibc also uses.
 * </ul>
 *
 * Coefficients are given by their bit patterns where XLA's generated code states them so, and
 * fused multiply-adds stand where XLA:CPU's LLVM backend contracts a multiply and an add.
 */
final class XlaMath {

  private XlaMath() {}

  private static float f(int bits) {
    return Float.intBitsToFloat(bits);
  }

  private static double d(long bits) {
    return Double.longBitsToDouble(bits);
  }

  // ---------------------------------------------------------------- erf_inv

  private static final float[] ERFINV_F32_LT5 = {
    2.81022636e-08f, 3.43273939e-07f, -3.5233877e-06f, -4.39150654e-06f, 0.00021858087f,
    -0.00125372503f, -0.00417768164f, 0.246640727f, 1.50140941f,
  };
  private static final float[] ERFINV_F32_GE5 = {
    -0.000200214257f, 0.000100950558f, 0.00134934322f, -0.00367342844f, 0.00573950773f,
    -0.0076224613f, 0.00943887047f, 1.00167406f, 2.83297682f,
  };

  /** XLA's float32 {@code ErfInv}. */
  static float erfInv(float x) {
    float w = -log1p(x * -x);
    boolean lt = w < 5f;
    float[] c = lt ? ERFINV_F32_LT5 : ERFINV_F32_GE5;
    w = lt ? w - 2.5f : (float) Math.sqrt(w) - 3f;
    float p = c[0];
    for (int i = 1; i < c.length; i++) {
      p = Math.fma(p, w, c[i]);
    }
    return Math.abs(x) == 1f ? x * Float.POSITIVE_INFINITY : p * x;
  }

  private static final double[] ERFINV_F64_LT6_25 = {
    -3.6444120640178196996e-21, -1.685059138182016589e-19, 1.2858480715256400167e-18,
    1.115787767802518096e-17, -1.333171662854620906e-16, 2.0972767875968561637e-17,
    6.6376381343583238325e-15, -4.0545662729752068639e-14, -8.1519341976054721522e-14,
    2.6335093153082322977e-12, -1.2975133253453532498e-11, -5.4154120542946279317e-11,
    1.051212273321532285e-09, -4.1126339803469836976e-09, -2.9070369957882005086e-08,
    4.2347877827932403518e-07, -1.3654692000834678645e-06, -1.3882523362786468719e-05,
    0.0001867342080340571352, -0.00074070253416626697512, -0.0060336708714301490533,
    0.24015818242558961693, 1.6536545626831027356,
  };
  private static final double[] ERFINV_F64_LT16 = {
    2.2137376921775787049e-09, 9.0756561938885390979e-08, -2.7517406297064545428e-07,
    1.8239629214389227755e-08, 1.5027403968909827627e-06, -4.013867526981545969e-06,
    2.9234449089955446044e-06, 1.2475304481671778723e-05, -4.7318229009055733981e-05,
    6.8284851459573175448e-05, 2.4031110387097893999e-05, -0.0003550375203628474796,
    0.00095328937973738049703, -0.0016882755560235047313, 0.0024914420961078508066,
    -0.0037512085075692412107, 0.005370914553590063617, 1.0052589676941592334,
    3.0838856104922207635,
  };
  private static final double[] ERFINV_F64_GE16 = {
    -2.7109920616438573243e-11, -2.5556418169965252055e-10, 1.5076572693500548083e-09,
    -3.7894654401267369937e-09, 7.6157012080783393804e-09, -1.4960026627149240478e-08,
    2.9147953450901080826e-08, -6.7711997758452339498e-08, 2.2900482228026654717e-07,
    -9.9298272942317002539e-07, 4.5260625972231537039e-06, -1.9681778105531670567e-05,
    7.5995277030017761139e-05, -0.00021503011930044477347, -0.00013871931833623122026,
    1.0103004648645343977, 4.8499064014085844221,
  };

  /** XLA's float64 {@code ErfInv}: one Horner polynomial per range of {@code w}. */
  static double erfInv(double x) {
    double w = -log1p(x * -x);
    double[] c;
    if (w < 6.25) {
      c = ERFINV_F64_LT6_25;
      w = w - 3.125;
    } else if (w < 16) {
      c = ERFINV_F64_LT16;
      w = Math.sqrt(w) - 3.25;
    } else {
      c = ERFINV_F64_GE16;
      w = Math.sqrt(w) - 5.0;
    }
    double p = c[0];
    for (int i = 1; i < c.length; i++) {
      p = Math.fma(p, w, c[i]);
    }
    return Math.abs(x) == 1.0 ? x * Double.POSITIVE_INFINITY : p * x;
  }

  // ---------------------------------------------------------------- log1p

  private static final float[] LOG1P_F32_DEN = {
    f(0x417101AD), f(0x42A6185B), f(0x435DC32D), f(0x439A8CA3), f(0x43586D8A), f(0x42707982),
  };
  private static final float[] LOG1P_F32_NUM = {
    f(0x3EFF40C5), f(0x40D284FA), f(0x41EF4B9C), f(0x4273CC76), f(0x426473AD), f(0x41A05101),
  };
  private static final double[] LOG1P_F64_DEN = {
    d(0x402E20359E903E37L), d(0x4054C30B52213498L), d(0x406BB86590FCFB56L),
    d(0x407351945DC908A5L), d(0x406B0DB13E48E066L), d(0x404E0F304466448EL),
  };
  private static final double[] LOG1P_F64_NUM = {
    d(0x3F07BC0962B395CAL), d(0x3FDFE818A0FE1A83L), d(0x401A509F46F4FA53L),
    d(0x403DE9738B8CB9C9L), d(0x404E798EB86C3351L), d(0x404C8E7597479A10L),
    d(0x40340A202D99830AL),
  };

  /** XLA's float32 {@code log1p}. */
  static float log1p(float x) {
    if (!(Math.abs(x) < f(0x3ED413CD))) {
      return log(x + 1f);
    }
    float x2 = x * x;
    float den = 1f;
    for (float c : LOG1P_F32_DEN) {
      den = Math.fma(den, x, c);
    }
    float num = 4.527e-05f;
    for (float c : LOG1P_F32_NUM) {
      num = Math.fma(num, x, c);
    }
    return x + Math.fma(x2, -0.5f, x * x2 * (num / den));
  }

  /** XLA's float64 {@code log1p}. */
  static double log1p(double x) {
    if (!(Math.abs(x) < d(0x3FDA827999FCEF32L))) {
      return log(x + 1.0);
    }
    double x2 = x * x;
    double den = 1.0;
    for (double c : LOG1P_F64_DEN) {
      den = Math.fma(den, x, c);
    }
    double num = LOG1P_F64_NUM[0];
    for (int i = 1; i < LOG1P_F64_NUM.length; i++) {
      num = Math.fma(num, x, LOG1P_F64_NUM[i]);
    }
    return x + Math.fma(x2, -0.5, x * x2 * (num / den));
  }

  // ---------------------------------------------------------------- log

  /** XLA:CPU's float32 {@code log}: range reduction to [sqrt(1/2), sqrt(2)) and a polynomial. */
  static float log(float x) {
    if (!(x > 0f)) {
      return x == 0f ? Float.NEGATIVE_INFINITY : Float.NaN;
    }
    if (x == Float.POSITIVE_INFINITY) {
      return x;
    }
    int bits = Float.floatToRawIntBits(x > Float.MIN_NORMAL ? x : Float.MIN_NORMAL);
    float e = (float) ((bits >>> 23) - 127) + 1f;
    float m = Float.intBitsToFloat((bits & 0x807fffff) | 0x3f000000);
    boolean small = m < f(0x3F3504F3);
    float t = (m - 1f) + (small ? m : 0f);
    e = e - (small ? 1f : 0f);
    float z = t * t;
    float t3 = z * t;
    float y1 = Math.fma(Math.fma(t, f(0x3D9021BB), f(0xBDEBD1B8)), t, f(0x3DEF251A));
    float y2 = Math.fma(Math.fma(t, f(0xBDFE5D4F), f(0x3E11E9BF)), t, f(0xBE2AAE50));
    float y3 = Math.fma(Math.fma(t, f(0x3E4CCEAC), f(0xBE7FFFFC)), t, f(0x3EAAAAAA));
    float y = Math.fma(Math.fma(Math.fma(y1, t3, y2), t3, y3), t3, e * f(0xB95E8083));
    float r = Math.fma(-z, 0.5f, t) + y;
    return Math.fma(e, f(0x3F318000), r);
  }

  /** float64 {@code log}: XLA:CPU calls libm; {@link Math#log} is the closer stand-in. */
  static double log(double x) {
    return Math.log(x);
  }

  // ---------------------------------------------------------------- erf

  /** XLA:CPU's float32 {@code erf}: an odd/even rational function, saturating at +-1. */
  static float erf(float x) {
    if (Math.abs(x) >= f(0x407547CB)) {
      return Math.copySign(1f, x);
    }
    float x2 = x * x;
    float p = Math.fma(x2, f(0x39702D51), f(0x3B5F5DA2));
    p = Math.fma(x2, p, f(0x3D50B6EB));
    p = Math.fma(x2, p, f(0x3E3DA740));
    p = Math.fma(x2, p, f(0x3F906EBA));
    float q = Math.fma(x2, f(0xB3FD3906), f(0x37C588DF));
    q = Math.fma(x2, q, f(0x3A856D28));
    q = Math.fma(x2, q, f(0x3C6687D4));
    q = Math.fma(x2, q, f(0x3DE34C21));
    q = Math.fma(x2, q, f(0x3EFEB44A));
    q = Math.fma(x2, q, 1f);
    return x * p / q;
  }

  private static final double ERX = d(0x3FEB0AC160000000L);
  private static final double EFX = d(0x3FC06EBA8214DB69L);
  private static final double[] ERF_PP = {
    d(0x3FC06EBA8214DB68L), d(0xBFD4CD7D691CB913L), d(0xBF9D2A51DBD7194FL),
    d(0xBF77A291236668E4L), d(0xBEF8EAD6120016ACL),
  };
  private static final double[] ERF_QQ = {
    1.0, d(0x3FD97779CDDADC09L), d(0x3FB0A54C5536CEBAL), d(0x3F74D022C4D36B0FL),
    d(0x3F215DC9221C1A10L), d(0xBED09C4342A26120L),
  };
  private static final double[] ERF_PA = {
    d(0xBF6359B8BEF77538L), d(0x3FDA8D00AD92B34DL), d(0xBFD7D240FBB8C3F1L),
    d(0x3FD45FCA805120E4L), d(0xBFBC63983D3E28ECL), d(0x3FA22A36599795EBL),
    d(0xBF61BF380A96073FL),
  };
  private static final double[] ERF_QA = {
    1.0, d(0x3FBB3E6618EEE323L), d(0x3FE14AF092EB6F33L), d(0x3FB2635CD99FE9A7L),
    d(0x3FC02660E763351FL), d(0x3F8BEDC26B51DD1CL), d(0x3F888B545735151DL),
  };
  private static final double[] ERF_RA = {
    d(0xBF843412600D6435L), d(0xBFE63416E4BA7360L), d(0xC0251E0441B0E726L),
    d(0xC04F300AE4CBA38DL), d(0xC0644CB184282266L), d(0xC067135CEBCCABB2L),
    d(0xC054526557E4D2F2L), d(0xC023A0EFC69AC25CL),
  };
  private static final double[] ERF_SA = {
    1.0, d(0x4033A6B9BD707687L), d(0x4061350C526AE721L), d(0x407B290DD58A1A71L),
    d(0x40842B1921EC2868L), d(0x407AD02157700314L), d(0x405B28A3EE48AE2CL),
    d(0x401A47EF8E484A93L), d(0xBFAEEFF2EE749A62L),
  };
  private static final double[] ERF_RB = {
    d(0xBF84341239E86F4AL), d(0xBFE993BA70C285DEL), d(0xC031C209555F995AL),
    d(0xC064145D43C5ED98L), d(0xC083EC881375F228L), d(0xC09004616A2E5992L),
    d(0xC07E384E9BDC383FL),
  };
  private static final double[] ERF_SB = {
    1.0, d(0x403E568B261D5190L), d(0x40745CAE221B9F0AL), d(0x409802EB189D5118L),
    d(0x40A8FFB7688C246AL), d(0x40A3F219CEDF3BE6L), d(0x407DA874E79FE763L),
    d(0xC03670E242712D62L),
  };

  /** Horner evaluation of {@code c[0] + z * (c[1] + z * (...))}. */
  private static double poly(double[] c, double z) {
    double r = c[c.length - 1];
    for (int i = c.length - 2; i >= 0; i--) {
      r = c[i] + z * r;
    }
    return r;
  }

  /**
   * float64 {@code erf}: XLA:CPU calls libm's; this is the fdlibm algorithm (glibc's as well):
   * a rational approximation near 0, one around 1, and {@code 1 - erfc} with an exponential
   * asymptotic form beyond 1.25.
   */
  static double erf(double x) {
    if (Double.isNaN(x)) {
      return x;
    }
    double ax = Math.abs(x);
    if (ax < 0.84375) {
      if (ax < 0x1p-28) {
        return x + EFX * x;
      }
      double z = x * x;
      return x + x * (poly(ERF_PP, z) / poly(ERF_QQ, z));
    }
    if (ax < 1.25) {
      double s = ax - 1.0;
      double r = ERX + poly(ERF_PA, s) / poly(ERF_QA, s);
      return x >= 0 ? r : -r;
    }
    if (ax >= 6) {
      return x >= 0 ? 1.0 : -1.0;
    }
    double s = 1.0 / (ax * ax);
    double rr;
    double ss;
    if (ax < 1 / 0.35) {
      rr = poly(ERF_RA, s);
      ss = poly(ERF_SA, s);
    } else {
      rr = poly(ERF_RB, s);
      ss = poly(ERF_SB, s);
    }
    // exp(-x^2) split as exp(-z^2 - 0.5625) * exp((z - x)(z + x) + R/S), z = x with its low word
    // cleared, so that z^2 is exact.
    double z = Double.longBitsToDouble(Double.doubleToRawLongBits(ax) & 0xffffffff00000000L);
    double r = StrictMath.exp(-z * z - 0.5625) * StrictMath.exp((z - ax) * (z + ax) + rr / ss);
    return x >= 0 ? 1.0 - r / ax : r / ax - 1.0;
  }
}
