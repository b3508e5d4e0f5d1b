package dev.sitegen.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sitegen.model.DateSource;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class DateLineParserTest {

    @Test
    void publishedAndUpdatedOnOneLineAreTwoStamps() {
        DateLineParser.DateLine line = DateLineParser.parse(
                "Published June 3, 2025 10:42 AM GMT+9 | Updated June 4, 2025 1:15 PM GMT+9").orElseThrow();
        assertEquals(List.of(DateSource.PUBLISHED, DateSource.UPDATED),
                line.stamps().stream().map(DateLineParser.Stamp::kind).toList());
        assertEquals(LocalDate.of(2025, 6, 4), line.stamps().get(1).date().orElseThrow().date());
    }

    @Test
    void aCapitalisedLabelStartsANewStampWithoutASeparator() {
        DateLineParser.DateLine line = DateLineParser.parse(
                "Published: June 3, 2025 at 10:42 a.m. JST Updated: June 3, 2025 at 1:15 p.m. JST").orElseThrow();
        assertEquals(List.of(DateSource.PUBLISHED, DateSource.UPDATED),
                line.stamps().stream().map(DateLineParser.Stamp::kind).toList());
    }

    @Test
    void aBareDateIsAPublishedStamp() {
        DateLineParser.DateLine line = DateLineParser.parse("Tue, June 3, 2025, 6:05 PM JST").orElseThrow();
        assertEquals(DateSource.PUBLISHED, line.stamps().get(0).kind());
        assertEquals("", line.prefix());
    }

    @Test
    void aSourceNameBeforeTheDateIsKeptAsPrefix() {
        assertEquals("Japan Today", DateLineParser.parse("Japan Today | June 3, 2025").orElseThrow().prefix());
    }

    @Test
    void updatedWithARelativeTimeKeepsTheTime() {
        assertEquals("2 hours ago", DateLineParser.parse("Updated 2 hours ago").orElseThrow().stamps().get(0).relative());
    }

    @Test
    void aSentenceThatMentionsADateIsNotADateLine() {
        assertTrue(DateLineParser.parse("Updated figures released on June 3, 2025 showed exports fell sharply.")
                .isEmpty());
        assertTrue(DateLineParser.parse("Published in 2019, the report found that wages had stagnated.").isEmpty());
        assertTrue(DateLineParser.parse("The deal was signed on June 3, 2025 in Tokyo by both ministers.").isEmpty());
    }
}
