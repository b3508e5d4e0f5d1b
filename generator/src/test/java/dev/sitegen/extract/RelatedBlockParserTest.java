package dev.sitegen.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class RelatedBlockParserTest {

    private static List<Teaser> parse(String... lines) {
        return RelatedBlockParser.parse(Dumps.classify(lines), 0, "The article's own title", line -> false);
    }

    @Test
    void aggregatorTeasersAreAnchoredOnTheirTimeLines() {
        assertEquals(List.of(
                new Teaser("US and China talk rare earths", "Nikkei Asia", "17 minutes ago", "WASHINGTON -- Officials met."),
                new Teaser("Does US law allow Trump to send troops?", "Nikkei Asia", "an hour ago", "(Reuters) -- Trump deployed troops.")),
                parse("Related Articles", "", "US and China talk rare earths", "US and China talk rare earths", "",
                        "Nikkei Asia", "", "time17 minutes ago", "", "  • Nikkei Asia", "", "US and China talk rare earths",
                        "", "WASHINGTON -- Officials met.", "",
                        "Does US law allow Trump to send troops?", "Does US law allow Trump to send troops?", "",
                        "Nikkei Asia", "", "timean hour ago", "", "  • Nikkei Asia", "",
                        "Does US law allow Trump to send troops?", "", "(Reuters) -- Trump deployed troops.", "",
                        "DOWNLOAD THE APP"));
    }

    @Test
    void aSourceGluedToTheTimeAndNoSummary() {
        assertEquals(List.of(new Teaser("Okinawa braces for second typhoon", "Japan Today", "2 hours ago", ""),
                        new Teaser("Heavy rain warnings issued for Kyushu", "NHK", "5 hours ago", "")),
                parse("Related Articles", "Okinawa braces for second typhoon", "Japan Today2 hours ago",
                        "Heavy rain warnings issued for Kyushu", "NHK · 5 hours ago", "Get Started Now: Download the App"));
    }

    @Test
    void aListUnderARelatedHeadingGivesTitlesOnly() {
        assertEquals(List.of(new Teaser("EU, Japan to hold first dialogue on chips", "", "", ""),
                        new Teaser("Japan's rare earth strategy offers lessons", "", "", "")),
                parse("Related", "- EU, Japan to hold first dialogue on chips", "- Japan's rare earth strategy offers lessons",
                        "© 2025 The Asia Ledger"));
    }

    @Test
    void noTeasersWithoutAHeadingOrTimeLines() {
        assertEquals(List.of(), parse("Some closing words", "Another line here"));
    }

    @Test
    void theArticleItselfIsNotItsOwnTeaser() {
        assertEquals(List.of(), parse("Related", "The article's own title"));
    }
}
