package dev.sitegen.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sitegen.extract.DatelineParser.Dateline;
import java.time.MonthDay;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class DatelineParserTest {

    private static Dateline parse(String paragraph) {
        return DatelineParser.parse(paragraph).orElseThrow(() -> new AssertionError("no dateline: " + paragraph));
    }

    @Test
    void reutersDatelineGivesCityDayAndAgency() {
        Dateline d = parse("TOKYO, June 3 (Reuters) - Japan and the EU agreed on Tuesday to cooperate.");
        assertEquals("Tokyo", d.city());
        assertEquals(Optional.of(MonthDay.of(6, 3)), d.monthDay());
        assertEquals(Optional.empty(), d.year());
        assertEquals("Reuters", d.agency());
    }

    @Test
    void capitalisedCitiesAreTitleCasedWithTheirAccents() {
        assertEquals("São Paulo", parse("SÃO PAULO (Reuters) - Brazil's central bank raised rates.").city());
        assertEquals("Łódź", parse("ŁÓDŹ, June 2 (Reuters) - Polish workers went on strike.").city());
        assertEquals("Zürich", parse("ZÜRICH (AFP) -- The franc rose.").city());
        assertEquals("The Hague", parse("THE HAGUE, Nov 12 (Reuters) - A Dutch court ruled.").city());
    }

    @Test
    void aStateAfterTheCityIsSkipped() {
        Dateline d = parse("PORTLAND, Ore., June 3 - Protesters gathered outside the courthouse.");
        assertEquals("Portland", d.city());
        assertEquals(Optional.of(MonthDay.of(6, 3)), d.monthDay());
    }

    @Test
    void aPrintedYearIsKept() {
        assertEquals(Optional.of(2025), parse("BEIJING, June 3, 2025 (Xinhua) -- China said.").year());
    }

    @Test
    void titleCaseCitiesNeedADateOrAnAgency() {
        assertEquals("Washington", parse("Washington (AP) — The Fed held rates.").city());
        assertTrue(DatelineParser.parse("Tokyo - a city of 14 million people, is growing.").isEmpty());
    }

    @Test
    void anAgencyAloneIsNotACity() {
        assertTrue(DatelineParser.parse("KYODO NEWS - 23 minutes ago - 09:29 | World, All Senior officials met.").isEmpty());
        assertEquals("", parse("(Reuters) -- President Donald Trump deployed troops.").city());
    }

    @Test
    void kickersAreNotCities() {
        assertTrue(DatelineParser.parse("BREAKING: The Bank of Japan raised rates.").isEmpty());
    }

    @Test
    void ordinaryOpeningWordsAreNotDatelines() {
        assertTrue(DatelineParser.parse("Top U.S. and Chinese officials were meeting in London on Monday.").isEmpty());
        assertTrue(DatelineParser.parse("U.S. officials said the talks - which began Monday - would go on.").isEmpty());
    }
}
