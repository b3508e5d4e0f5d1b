package dev.sitegen.markdown;

/** Input text as every stage expects it: no byte-order mark, '\n' line endings. */
public final class TextNormalizer {

    private TextNormalizer() {
    }

    public static String normalize(String text) {
        String s = text.startsWith("\uFEFF") ? text.substring(1) : text;
        if (s.indexOf('\r') >= 0) {
            s = s.replace("\r\n", "\n").replace('\r', '\n');
        }
        return s;
    }
}
