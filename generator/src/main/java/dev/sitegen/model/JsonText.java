package dev.sitegen.model;

import java.util.Locale;

/**
 * Writes JSON string literals, for every stage that emits JSON ({@code extract}'s output, the search
 * index, JSON-LD).
 */
public final class JsonText {

    private JsonText() {
    }

    /**
     * Appends {@code s} as a JSON string literal.
     *
     * @param scriptSafe also escape '<', '>' and '&', so the JSON can sit inside an HTML
     *                   {@code <script>} element and seed text such as {@code </script>} cannot end it
     */
    public static void quote(StringBuilder sb, String s, boolean scriptSafe) {
        sb.append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> sb.append("\\\"");
                case '\\' -> sb.append("\\\\");
                case '\n' -> sb.append("\\n");
                case '\r' -> sb.append("\\r");
                case '\t' -> sb.append("\\t");
                default -> {
                    boolean markup = scriptSafe && (c == '<' || c == '>' || c == '&');
                    if (c < 0x20 || c == '\u2028' || c == '\u2029' || markup) {
                        sb.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
                    } else {
                        sb.append(c);
                    }
                }
            }
        }
        sb.append('"');
    }
}
