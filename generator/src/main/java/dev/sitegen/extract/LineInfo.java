package dev.sitegen.extract;

import java.util.Optional;

/**
 * One logical line of a dump with what it was recognised as on its own. Context (where the line
 * sits, what surrounds it) is judged later by the header, body and related-block readers.
 *
 * @param occurrences    how often the same text occurs in this dump (case-insensitive)
 * @param docFrequency   in how many dumps of the corpus the line occurs (0 without a profile)
 */
record LineInfo(
        int index,
        String text,
        LineStats stats,
        Kind kind,
        Optional<BylineParser.Byline> byline,
        Optional<String> sourceName,
        Optional<DateLineParser.DateLine> dateLine,
        Optional<RelativeTimeParser.RelativeTime> relativeTime,
        Optional<String> credit,
        int occurrences,
        int docFrequency) {

    enum Kind {
        BLANK, COPYRIGHT, RELATED_HEADING, END_MARKER, BYLINE, SOURCE_LINE, RELATIVE_TIME, DATE_LINE, CREDIT,
        CHROME, TEXT
    }

    boolean blank() {
        return kind == Kind.BLANK;
    }

    boolean is(Kind k) {
        return kind == k;
    }

    /** Running text that is not a recognised field or chrome. */
    boolean isText() {
        return kind == Kind.TEXT;
    }

    /** A metadata line of an article header: byline, source, time, date, credit. */
    boolean isHeaderField() {
        return kind == Kind.BYLINE || kind == Kind.SOURCE_LINE || kind == Kind.RELATIVE_TIME
                || kind == Kind.DATE_LINE || kind == Kind.CREDIT;
    }

    /** A relative time that stands on its own or after a source: the anchor of a teaser. */
    boolean isTimeAnchor() {
        return kind == Kind.RELATIVE_TIME
                && relativeTime.map(r -> r.prefixKind() != RelativeTimeParser.PrefixKind.LABEL).orElse(false);
    }
}
