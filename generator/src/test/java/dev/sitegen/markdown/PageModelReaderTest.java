package dev.sitegen.markdown;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sitegen.diag.ContentException;
import dev.sitegen.diag.SourcePosition;
import dev.sitegen.model.DateSource;
import dev.sitegen.model.Origin;
import dev.sitegen.model.Page;
import dev.sitegen.model.PageKind;
import dev.sitegen.model.RelatedItem;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class PageModelReaderTest {

    private static final Path FILE = Path.of("seeds/a.md");

    private static Page read(String text) {
        return PageModelReader.read(FILE, text);
    }

    private static ContentException fails(String text) {
        return assertThrows(ContentException.class, () -> read(text));
    }

    @Test
    void fileWithOnlyCommonKeysIsValid() {
        Page page = read("""
                ---
                title: Harbour reopens
                date: 2025-06-09
                topics: [Weather]
                tags: [Storms, Ports]
                authors: [Ana Silva]
                source: Coast Times
                ---
                The harbour reopened on Monday.
                """);
        assertEquals("Harbour reopens", page.title());
        assertEquals(Optional.of(LocalDate.of(2025, 6, 9)), page.date());
        assertEquals(Optional.of(DateSource.FRONT_MATTER), page.dateSource());
        assertEquals(List.of("Weather"), page.topics());
        assertEquals(List.of("Storms", "Ports"), page.tags());
        assertEquals(List.of("Ana Silva"), page.authors());
        assertEquals("Coast Times", page.source());
        assertEquals(PageKind.ARTICLE, page.kind());
        assertEquals("The harbour reopened on Monday.\n", page.body());
    }

    @Test
    void originNamesFileAndBodyLine() {
        Page page = read("---\ntitle: A\n---\nBody\n");
        assertEquals(new Origin(FILE, 4), page.origin());
    }

    @Test
    void unknownKeyNamesFileAndLineCountingTheFence() {
        ContentException e = fails("""
                ---
                title: Harbour reopens
                colour: blue
                ---
                Body
                """);
        assertTrue(e.describe().startsWith("seeds/a.md:3: unknown key 'colour'; known keys: authors, copyright, date,"),
                e.describe());
    }

    @Test
    void brokenYamlNamesItsLine() {
        ContentException e = fails("""
                ---
                title: Harbour reopens
                tags: [Storms, Ports
                source: Coast Times
                ---
                """);
        assertEquals(4, e.position().orElseThrow().line());
        assertTrue(e.getMessage().startsWith("invalid YAML:"), e.getMessage());
        assertTrue(e.getMessage().endsWith("while parsing a flow sequence that starts on line 3, column 7"), e.getMessage());
    }

    @Test
    void anUnclosedBracketOnTheLastLineNamesTheBracketNotTheFence() {
        ContentException e = fails("""
                ---
                title: Harbour reopens
                tags: [Storms, Ports
                ---
                """);
        assertEquals(new SourcePosition(FILE, 3, 7), e.position().orElseThrow());
        assertEquals("invalid YAML: expected ',' or ']', but got the end of the front matter, "
                + "while parsing a flow sequence that starts on line 3, column 7", e.getMessage());
    }

    @Test
    void anUnclosedBracketAfterAnEmojiStillNamesTheBracket() {
        ContentException e = fails("---\ntitle: Harbour reopens \uD83C\uDF89\ntags: [Storms, Ports\n---\n");
        assertEquals(new SourcePosition(FILE, 3, 7), e.position().orElseThrow());
    }

    @Test
    void aBlockErrorIsNotPaddedWithTheBlocksStart() {
        ContentException e = fails("---\ntitle: A\n  date: 2025-06-09\n---\n");
        assertFalse(e.getMessage().contains("that starts on"), e.getMessage());
    }

    @Test
    void aKeyWithoutItsColonNamesItsOwnLine() {
        ContentException e = fails("---\ntitle: A\nfoo\nbar: 1\n---\n");
        assertEquals(new SourcePosition(FILE, 3, 1), e.position().orElseThrow());
        assertTrue(e.getMessage().contains("while scanning a simple key that starts on line 3"), e.getMessage());
    }

    @Test
    void anUnclosedQuoteNamesWhereItOpens() {
        ContentException e = fails("---\ntitle: \"Harbour reopens\nsource: Coast Times\n---\n");
        assertEquals(new SourcePosition(FILE, 2, 8), e.position().orElseThrow());
        assertTrue(e.getMessage().contains("found an unexpected end of the front matter"), e.getMessage());
    }

    @Test
    void indentedKeyNamesItsLineAndColumn() {
        ContentException e = fails("---\ntitle: A\n  date: 2025-06-09\n---\n");
        assertEquals(new SourcePosition(FILE, 3, 7), e.position().orElseThrow());
    }

    @Test
    void rejectsFrontMatterWithoutTitle() {
        ContentException e = fails("---\nsource: Coast Times\n---\nBody\n");
        assertEquals("seeds/a.md:2: front matter needs a 'title'", e.describe());
    }

    @Test
    void rejectsBlankTitle() {
        ContentException e = fails("---\ntitle: ''\n---\n");
        assertEquals("seeds/a.md:2: front matter needs a 'title'", e.describe());
    }

    @Test
    void rejectsImpossibleDateNamingItsLine() {
        ContentException e = fails("---\ntitle: A\ndate: 2025-13-45\n---\n");
        assertEquals(SourcePosition.of(FILE, 3), e.position().orElseThrow());
        assertTrue(e.getMessage().startsWith("date '2025-13-45' is not ISO-8601"), e.getMessage());
    }

    @Test
    void dateMayBeADateTimeWithOffset() {
        Page page = read("---\ntitle: A\ndate: 2025-06-09T23:30:00+09:00\n---\n");
        assertEquals(Optional.of(LocalDate.of(2025, 6, 9)), page.date());
    }

    @Test
    void rejectsPublishedWithoutOffset() {
        ContentException e = fails("---\ntitle: A\npublished: 2025-06-09T10:42:00\n---\n");
        assertEquals(3, e.position().orElseThrow().line());
    }

    @Test
    void readsPublishedAndDateSource() {
        Page page = read("""
                ---
                title: A
                published: 2025-06-09T10:42:00+09:00
                date: 2025-06-09
                date_source: published
                ---
                """);
        assertEquals(Optional.of(OffsetDateTime.parse("2025-06-09T10:42:00+09:00")), page.published());
        assertEquals(Optional.of(DateSource.PUBLISHED), page.dateSource());
    }

    @Test
    void rejectsUnknownDateSourceNamingItsLine() {
        ContentException e = fails("---\ntitle: A\ndate: 2025-06-09\ndate_source: rumour\n---\n");
        assertEquals(4, e.position().orElseThrow().line());
    }

    @Test
    void rejectsFileWithoutFrontMatter() {
        ContentException e = fails("# Harbour reopens\n\nBody\n");
        assertEquals(SourcePosition.of(FILE, 1), e.position().orElseThrow());
    }

    @Test
    void rejectsUnclosedFrontMatter() {
        ContentException e = fails("---\ntitle: A\n\nBody\n");
        assertEquals("seeds/a.md:1: front matter opened on line 1 is never closed by a '---' line", e.describe());
    }

    @Test
    void readsCrlfLinesAfterByteOrderMark() {
        Page page = read("\uFEFF---\r\ntitle: Harbour reopens\r\ntags: [Ports]\r\n---\r\nLine one\r\nLine two\r\n");
        assertEquals("Harbour reopens", page.title());
        assertEquals(List.of("Ports"), page.tags());
        assertEquals("Line one\nLine two\n", page.body());
    }

    @Test
    void errorLinesCountTheSameWithCrlf() {
        ContentException e = fails("---\r\ntitle: A\r\ncolour: blue\r\n---\r\n");
        assertEquals(3, e.position().orElseThrow().line());
    }

    @Test
    void slugDefaultsToTitle() {
        assertEquals("harbour-reopens-after-storm", read("---\ntitle: Harbour Reopens, After Storm!\n---\n").slug());
    }

    @Test
    void explicitSlugWins() {
        assertEquals("harbour", read("---\ntitle: Harbour Reopens\nslug: harbour\n---\n").slug());
    }

    @Test
    void rejectsExplicitSlugThatIsNotUrlSafe() {
        ContentException e = fails("---\ntitle: A\nslug: Harbour Reopens\n---\n");
        assertEquals(SourcePosition.of(FILE, 3), e.position().orElseThrow());
        assertTrue(e.getMessage().contains("(try 'harbour-reopens')"), e.getMessage());
    }

    @Test
    void rejectsUnknownKindNamingItsLine() {
        ContentException e = fails("---\ntitle: A\nkind: column\n---\n");
        assertEquals("seeds/a.md:3: kind 'column' must be 'article' or 'brief'", e.describe());
    }

    @Test
    void readsRelatedItems() {
        Page page = read("""
                ---
                title: A
                related:
                  - title: Port strike ends
                    source: Coast Times
                    summary: Workers return.
                    slug: port-strike-ends
                  - title: Second item
                ---
                """);
        assertEquals(List.of(new RelatedItem("Port strike ends", "Coast Times", "", "Workers return.", "port-strike-ends"),
                new RelatedItem("Second item", "", "", "", "")), page.related());
    }

    @Test
    void unknownKeyInRelatedItemNamesItsLine() {
        ContentException e = fails("---\ntitle: A\nrelated:\n  - title: B\n    url: x\n---\n");
        assertEquals(5, e.position().orElseThrow().line());
    }

    @Test
    void relatedItemWithoutTitleNamesItsLine() {
        ContentException e = fails("---\ntitle: A\nrelated:\n  - source: X\n---\n");
        assertEquals(4, e.position().orElseThrow().line());
    }
}
