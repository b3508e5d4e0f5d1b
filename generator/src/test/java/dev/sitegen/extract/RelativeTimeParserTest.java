package dev.sitegen.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sitegen.extract.RelativeTimeParser.PrefixKind;
import dev.sitegen.extract.RelativeTimeParser.RelativeTime;
import org.junit.jupiter.api.Test;

class RelativeTimeParserTest {

    private static RelativeTime parse(String line) {
        return RelativeTimeParser.parse(line).orElseThrow(() -> new AssertionError("no time in " + line));
    }

    @Test
    void sourceGluedToTheTimeIsSplitOff() {
        assertEquals(new RelativeTime("6 hours ago", "Japan Today", PrefixKind.SOURCE), parse("Japan Today6 hours ago"));
    }

    @Test
    void iconLabelGluedToTheTimeIsNotASource() {
        assertEquals(new RelativeTime("17 minutes ago", "time", PrefixKind.ICON), parse("time17 minutes ago"));
        assertEquals(new RelativeTime("an hour ago", "time", PrefixKind.ICON), parse("timean hour ago"));
    }

    @Test
    void anIconLabelGluedBetweenSourceAndTimeIsDropped() {
        assertEquals(new RelativeTime("3 hours ago", "Japan Today", PrefixKind.SOURCE), parse("Japan Todaytime3 hours ago"));
    }

    @Test
    void wordTimesGlueToSourcesToo() {
        assertEquals(new RelativeTime("yesterday", "Kyodo News", PrefixKind.SOURCE), parse("Kyodo Newsyesterday"));
        assertEquals(new RelativeTime("an hour ago", "Reuters", PrefixKind.SOURCE), parse("Reutersan hour ago"));
        assertEquals(new RelativeTime("an hour ago", "Nikkei Asia", PrefixKind.SOURCE), parse("Nikkei Asiaan hour ago"));
    }

    @Test
    void separatorsBetweenSourceAndTimeAreDropped() {
        assertEquals(new RelativeTime("40 minutes ago", "Kyodo News", PrefixKind.SOURCE),
                parse("Kyodo News · 40 minutes ago"));
    }

    @Test
    void labelsLikeLastUpdatedAreNotSources() {
        assertEquals(new RelativeTime("2 hours ago", "Last updated", PrefixKind.LABEL), parse("Last updated 2 hours ago"));
    }

    @Test
    void aBareTimeHasNoPrefix() {
        assertEquals(new RelativeTime("2 days ago", "", PrefixKind.NONE), parse("2 days ago"));
    }

    @Test
    void japanTodayAloneIsNotATime() {
        assertTrue(RelativeTimeParser.parse("Japan Today").isEmpty());
    }

    @Test
    void aSentenceEndingInYesterdayIsNotATimeLine() {
        assertTrue(RelativeTimeParser.parse("The talks ended yesterday").isEmpty());
        assertTrue(RelativeTimeParser.parse("The talks ended yesterday.").isEmpty());
    }
}
