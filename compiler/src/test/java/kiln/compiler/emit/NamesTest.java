package kiln.compiler.emit;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class NamesTest {
    @Test
    void manglesLikeJni() {
        assertEquals("java_lang_String", Names.mangle("java/lang/String"));
        assertEquals("Main_00024Inner", Names.mangle("Main$Inner"));
        assertEquals("my_1pkg_Cls", Names.mangle("my_pkg/Cls"));
        assertEquals("_3Ljava_lang_Object_2", Names.mangle("[Ljava/lang/Object;"));
    }

    @Test
    void literalsAreExactC() {
        assertEquals("(-2147483647-1)", Types.intLiteral(Integer.MIN_VALUE));
        assertEquals("(-9223372036854775807LL-1)", Types.longLiteral(Long.MIN_VALUE));
        assertEquals("(0x0.0000000000001p-1022)", Types.doubleLiteral(Double.MIN_VALUE)); // a C99 hex literal too
        assertEquals("(-0x0.0p0f)", Types.floatLiteral(-0.0f));
        assertEquals("__builtin_nan(\"\")", Types.doubleLiteral(Double.NaN));
    }
}
