package dev.jaxc.random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dev.jaxc.random.MiniJson.Num;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Every known-answer vector in {@code shared/reference/jax-prng/vectors.json} (values from JAX's
 * own tests and docs), each checked in the mode it names. Vector names are JAX expressions; they
 * are interpreted here, and a name this test does not understand fails rather than being skipped.
 */
class JaxVectorsTest {

  private static final String REL = "reference/jax-prng/vectors.json";

  static Path vectorsFile() {
    String prop = System.getProperty("jaxc.shared");
    if (prop != null && Files.isRegularFile(Paths.get(prop, REL))) {
      return Paths.get(prop, REL);
    }
    for (Path d = Paths.get("").toAbsolutePath(); d != null; d = d.getParent()) {
      for (Path c : List.of(d.resolve("shared").resolve(REL), d.resolve("../shared").resolve(REL))) {
        if (Files.isRegularFile(c)) {
          return c.normalize();
        }
      }
    }
    throw new IllegalStateException("cannot find shared/" + REL + " (jaxc.shared=" + prop + ")");
  }

  @SuppressWarnings("unchecked")
  static Map<String, Object> vectors() throws IOException {
    return (Map<String, Object>) MiniJson.parse(
        new String(Files.readAllBytes(vectorsFile()), StandardCharsets.UTF_8));
  }

  @TestFactory
  @SuppressWarnings("unchecked")
  Stream<DynamicTest> everyVector() throws IOException {
    List<DynamicTest> tests = new ArrayList<>();
    for (Map.Entry<String, Object> section : vectors().entrySet()) {
      String name = section.getKey();
      Object v = section.getValue();
      switch (name) {
        case "about":
          break;
        case "threefry2x32_block":
          for (Object o : (List<Object>) v) {
            Map<String, Object> m = (Map<String, Object>) o;
            tests.add(DynamicTest.dynamicTest("block " + m.get("key") + " " + m.get("count"),
                () -> checkBlock(m)));
          }
          break;
        case "seed_to_key_x64":
          for (Object o : (List<Object>) ((Map<String, Object>) v).get("cases")) {
            List<Object> c = (List<Object>) o;
            tests.add(DynamicTest.dynamicTest("seed " + ((Num) c.get(0)).text(),
                () -> checkSeed(c)));
          }
          break;
        default:
          addModeSection(tests, name, (Map<String, Object>) v);
      }
    }
    return tests.stream();
  }

  @SuppressWarnings("unchecked")
  private void addModeSection(List<DynamicTest> tests, String section, Map<String, Object> m) {
    Object mode = m.get("mode");
    if (!(mode instanceof Boolean)) {
      tests.add(DynamicTest.dynamicTest(section, () -> fail("unknown section without a mode")));
      return;
    }
    Threefry t = (Boolean) mode ? Threefry.DEFAULT : Threefry.LEGACY;
    for (Map.Entry<String, Object> e : m.entrySet()) {
      String k = e.getKey();
      if (k.equals("mode") || k.equals("source") || k.equals("note")) {
        continue;
      }
      if (e.getValue() instanceof Map) {
        Map<String, Object> group = (Map<String, Object>) e.getValue();
        for (Map.Entry<String, Object> g : group.entrySet()) {
          if (g.getKey().equals("source") || g.getKey().equals("note")) {
            continue;
          }
          tests.add(DynamicTest.dynamicTest(t + " " + k + ": " + g.getKey(),
              () -> checkExpression(t, k, g.getKey(), g.getValue())));
        }
      } else {
        tests.add(DynamicTest.dynamicTest(t + " " + k,
            () -> checkExpression(t, "", k, e.getValue())));
      }
    }
  }

  @SuppressWarnings("unchecked")
  private static void checkBlock(Map<String, Object> m) {
    List<Object> key = (List<Object>) m.get("key");
    List<Object> count = (List<Object>) m.get("count");
    List<Object> out = (List<Object>) m.get("out");
    long b = Threefry.block(hex(key.get(0)), hex(key.get(1)), hex(count.get(0)), hex(count.get(1)));
    assertEquals(hex(out.get(0)), (int) (b >>> 32), "x0");
    assertEquals(hex(out.get(1)), (int) b, "x1");
  }

  private static int hex(Object o) {
    String s = (String) o;
    assertTrue(s.startsWith("0x"), s);
    return (int) Long.parseLong(s.substring(2), 16);
  }

  @SuppressWarnings("unchecked")
  private static void checkSeed(List<Object> c) {
    long seed = ((Num) c.get(0)).asLong();
    List<Object> kd = (List<Object>) c.get(1);
    for (Threefry t : new Threefry[] {Threefry.DEFAULT, Threefry.LEGACY}) {
      int[] data = t.keyData(t.key(seed));
      assertEquals((int) ((Num) kd.get(0)).asLong(), data[0], "k0 of seed " + seed);
      assertEquals((int) ((Num) kd.get(1)).asLong(), data[1], "k1 of seed " + seed);
    }
    assertEquals(seed, Random.wrapKeyData((int) ((Num) kd.get(0)).asLong(),
        (int) ((Num) kd.get(1)).asLong()));
  }

  private static final Pattern SEED = Pattern.compile("seed (\\d+)");
  private static final Pattern SHAPE = Pattern.compile("shape \\((\\d+),\\)");
  private static final Pattern SPLIT = Pattern.compile("split\\(key,(\\d+)\\)");
  private static final Pattern FOLD = Pattern.compile("fold_in\\(key(?:\\((\\d+)\\))?,(\\d+)\\)");
  private static final Pattern RANDINT =
      Pattern.compile("randint\\(key,\\((\\d+),(\\d+)\\),(-?\\d+),(-?\\d+),(int32|int64)\\)");
  private static final Pattern BITS = Pattern.compile("(?:bits )?uint(8|16|32|64)");
  private static final Pattern UNIFORM = Pattern.compile(
      "uniform\\((?:key\\((\\d+)\\)|split\\(key\\((\\d+)\\)\\)\\[(\\d+)\\])(?:,\\((\\d+),\\))?\\) f32");

  /**
   * Computes the JAX expression {@code expr} (seed and shape come from the group name when the
   * expression says just {@code key}) and compares it with {@code expected}.
   */
  private static void checkExpression(Threefry t, String group, String expr, Object expected) {
    List<Num> want = flatten(expected);
    Matcher m;
    if ((m = SPLIT.matcher(expr)).matches()) {
      long[] keys = t.split(t.key(groupSeed(group)), Integer.parseInt(m.group(1)));
      assertInts(want, keyWords(keys), expr);
    } else if ((m = FOLD.matcher(expr)).matches()) {
      long seed = m.group(1) != null ? Long.parseLong(m.group(1)) : groupSeed(group);
      assertInts(want, t.keyData(t.foldIn(t.key(seed), Integer.parseInt(m.group(2)))), expr);
    } else if ((m = RANDINT.matcher(expr)).matches()) {
      long key = t.key(groupSeed(group));
      int n = Integer.parseInt(m.group(1)) * Integer.parseInt(m.group(2));
      int lo = Integer.parseInt(m.group(3));
      int hi = Integer.parseInt(m.group(4));
      if (m.group(5).equals("int32")) {
        assertInts(want, t.randint(key, n, lo, hi), expr);
      } else {
        assertLongs(want, t.randint64(key, n, lo, hi), expr);
      }
    } else if ((m = BITS.matcher(expr)).matches()) {
      long key = t.key(groupSeed(group));
      Matcher sh = SHAPE.matcher(group);
      assertTrue(sh.find(), "group names a shape: " + group);
      int n = Integer.parseInt(sh.group(1));
      switch (m.group(1)) {
        case "8": {
          byte[] b = t.bits8(key, n);
          long[] v = new long[n];
          for (int i = 0; i < n; i++) {
            v[i] = b[i] & 0xff;
          }
          assertLongs(want, v, expr);
          break;
        }
        case "16": {
          short[] b = t.bits16(key, n);
          long[] v = new long[n];
          for (int i = 0; i < n; i++) {
            v[i] = b[i] & 0xffff;
          }
          assertLongs(want, v, expr);
          break;
        }
        case "32":
          assertInts(want, t.bits(key, n), expr);
          break;
        default:
          assertLongs(want, t.bits64(key, n), expr);
      }
    } else if ((m = UNIFORM.matcher(expr)).matches()) {
      long key = m.group(1) != null
          ? t.key(Long.parseLong(m.group(1)))
          : t.split(t.key(Long.parseLong(m.group(2))))[Integer.parseInt(m.group(3))];
      float[] got = m.group(4) != null
          ? t.uniformF32(key, Integer.parseInt(m.group(4)))
          : new float[] {t.uniformF32(key)};
      assertEquals(want.size(), got.length, expr);
      for (int i = 0; i < got.length; i++) {
        Num w = want.get(i);
        assertEquals(w.asDouble(), got[i], w.halfUlpOfText(), expr + " [" + i + "]");
      }
    } else {
      fail("vector expression not understood by this test: " + expr);
    }
  }

  private static long groupSeed(String group) {
    Matcher m = SEED.matcher(group);
    assertTrue(m.find(), "group names a seed: " + group);
    return Long.parseLong(m.group(1));
  }

  private static int[] keyWords(long[] keys) {
    int[] w = new int[2 * keys.length];
    for (int i = 0; i < keys.length; i++) {
      w[2 * i] = (int) (keys[i] >>> 32);
      w[2 * i + 1] = (int) keys[i];
    }
    return w;
  }

  @SuppressWarnings("unchecked")
  private static List<Num> flatten(Object o) {
    List<Num> out = new ArrayList<>();
    if (o instanceof List) {
      for (Object e : (List<Object>) o) {
        out.addAll(flatten(e));
      }
    } else {
      out.add((Num) o);
    }
    return out;
  }

  private static void assertInts(List<Num> want, int[] got, String what) {
    assertEquals(want.size(), got.length, what + ": count");
    for (int i = 0; i < got.length; i++) {
      assertEquals((int) want.get(i).asLong(), got[i], what + " [" + i + "]");
    }
  }

  private static void assertLongs(List<Num> want, long[] got, String what) {
    assertEquals(want.size(), got.length, what + ": count");
    for (int i = 0; i < got.length; i++) {
      assertEquals(want.get(i).asLong(), got[i], what + " [" + i + "]");
    }
  }

  /** Guards against a reader that silently finds nothing: the file must yield every section. */
  @Test
  void fileHasTheExpectedSections() throws IOException {
    Map<String, Object> v = vectors();
    for (String s : List.of("threefry2x32_block", "seed_to_key_x64", "legacy_mode",
        "partitionable_mode")) {
      assertTrue(v.containsKey(s), s);
    }
    assertEquals(Boolean.FALSE, ((Map<?, ?>) v.get("legacy_mode")).get("mode"));
    assertEquals(Boolean.TRUE, ((Map<?, ?>) v.get("partitionable_mode")).get("mode"));
  }
}
