package dev.sitegen.extract;

import java.util.List;
import java.util.function.Predicate;

/**
 * Finds the headline among the lines before the body. Candidates are text lines shaped like a
 * headline; the best one is repeated (aggregators print the title twice), is followed by the
 * article's metadata or text, and comes early. Chrome recurring across the corpus never wins.
 */
final class TitleFinder {

    /** Headlines sit near the top; beyond this many non-blank lines nothing is a headline. */
    private static final int MAX_SCAN = 60;
    /** Site names above a headline are shorter than this; headlines rarely are. */
    private static final int MIN_HEADLINE_WORDS = 5;

    private TitleFinder() {
    }

    /** Index of the title line, or -1 when the dump has none. */
    static int find(List<LineInfo> lines, Predicate<LineInfo> recurring) {
        int limit = firstStrongParagraph(lines);
        int best = -1;
        int bestScore = Integer.MIN_VALUE;
        boolean first = true;
        for (int i = 0; i < limit; i++) {
            LineInfo line = lines.get(i);
            if (!line.isText() || !line.stats().isTitleLike() || recurring.test(line)
                    || CaptionParser.split(line.text()).isPresent()) {
                continue; // a line ending in a photo credit is a caption, however short
            }
            int score = 0;
            if (line.occurrences() > 1 && repeatedBefore(lines, i, limit)) {
                score += 4;
            }
            if (followedByArticle(lines, i)) {
                score += 2;
            }
            if (first) {
                score += 1;
                first = false;
            }
            if (line.stats().lastMark() == '.') {
                score -= 2;
            }
            if (line.stats().words() > 20) {
                score -= 1;
            }
            if (followsHeadline(lines, i)) {
                score -= 2; // a standfirst printed under the headline
            }
            if (score > bestScore) {
                best = i;
                bestScore = score;
            }
        }
        return best;
    }

    /** The first line that is unmistakably body text: nothing after it is a headline. */
    static int firstStrongParagraph(List<LineInfo> lines) {
        int nonBlank = 0;
        for (int i = 0; i < lines.size(); i++) {
            LineInfo line = lines.get(i);
            if (line.blank()) {
                continue;
            }
            if (++nonBlank > MAX_SCAN) {
                return i;
            }
            LineStats s = line.stats();
            if (line.isText() && s.isGood() && (s.lastMark() == '.' || s.words() >= 30 || line.text().contains(". "))) {
                return i;
            }
        }
        return lines.size();
    }

    private static boolean repeatedBefore(List<LineInfo> lines, int index, int limit) {
        String text = lines.get(index).text();
        for (int j = 0; j < Math.min(lines.size(), limit + 1); j++) {
            if (j != index && lines.get(j).text().equalsIgnoreCase(text)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The next line that is not chrome is article metadata or article text, possibly after one
     * standfirst line (a longer sentence without a full stop).
     */
    private static boolean followedByArticle(List<LineInfo> lines, int index) {
        boolean standfirstSkipped = false;
        for (int j = index + 1; j < lines.size(); j++) {
            LineInfo next = lines.get(j);
            if (next.blank() || next.is(LineInfo.Kind.CHROME)) {
                continue;
            }
            if (next.isHeaderField() || next.isText() && (next.stats().isGood()
                    || CaptionParser.split(next.text()).isPresent()) || isSourceOverTime(lines, j)) {
                return true;
            }
            if (standfirstSkipped || !isStandfirstAfter(lines.get(index), next)) {
                return false;
            }
            standfirstSkipped = true;
        }
        return false;
    }

    /** "Japan Today" on its own line with "6 hours ago" or a date right below it. */
    private static boolean isSourceOverTime(List<LineInfo> lines, int j) {
        LineInfo line = lines.get(j);
        if (!line.isText() || line.stats().words() > 5 || !RelativeTimeParser.looksLikeName(line.text())) {
            return false;
        }
        int k = HeaderReader.nextMeaningful(lines, j);
        return k >= 0 && (lines.get(k).is(LineInfo.Kind.RELATIVE_TIME) || lines.get(k).is(LineInfo.Kind.DATE_LINE));
    }

    /** Whether the line is a standfirst directly under a headline-shaped line. */
    private static boolean followsHeadline(List<LineInfo> lines, int index) {
        for (int j = index - 1; j >= 0; j--) {
            LineInfo prev = lines.get(j);
            if (prev.blank() || prev.is(LineInfo.Kind.CHROME)) {
                continue;
            }
            return prev.isText() && prev.stats().isTitleLike() && isStandfirstAfter(prev, lines.get(index));
        }
        return false;
    }

    /** A standfirst is longer than the headline above it, which has at least a few words. */
    private static boolean isStandfirstAfter(LineInfo headline, LineInfo line) {
        return line.isText() && !line.stats().isGood() && line.stats().isTitleLike()
                && headline.stats().words() >= MIN_HEADLINE_WORDS && line.stats().words() > headline.stats().words()
                && !line.text().equalsIgnoreCase(headline.text());
    }
}
