package demo;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import java.lang.reflect.Method;
import org.junit.jupiter.api.Test;

class TestSourcesTest {
    /** javac compiled this class before jaxc:testCompile ran, so it finds the companion by name. */
    @Test
    void testCompileGoalCompiledTheTestSourcesModel() throws Exception {
        Method df = Class.forName("demo.QuadraticJaxc").getMethod("df", double[].class);
        assertArrayEquals(new double[] {4, 3}, (double[]) df.invoke(null, (Object) new double[] {2, 5}), 1e-12);
    }
}
