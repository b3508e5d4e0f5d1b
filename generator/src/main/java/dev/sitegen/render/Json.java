package dev.sitegen.render;

import dev.sitegen.model.JsonText;
import java.util.List;
import java.util.Map;

/**
 * Writes JSON for the search index and JSON-LD. Strings are escaped so the output is also safe
 * inside an HTML {@code <script>} element: '<', '>' and '&' become \\u escapes, so seed text
 * such as {@code </script>} cannot end the element.
 */
public final class Json {

    private Json() {
    }

    /** Maps keep their iteration order (use LinkedHashMap); values are String, Number, Boolean, List, Map or null. */
    public static String write(Object value) {
        StringBuilder sb = new StringBuilder();
        append(sb, value);
        return sb.toString();
    }

    private static void append(StringBuilder sb, Object value) {
        if (value == null) {
            sb.append("null");
        } else if (value instanceof String s) {
            string(sb, s);
        } else if (value instanceof Number || value instanceof Boolean) {
            sb.append(value);
        } else if (value instanceof Map<?, ?> map) {
            sb.append('{');
            boolean first = true;
            for (Map.Entry<?, ?> e : map.entrySet()) {
                if (!first) {
                    sb.append(',');
                }
                first = false;
                string(sb, String.valueOf(e.getKey()));
                sb.append(':');
                append(sb, e.getValue());
            }
            sb.append('}');
        } else if (value instanceof List<?> list) {
            sb.append('[');
            for (int i = 0; i < list.size(); i++) {
                if (i > 0) {
                    sb.append(',');
                }
                append(sb, list.get(i));
            }
            sb.append(']');
        } else {
            throw new IllegalArgumentException("cannot write " + value.getClass() + " as JSON");
        }
    }

    static void string(StringBuilder sb, String s) {
        JsonText.quote(sb, s, true);
    }
}
