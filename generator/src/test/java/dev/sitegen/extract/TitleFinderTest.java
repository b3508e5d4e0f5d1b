package dev.sitegen.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class TitleFinderTest {

    private static int find(List<LineInfo> lines) {
        return TitleFinder.find(lines, line -> false);
    }

    @Test
    void theRepeatedLineIsTheTitle() {
        List<LineInfo> lines = Dumps.classify("logo", "Trade talks open in London", "", "Trade talks open in London",
                "", "Japan Today6 hours ago", Dumps.P1);
        assertEquals("Trade talks open in London", lines.get(find(lines)).text());
    }

    @Test
    void theHeadlineAboveTheBylineBeatsTheSiteName() {
        assertEquals(3, find(Dumps.classify("The Asia Ledger", "Home > World > Asia", "Listen to this article",
                "Japan and EU agree to deepen economic security cooperation", "By Yukiko Toyoda | Reuters", Dumps.P1)));
    }

    @Test
    void aStandfirstUnderTheHeadlineIsNotTheTitle() {
        assertEquals(0, find(Dumps.classify("Wimbledon to use electronic line calling for the first time",
                "Organisers say the technology is accurate and popular with players, but the decision ends a tradition",
                "By Tumaini Carayol in London", Dumps.P1)));
    }

    @Test
    void aCaptionWithItsCreditIsNeverTheTitle() {
        assertEquals(0, find(Dumps.classify("Honda and Nissan call off merger talks", "Japan Today", "6 hours ago",
                "Honda President Toshihiro Mibe attends a news conference, Feb 13, 2025. Photo: Reuters/Issei Kato",
                "By Daniel Leussink", Dumps.P1)));
    }

    @Test
    void aDumpThatOpensWithBodyTextHasNoTitle() {
        assertEquals(-1, find(Dumps.classify(Dumps.P1, Dumps.P2)));
    }
}
