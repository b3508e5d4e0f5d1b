package dev.sitegen.extract;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits a dump into lines: drops a byte-order mark, accepts LF, CRLF and lone CR endings, and
 * trims whitespace at both ends of each line (indentation carries no meaning in a page dump).
 * Text inside a line is left exactly as it was.
 */
final class LineNormalizer {

    private LineNormalizer() {
    }

    static List<String> lines(String text) {
        List<String> out = new ArrayList<>();
        int start = text.startsWith("\uFEFF") ? 1 : 0;
        int n = text.length();
        for (int i = start; i < n; i++) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r' || c == '\u2028' || c == '\u2029') {
                out.add(trim(text, start, i));
                if (c == '\r' && i + 1 < n && text.charAt(i + 1) == '\n') {
                    i++;
                }
                start = i + 1;
            }
        }
        if (start < n) {
            out.add(trim(text, start, n));
        }
        return out;
    }

    /** Trims whitespace, no-break spaces, zero-width spaces and stray BOMs at both ends. */
    static String trim(String s, int from, int to) {
        while (from < to && isPadding(s.charAt(from))) {
            from++;
        }
        while (to > from && isPadding(s.charAt(to - 1))) {
            to--;
        }
        return s.substring(from, to);
    }

    static String trim(String s) {
        return trim(s, 0, s.length());
    }

    private static boolean isPadding(char c) {
        return Character.isWhitespace(c) || c == '\u00A0' || c == '\u200B' || c == '\uFEFF' || c == '\u202F'
                || c == '\u2007';
    }
}
