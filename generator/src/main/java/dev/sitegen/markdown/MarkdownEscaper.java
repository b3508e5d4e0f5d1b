package dev.sitegen.markdown;

/**
 * Turns plain text into Markdown that renders back to exactly that text: seed text is data, so
 * nothing in it may become a link, emphasis, HTML or a list. Only the characters that could start
 * markup are escaped, so the Markdown twin stays readable.
 */
public final class MarkdownEscaper {

    private MarkdownEscaper() {
    }

    /** One paragraph: inner line breaks become spaces (a paragraph is one line in a page model). */
    public static String escape(String text) {
        String s = text.replace('\n', ' ').replace('\t', ' ').strip();
        StringBuilder out = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '\\', '`', '*', '_', '[', ']', '<', '>', '&', '|', '~' -> out.append('\\').append(c);
                default -> out.append(c);
            }
        }
        escapeLineStart(out);
        return out.toString();
    }

    /** Characters that only mean something at the start of a line: headings, lists, quotes, rules. */
    private static void escapeLineStart(StringBuilder out) {
        if (out.isEmpty()) {
            return;
        }
        char first = out.charAt(0);
        if (first == '#' || first == '+' || first == '-' || first == '=' || first == '!' || first == ':') {
            out.insert(0, '\\');
            return;
        }
        int i = 0;
        while (i < out.length() && i < 9 && Character.isDigit(out.charAt(i))) {
            i++;
        }
        if (i > 0 && i < out.length() && (out.charAt(i) == '.' || out.charAt(i) == ')')) {
            out.insert(i, '\\');
        }
    }
}
