package dev.sitegen.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sitegen.model.DateSource;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The real seed (a Japan Today page seen through the Daily8 app) field by field. */
class RealSeedExtractionTest {

    private static final Path SEED = GoldenExtractionTest.FIXTURES.resolve("agg_seed_000_trade_talks.txt");
    private static Extraction e;

    @BeforeAll
    static void extract() throws IOException {
        e = new DumpExtractor(CorpusProfile.empty()).extract(GoldenExtractionTest.read(SEED));
    }

    @Test
    void isValid() {
        assertTrue(e.valid());
        assertEquals("", e.invalidReason());
    }

    @Test
    void titleIsTheHeadlineOnce() {
        assertEquals("U.S. and Chinese officials meet in London for pivotal trade talks", e.title());
    }

    @Test
    void sourceAndRelativeTimeAreUngluedAndNothingIsPublished() {
        assertEquals("Japan Today", e.source());
        assertEquals("6 hours ago", e.relativeTime());
        assertEquals(Optional.empty(), e.published());
    }

    @Test
    void bylineGivesThreeAuthorsAndNoLocation() {
        assertEquals(List.of("Kate Holton", "Alistair Smout", "Andrea Shalal"), e.authors());
        assertEquals("", e.location());
    }

    @Test
    void captionAndCreditAreSplit() {
        assertEquals("Vehicles arrive at Lancaster House, on the day when the trade talks are due to take place in "
                + "London between the U.S. and China, in London, Britain, June 9, 2025.", e.imageCaption());
        assertEquals("REUTERS/Toby Melville", e.imageCredit());
    }

    @Test
    void bodyHasTwentyFiveVerbatimParagraphsAndTheSubheadingBeforeTheTrumpXiCall() {
        List<String> body = e.body();
        assertEquals(25, body.size());
        assertTrue(body.get(0).startsWith("Top U.S. and Chinese officials were meeting in London on Monday"));
        assertEquals("\"Everyone around Trump is still hawkish and so a breakthrough U.S.-China trade deal is unlikely, "
                + "especially in the context of other deals that are further along and prioritized,\" he said in an "
                + "analyst note.", body.get(24));
        assertEquals(List.of("POSITIVE CONCLUSION"), e.subheadings());
        // In the dump the heading follows the 13th paragraph ("Lutnick did not attend ...").
        assertEquals(BodyBlock.subheading("POSITIVE CONCLUSION"), e.blocks().get(13));
        assertTrue(e.blocks().get(12).text().startsWith("Lutnick did not attend the Geneva talks"));
        assertTrue(e.blocks().get(14).text().startsWith("Trump and Xi spoke by phone last week"));
    }

    @Test
    void copyrightLineIsKeptVerbatim() {
        assertEquals("© (Thomson Reuters 2025.", e.copyright());
    }

    @Test
    void dateComesFromTheCaption() {
        assertEquals(Optional.of(LocalDate.of(2025, 6, 9)), e.date());
        assertEquals(Optional.of(DateSource.CAPTION), e.dateSource());
    }

    @Test
    void threeRelatedTeasersWithSourcesTimesAndSummaries() {
        List<Teaser> related = e.related();
        assertEquals(3, related.size());
        Teaser first = related.get(0);
        assertEquals("US and China talk rare earths and chip controls in London", first.title());
        assertEquals("Nikkei Asia", first.source());
        assertEquals("17 minutes ago", first.relativeTime());
        assertTrue(first.summary().startsWith("WASHINGTON/BEIJING -- Top officials from the U.S. and China met"));
        assertTrue(first.summary().endsWith("who is in charge of economic policy."));
        Teaser second = related.get(1);
        assertEquals("U.S., China hold high-level trade talks with rare earths in focus", second.title());
        assertEquals("Kyodo News", second.source());
        assertEquals("44 minutes ago", second.relativeTime());
        assertTrue(second.summary().startsWith("KYODO NEWS - 23 minutes ago - 09:29 | World, All Senior U.S."));
        assertTrue(second.summary().endsWith("Xi, Trump agree to new round of Sino-U.S. trade talks"));
        Teaser third = related.get(2);
        assertEquals("Does US law allow Trump to send troops to quell protests?", third.title());
        assertEquals("Nikkei Asia", third.source());
        assertEquals("an hour ago", third.relativeTime());
        assertTrue(third.summary().startsWith("(Reuters) -- President Donald Trump deployed National Guard troops"));
        assertTrue(third.summary().endsWith("Governor Gavin Newsom's command."));
    }

    @Test
    void noAppChromeInAnyField() {
        String json = ExtractionJson.toJson(e);
        for (String chrome : List.of("logo", "Orange background", "Try Our AI Features", "Explore what Daily8 AI",
                "Comments", "No comments yet", "Related Articles", "DOWNLOAD THE APP", "Get Started Now",
                "Ready to dive into", "app-storeplay-store", "time17", "•")) {
            assertFalse(json.contains("\"" + chrome) , chrome + " leaked into " + json);
            for (String block : e.body()) {
                assertFalse(block.contains(chrome) && block.length() < 80, chrome);
            }
        }
    }

    @Test
    void sameResultWithAProfileBuiltFromTheSeedSet() throws IOException {
        String text = GoldenExtractionTest.read(SEED);
        CorpusProfile profile = CorpusProfile.of(List.of(text, text, text, text));
        assertEquals(ExtractionJson.toJson(e), ExtractionJson.toJson(new DumpExtractor(profile).extract(text)));
    }
}
