package dev.sitegen.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sitegen.extract.BylineParser.Byline;
import java.util.List;
import org.junit.jupiter.api.Test;

class BylineParserTest {

    private static Byline parse(String line) {
        return BylineParser.parse(line).orElseThrow(() -> new AssertionError("not a byline: " + line));
    }

    @Test
    void bylineSplitsThreeAuthorsOnCommasAndAnd() {
        assertEquals(List.of("Kate Holton", "Alistair Smout", "Andrea Shalal"),
                parse("By Kate Holton, Alistair Smout and Andrea Shalal").authors());
    }

    @Test
    void bylineSplitsOnAnOxfordComma() {
        assertEquals(List.of("Hyonhee Shin", "Joyce Lee", "Ju-min Park"),
                parse("By Hyonhee Shin, Joyce Lee, and Ju-min Park").authors());
    }

    @Test
    void bylineAfterAPipeNamesTheSource() {
        Byline b = parse("By Yukiko Toyoda and Philip Blenkinsop | Reuters");
        assertEquals(List.of("Yukiko Toyoda", "Philip Blenkinsop"), b.authors());
        assertEquals("Reuters", b.source());
    }

    @Test
    void bylineInACityGivesTheLocation() {
        Byline b = parse("By Daniel Leussink in Tokyo");
        assertEquals(List.of("Daniel Leussink"), b.authors());
        assertEquals("Tokyo", b.location());
    }

    @Test
    void organisationAfterACommaIsTheSourceNotAnAuthor() {
        Byline b = parse("By Christopher Rugaber, Associated Press");
        assertEquals(List.of("Christopher Rugaber"), b.authors());
        assertEquals("Associated Press", b.source());
    }

    @Test
    void jobTitleAfterTheNameIsDropped() {
        assertEquals(List.of("Jane Doe"), parse("By Jane Doe, Senior Correspondent").authors());
        assertEquals(List.of(), parse("By Staff Writer").authors());
    }

    @Test
    void nonAsciiNamesAreNames() {
        assertEquals(List.of("Zoë Ağaoğlu", "Łukasz Wójcik"), parse("By Zoë Ağaoğlu and Łukasz Wójcik").authors());
        assertEquals(List.of("習近平"), parse("By 習近平").authors());
    }

    @Test
    void aTimeAfterThePipeIsKeptForTheCaller() {
        assertEquals(List.of("8 hours ago"), parse("By Kantaro Komiya | 8 hours ago").otherParts());
    }

    @Test
    void paragraphsOpeningWithByAreBodyText() {
        assertTrue(BylineParser.parse("By 2030, Japan wants offshore wind farms to supply 10 gigawatts.").isEmpty());
        assertTrue(BylineParser.parse("By contrast with Europe, Japan has only a handful of projects.").isEmpty());
        assertTrue(BylineParser.parse("By Monday, officials said the deal was close").isEmpty());
        assertTrue(BylineParser.parse("By subscribing, you agree to our Privacy Policy.").isEmpty());
    }
}
