package dev.sitegen.extract;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * Reads the related-article teasers after the body. Where teasers carry a relative time (the
 * aggregator layout: title, title again, source, "time17 minutes ago", "• source", title, summary)
 * each time line anchors one teaser: the title and source are read upwards from it, the summary
 * downwards. Without time lines, a list under a related heading gives one teaser per title line.
 */
final class RelatedBlockParser {

    private static final Pattern BULLET = Pattern.compile("^(?:[•●▪·*–-]|\\d{1,2}[.)])\\s+|^[•●▪·]");
    private static final int MAX_SOURCE_WORDS = 5;
    private static final int MAX_BACK = 8;
    private static final int MAX_TEASERS = 30;

    private RelatedBlockParser() {
    }

    private record Head(int anchor, int titleIndex, String title, String source, String time) {
    }

    static List<Teaser> parse(List<LineInfo> lines, int from, String articleTitle, Predicate<LineInfo> recurring) {
        List<Integer> anchors = new ArrayList<>();
        for (int i = Math.max(from, 0); i < lines.size(); i++) {
            if (lines.get(i).isTimeAnchor()) {
                anchors.add(i);
            }
        }
        List<Teaser> teasers = anchors.isEmpty() ? listTeasers(lines, from, recurring) : anchoredTeasers(lines, from, anchors);
        List<Teaser> out = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        seen.add(articleTitle.toLowerCase(Locale.ROOT));
        for (Teaser t : teasers) {
            if (seen.add(t.title().toLowerCase(Locale.ROOT)) && out.size() < MAX_TEASERS) {
                out.add(t);
            }
        }
        return out;
    }

    private static List<Teaser> anchoredTeasers(List<LineInfo> lines, int from, List<Integer> anchors) {
        List<Head> heads = new ArrayList<>();
        int lower = from;
        for (int anchor : anchors) {
            Head head = head(lines, anchor, lower);
            if (head != null) {
                heads.add(head);
            }
            lower = anchor + 1;
        }
        List<Teaser> out = new ArrayList<>();
        for (int k = 0; k < heads.size(); k++) {
            Head h = heads.get(k);
            int end = k + 1 < heads.size() ? heads.get(k + 1).titleIndex() : lines.size();
            String source = h.source();
            String summary = "";
            for (int i = h.anchor() + 1; i < end; i++) {
                LineInfo line = lines.get(i);
                if (line.blank() || line.is(LineInfo.Kind.DATE_LINE)) {
                    continue;
                }
                String text = line.text();
                String unbulleted = BULLET.matcher(text).replaceFirst("");
                if (text.equalsIgnoreCase(h.title()) || unbulleted.equalsIgnoreCase(source)) {
                    continue;
                }
                if (!unbulleted.equals(text) && isSourceLike(unbulleted)) {
                    source = source.isEmpty() ? unbulleted : source;
                    continue;
                }
                if (line.isText() && summary.isEmpty() && (line.stats().isGood() || line.stats().isSentence())) {
                    summary = text;
                    continue;
                }
                break;
            }
            out.add(new Teaser(h.title(), source, h.time(), summary));
        }
        return out;
    }

    /** Reads a teaser's title and source upwards from its time line. */
    private static Head head(List<LineInfo> lines, int anchor, int lower) {
        RelativeTimeParser.RelativeTime time = lines.get(anchor).relativeTime().orElseThrow();
        String glued = time.prefixKind() == RelativeTimeParser.PrefixKind.SOURCE ? time.prefix() : "";
        List<LineInfo> above = new ArrayList<>();
        for (int i = anchor - 1; i >= lower && above.size() < MAX_BACK; i--) {
            LineInfo line = lines.get(i);
            if (line.blank()) {
                continue;
            }
            if (!line.isText() || line.stats().isGood() && line.stats().lastMark() == '.') {
                break; // a heading, chrome, or the previous teaser's summary
            }
            if (above.isEmpty() || !above.get(above.size() - 1).text().equalsIgnoreCase(line.text())) {
                above.add(line);
            }
        }
        if (above.isEmpty()) {
            return null;
        }
        String source = glued;
        LineInfo title = above.get(0);
        if (glued.isEmpty() && above.size() >= 2 && isSourceLike(above.get(0).text())) {
            source = above.get(0).text();
            title = above.get(1);
        } else if (!glued.isEmpty() && above.get(0).text().equalsIgnoreCase(glued) && above.size() >= 2) {
            title = above.get(1);
        }
        return new Head(anchor, title.index(), title.text(), source, time.text());
    }

    private static List<Teaser> listTeasers(List<LineInfo> lines, int from, Predicate<LineInfo> recurring) {
        int start = -1;
        for (int i = Math.max(from, 0); i < lines.size(); i++) {
            if (lines.get(i).is(LineInfo.Kind.RELATED_HEADING)) {
                start = i + 1;
                break;
            }
        }
        List<Teaser> out = new ArrayList<>();
        if (start < 0) {
            return out;
        }
        String title = null;
        String summary = "";
        for (int i = start; i < lines.size(); i++) {
            LineInfo line = lines.get(i);
            if (line.blank()) {
                continue;
            }
            if (!line.isText() || recurring.test(line)) {
                break;
            }
            String text = BULLET.matcher(line.text()).replaceFirst("");
            LineStats stats = LineStats.of(text);
            if (title != null && summary.isEmpty() && stats.isGood()) {
                summary = line.text();
                continue;
            }
            if (stats.words() < 2 || stats.isGood() && stats.lastMark() == '.') {
                break;
            }
            if (title != null) {
                out.add(new Teaser(title, "", "", summary));
            }
            title = text;
            summary = "";
        }
        if (title != null) {
            out.add(new Teaser(title, "", "", summary));
        }
        return out;
    }

    /** A source name: a few capitalised words, no sentence punctuation. */
    private static boolean isSourceLike(String text) {
        LineStats s = LineStats.of(text);
        return s.words() >= 1 && s.words() <= MAX_SOURCE_WORDS && !s.endsClause() && s.lastMark() != '?'
                && RelativeTimeParser.looksLikeName(text);
    }
}
