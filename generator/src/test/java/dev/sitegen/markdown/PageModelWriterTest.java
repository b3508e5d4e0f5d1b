package dev.sitegen.markdown;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.sitegen.model.DateSource;
import dev.sitegen.model.Origin;
import dev.sitegen.model.Page;
import dev.sitegen.model.PageKind;
import dev.sitegen.model.RelatedItem;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

class PageModelWriterTest {

    private static final Origin ORIGIN = new Origin(Path.of("seeds/a.md"), 1);

    private static Page fullPage() {
        return Page.builder("harbour-reopens", "Harbour reopens after storm", ORIGIN).kind(PageKind.ARTICLE)
                .source("Coast Times").published(OffsetDateTime.parse("2025-06-09T10:42:00+09:00"))
                .date(LocalDate.of(2025, 6, 9), DateSource.PUBLISHED).relativeTime("6 hours ago")
                .authors(List.of("Ana Silva", "Tom Lee")).location("Porto").imageCaption("Boats in the harbour.")
                .imageCredit("REUTERS/Ana Silva").topics(List.of("Weather")).tags(List.of("Storms", "Ports"))
                .copyright("© 2025 Coast Times").summary("The harbour reopened.")
                .related(List.of(new RelatedItem("Port strike ends", "Coast Times", "2 days ago", "Workers return.",
                        "port-strike-ends"), new RelatedItem("Bare teaser", "", "", "", "")))
                .seed("seeds/a.txt").body("The harbour reopened on Monday.\n\n## Damage\n\nSome boats sank.\n").build();
    }

    private static Page roundTrip(Page page) {
        return PageModelReader.read(ORIGIN.file(), new PageModelWriter().write(page));
    }

    /** The page as far as the page model holds it: the origin is where it was read, body edges are layout. */
    private static Page comparable(Page p) {
        return new Page(p.slug(), p.kind(), p.title(), p.source(), p.published(), p.date(), p.dateSource(),
                p.relativeTime(), p.authors(), p.location(), p.imageCaption(), p.imageCredit(), p.topics(), p.tags(),
                p.copyright(), p.summary(), p.related(), p.seed(), p.body().strip(), ORIGIN);
    }

    @Test
    void readingWhatWasWrittenGivesTheSamePage() {
        Page page = fullPage();
        assertEquals(comparable(page), comparable(roundTrip(page)));
    }

    @Test
    void briefRoundTrips() {
        Page brief = Page.builder("port-strike-ends", "Port strike ends", ORIGIN).kind(PageKind.BRIEF)
                .source("Coast Times").summary("Workers return.").body("Workers return.\n").build();
        assertEquals(comparable(brief), comparable(roundTrip(brief)));
    }

    @Test
    void writingIsDeterministic() {
        assertEquals(new PageModelWriter().write(fullPage()), new PageModelWriter().write(fullPage()));
    }

    @Test
    void writesKeysInSchemaOrderAndLeavesOutEmptyValues() {
        Page page = Page.builder("a", "A", ORIGIN).tags(List.of("x")).body("Body\n").build();
        assertEquals("---\ntitle: \"A\"\nslug: \"a\"\nkind: \"article\"\ntags:\n  - \"x\"\n---\n\nBody\n",
                new PageModelWriter().write(page));
    }

    @Test
    void textThatLooksLikeYamlSurvives() {
        Page page = Page.builder("a", "\"Quoted\": it's #1 - really", ORIGIN).source("- Coast Times")
                .location("[Porto] {north}").summary("key: value # not a comment").authors(List.of("- Dash", "O'Brien"))
                .tags(List.of("yes", "null", "2025-06-09", "~", "@home", "&anchor", "*star", "% done"))
                .copyright("| pipe > gt").build();
        assertEquals(comparable(page), comparable(roundTrip(page)));
    }

    @Test
    void multiLineTextWithFenceLikeLinesSurvives() {
        Page page = Page.builder("a", "A", ORIGIN).summary("First\n---\nSecond\n...\nThird").build();
        assertEquals(comparable(page), comparable(roundTrip(page)));
    }

    @Test
    void unicodeLineSeparatorsSurvive() {
        Page page = Page.builder("a", "Line\u2028separator \u0085next", ORIGIN).summary("tab\there").build();
        assertEquals(comparable(page), comparable(roundTrip(page)));
    }

    /** Scraped text often holds C1 controls such as U+0092 where a curly quote was meant. */
    @Test
    void controlCharactersSurviveAsText() {
        Page page = Page.builder("a", "Trump\u0092s tariff \u0007bell \u007f", ORIGIN).summary("x\u0093y\u0094").build();
        assertEquals(comparable(page), comparable(roundTrip(page)));
    }

    @Test
    void bodyStartingWithFenceLineStaysBody() {
        Page page = Page.builder("a", "A", ORIGIN).body("---\nnot front matter\n").build();
        assertEquals("---\nnot front matter", roundTrip(page).body().strip());
    }
}
