package dev.sitegen.extract;

import java.util.ArrayList;
import java.util.List;

/**
 * Re-joins text that was hard-wrapped at a fixed width into one line per paragraph. A document is
 * taken as wrapped when many of its lines end just short of one width and mid-sentence. A greedy
 * wrapper breaks a line only when the next word does not fit, so a line continues onto the next
 * exactly when its length plus the next line's first word would exceed the width.
 */
final class HardWrapJoiner {

    /** Lines shorter than this say nothing about wrapping. */
    private static final int MIN_TEXT_LINE = 20;
    private static final int MAX_WIDTH = 160;
    /** A line within this many characters of the width counts as "full". */
    private static final int NEAR = 12;

    private HardWrapJoiner() {
    }

    static List<String> join(List<String> lines) {
        int width = wrapWidth(lines);
        if (width <= 0) {
            return lines;
        }
        List<String> out = new ArrayList<>();
        StringBuilder current = null;
        String previous = null;
        boolean first = false;
        boolean seenText = false;
        for (String line : lines) {
            if (line.isEmpty()) {
                flush(out, current);
                current = null;
                previous = null;
                out.add(line);
                continue;
            }
            if (current != null && continues(previous, line, width) && !(first && previous.contentEquals(current) && isHeadline(previous, line))) {
                boolean hyphen = endsWithWordHyphen(previous);
                if (!hyphen) {
                    current.append(' ');
                }
                current.append(line);
            } else {
                first = !seenText; // the dump's opening line, where a headline sits
                seenText = true;
                flush(out, current);
                current = new StringBuilder(line);
            }
            previous = line;
        }
        flush(out, current);
        return List.copyOf(out);
    }

    private static void flush(List<String> out, StringBuilder current) {
        if (current != null) {
            out.add(current.toString());
        }
    }

    /** The width the text was wrapped at, or 0 when it was not wrapped. */
    static int wrapWidth(List<String> lines) {
        List<Integer> lengths = new ArrayList<>();
        for (String line : lines) {
            if (line.length() >= MIN_TEXT_LINE) {
                lengths.add(line.codePointCount(0, line.length()));
            }
        }
        if (lengths.size() < 5) {
            return 0;
        }
        List<Integer> candidates = lengths.stream().filter(l -> l <= MAX_WIDTH).distinct()
                .sorted((a, b) -> b - a).toList();
        for (int w : candidates) {
            long over = lengths.stream().filter(l -> l > w).count();
            long near = lengths.stream().filter(l -> l <= w && l > w - NEAR).count();
            if (over > Math.max(1, lengths.size() / 10)) {
                continue;
            }
            if (near >= 3 && near * 10 >= (lengths.size() - over) * 4 && midSentenceBreaks(lines, w)) {
                return w;
            }
        }
        return 0;
    }

    /** Most full lines that are followed by more text end mid-sentence. */
    private static boolean midSentenceBreaks(List<String> lines, int width) {
        int full = 0;
        int open = 0;
        for (int i = 0; i + 1 < lines.size(); i++) {
            String line = lines.get(i);
            int len = line.codePointCount(0, line.length());
            if (len <= width && len > width - NEAR && !lines.get(i + 1).isEmpty()) {
                full++;
                if (!LineStats.of(line).endsSentence()) {
                    open++;
                }
            }
        }
        return full >= 2 && open * 2 >= full;
    }

    private static boolean continues(String previous, String next, int width) {
        int len = previous.codePointCount(0, previous.length());
        if (len > width) {
            return false; // an unwrapped long line: a paragraph of its own
        }
        LineStats nextStats = LineStats.of(next);
        if (nextStats.allCaps() && nextStats.words() <= 8) {
            return false; // an ALL-CAPS subheading follows
        }
        if (len + 1 + firstChunk(next) > width) {
            return true;
        }
        // Wrappers that balance lines (fmt) break a little early: accept a nearly full line
        // that stops mid-sentence.
        return len >= width - NEAR / 2 && !LineStats.of(previous).endsSentence();
    }

    /** The opening line of a dump, headline-shaped, followed by a capitalised line: a title. */
    private static boolean isHeadline(String line, String next) {
        LineStats stats = LineStats.of(line);
        return stats.isTitleLike() && !stats.endsClause() && Character.isUpperCase(next.codePointAt(0));
    }

    /** Length of the first word of a line, or of its first hyphenated piece if shorter. */
    private static int firstChunk(String line) {
        int space = line.indexOf(' ');
        int end = space < 0 ? line.length() : space;
        int hyphen = line.indexOf('-');
        if (hyphen > 0 && hyphen < end && Character.isLetter(line.charAt(hyphen - 1))) {
            end = hyphen + 1;
        }
        return line.codePointCount(0, end);
    }

    /** "well-" at a line end was split inside a hyphenated word: join without a space. */
    private static boolean endsWithWordHyphen(String line) {
        int n = line.length();
        return n >= 2 && line.charAt(n - 1) == '-' && Character.isLetter(line.charAt(n - 2));
    }
}
