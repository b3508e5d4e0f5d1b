package dev.sitegen.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class LineStatsTest {

    @Test
    void runningTextIsGood() {
        assertTrue(LineStats.of("China holds a near-monopoly on rare earth magnets, a crucial component in electric "
                + "vehicle motors.").isGood());
    }

    @Test
    void shortChromeIsNotGood() {
        assertFalse(LineStats.of("Try Our AI Features").isGood());
        assertFalse(LineStats.of("app-storeplay-store").isGood());
    }

    @Test
    void aListOfNamesWithoutStopWordsIsNotGood() {
        assertFalse(LineStats.of("Tokyo, Osaka, Nagoya, Kyoto, Kobe, Sapporo, Fukuoka, Sendai, Hiroshima, Naha.")
                .isGood());
    }

    @Test
    void lastMarkLooksPastClosingQuotes() {
        assertEquals('.', LineStats.of("\"It was good,\" he said.\"").lastMark());
        assertTrue(LineStats.of("He said \"no.\"").endsSentence());
    }

    @Test
    void allCapsAndTitleCaseLinesAreHeadingShaped() {
        assertTrue(LineStats.of("POSITIVE CONCLUSION").isHeadingLike("POSITIVE CONCLUSION"));
        assertTrue(LineStats.of("What the Subsidy Covers").isHeadingLike("What the Subsidy Covers"));
        assertFalse(LineStats.of("Advertisement").isHeadingLike("Advertisement"), "one title-case word");
        assertFalse(LineStats.of("He left early.").isHeadingLike("He left early."));
    }
}
