package dev.sitegen.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class JsonTest {

    @Test
    void scriptEndTagCannotCloseAScriptElement() {
        String json = Json.write("</script><script>alert(1)</script>");
        assertFalse(json.contains("<"), json);
        assertFalse(json.contains(">"), json);
        assertEquals("\"\\u003c/script\\u003e\\u003cscript\\u003ealert(1)\\u003c/script\\u003e\"", json);
    }

    @Test
    void htmlCommentOpenerIsEscaped() {
        assertEquals("\"\\u003c!--\"", Json.write("<!--"));
    }

    @Test
    void ampersandIsEscaped() {
        assertEquals("\"a \\u0026 b\"", Json.write("a & b"));
    }

    @Test
    void controlCharactersAreEscaped() {
        assertEquals("\"\\u0000\\u0001\\u001f\\b\"".replace("\\b", "\\u0008"), Json.write("\u0000\u0001\u001f\b"));
    }

    @Test
    void commonEscapesAreShort() {
        assertEquals("\"q\\\" b\\\\ n\\n r\\r t\\t\"", Json.write("q\" b\\ n\n r\r t\t"));
    }

    @Test
    void lineAndParagraphSeparatorsAreEscapedForJavaScript() {
        assertEquals("\"\\u2028\\u2029\"", Json.write("\u2028\u2029"));
    }

    @Test
    void nonAsciiTextIsKept() {
        assertEquals("\"São Paulo 習近平\"", Json.write("São Paulo 習近平"));
    }

    @Test
    void writesMapsInOrderWithListsNumbersBooleansAndNull() {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("z", 1);
        map.put("a", Arrays.asList("x", null, true));
        map.put("m", Map.of());
        assertEquals("{\"z\":1,\"a\":[\"x\",null,true],\"m\":{}}", Json.write(map));
    }

    @Test
    void rejectsValuesItCannotWrite() {
        assertThrows(IllegalArgumentException.class, () -> Json.write(List.of(new Object())));
    }
}
