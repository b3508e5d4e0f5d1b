package dev.sitegen.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.MonthDay;
import java.time.OffsetDateTime;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class DateTimeParserTest {

    private static Optional<OffsetDateTime> instant(String text) {
        return DateTimeParser.find(text).orElseThrow().dateTime();
    }

    @Test
    void gmtPlusNineBecomesAnOffset() {
        assertEquals(Optional.of(OffsetDateTime.parse("2025-06-03T10:42:00+09:00")),
                instant("Published June 3, 2025 10:42 AM GMT+9"));
    }

    @Test
    void weekdayCommasAndJstAreUnderstood() {
        assertEquals(Optional.of(OffsetDateTime.parse("2025-06-03T18:05:00+09:00")),
                instant("Published: Tue, June 3, 2025, 6:05 PM JST"));
    }

    @Test
    void isoZuluIsUtc() {
        assertEquals(Optional.of(OffsetDateTime.parse("2025-06-03T01:42:00Z")), instant("Updated: 2025-06-03T01:42:00Z"));
    }

    @Test
    void easternTimeFollowsUsDaylightSaving() {
        assertEquals(Optional.of(OffsetDateTime.parse("2025-06-18T14:15:00-04:00")),
                instant("June 18, 2025 at 2:15 p.m. ET"));
        assertEquals(Optional.of(OffsetDateTime.parse("2025-01-10T09:00:00-05:00")), instant("Jan 10, 2025 9:00 AM ET"));
    }

    @Test
    void dayMonthYearWithADottedTimeAndBst() {
        assertEquals(Optional.of(OffsetDateTime.parse("2025-06-09T14:30:00+01:00")), instant("Mon 9 Jun 2025 14.30 BST"));
    }

    @Test
    void timeBeforeTheDateIsFound() {
        assertEquals(Optional.of(OffsetDateTime.parse("2025-06-03T10:42:00+09:00")), instant("10:42 JST, June 3, 2025"));
    }

    @Test
    void aDateWithoutTimeOrZoneStatesNoInstant() {
        assertEquals(LocalDate.of(2025, 6, 9), DateTimeParser.find("in London, Britain, June 9, 2025.").orElseThrow().date());
        assertEquals(Optional.empty(), instant("June 9, 2025"));
        assertEquals(Optional.empty(), instant("June 9, 2025 10:42 AM"), "no zone, no offset");
    }

    @Test
    void impossibleDatesAreSkipped() {
        assertTrue(DateTimeParser.find("February 30, 2025").isEmpty());
    }

    @Test
    void monthAndDayWithoutAYear() {
        assertEquals(Optional.of(MonthDay.of(6, 3)), DateTimeParser.monthDay("June 3"));
        assertEquals(Optional.of(MonthDay.of(9, 14)), DateTimeParser.monthDay("Sept. 14"));
    }
}
