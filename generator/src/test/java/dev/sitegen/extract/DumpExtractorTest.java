package dev.sitegen.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sitegen.model.DateSource;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

class DumpExtractorTest {

    private final DumpExtractor extractor = new DumpExtractor(CorpusProfile.empty());

    @Test
    void anEmptyDumpIsInvalidWithAReason() {
        Extraction e = extractor.extract("");
        assertFalse(e.valid());
        assertEquals("empty dump: the file has no text", e.invalidReason());
        assertEquals(List.of(), e.blocks());
    }

    @Test
    void aDumpWithoutBodyTextIsInvalid() {
        Extraction e = extractor.extract("logo\nTry Our AI Features\nComments\nNo comments yet...\nDOWNLOAD THE APP\n");
        assertFalse(e.valid());
        assertEquals("no article found: no paragraph of body text", e.invalidReason());
    }

    @Test
    void aNullDumpIsInvalidRatherThanAnException() {
        assertFalse(extractor.extract(null).valid());
    }

    @Test
    void aShortFirstParagraphUnderTheTitleIsKept() {
        Extraction e = Dumps.extract("Japan's economy shrinks", "", "Japan's economy shrank in the first quarter.", "",
                Dumps.P1, "", Dumps.P2);
        assertEquals(List.of("Japan's economy shrank in the first quarter.", Dumps.P1, Dumps.P2), e.body());
    }

    @Test
    void publishedNeedsADateAndATime() {
        Extraction e = Dumps.extract("Talks open in London", "Published June 3, 2025", Dumps.P1, Dumps.P2);
        assertEquals(Optional.empty(), e.published());
        assertEquals(Optional.of(LocalDate.of(2025, 6, 3)), e.date());
        assertEquals(Optional.of(DateSource.PUBLISHED), e.dateSource());
    }

    @Test
    void aLaterStampWithATimeBeatsAnEarlierDateOnly() {
        Extraction e = Dumps.extract("Heat stroke cases hit record", "By Hana Kusumoto June 24, 2025", Dumps.P1,
                Dumps.P2, "Published June 24, 2025 11:30 AM JST");
        assertEquals(List.of("Hana Kusumoto"), e.authors());
        assertEquals(Optional.of(java.time.OffsetDateTime.parse("2025-06-24T11:30:00+09:00")), e.published());
    }

    @Test
    void anUpdatedStampDatesTheArticleWhenNothingIsPublished() {
        Extraction e = Dumps.extract("Talks open in London", "By Jane Doe", "Updated: 2025-06-03T01:42:00Z", Dumps.P1);
        assertEquals(Optional.empty(), e.published());
        assertEquals(Optional.of(DateSource.UPDATED), e.dateSource());
    }

    @Test
    void aDatelineTakesItsYearFromTheCaption() {
        Extraction e = Dumps.extract("Talks open in London",
                "Delegates arrive in London, Britain, June 9, 2025. REUTERS/Toby Melville", "By Jane Doe",
                "LONDON, June 10 (Reuters) - " + Dumps.P1, Dumps.P2);
        assertEquals(Optional.of(LocalDate.of(2025, 6, 10)), e.date());
        assertEquals(Optional.of(DateSource.DATELINE), e.dateSource());
        assertEquals("London", e.location());
    }

    @Test
    void aDatelineWithoutAnyYearInTheTextGivesNoDate() {
        Extraction e = Dumps.extract("Talks open in London", "LONDON, June 10 (Reuters) - " + Dumps.P1, Dumps.P2);
        assertEquals(Optional.empty(), e.date());
        assertEquals(Optional.empty(), e.dateSource());
    }

    @Test
    void aRelativeTimeIsNeverTurnedIntoADate() {
        Extraction e = Dumps.extract("Talks open in London", "Japan Today6 hours ago", Dumps.P1, Dumps.P2);
        assertEquals("6 hours ago", e.relativeTime());
        assertEquals(Optional.empty(), e.date());
    }

    @Test
    void theDatelineAgencyIsTheSourceOnlyWhenNothingBetterIsPrinted() {
        assertEquals("Reuters", Dumps.extract("Talks open", "", "LONDON (Reuters) - " + Dumps.P1).source());
        assertEquals("Japan Today",
                Dumps.extract("Talks open", "Japan Today6 hours ago", "LONDON (Reuters) - " + Dumps.P1).source());
    }

    @Test
    void neverThrowsOnMangledDumps() throws IOException {
        Random random = new Random(42);
        List<String> texts = new ArrayList<>();
        for (Path p : GoldenExtractionTest.fixtures().toList()) {
            texts.add(GoldenExtractionTest.read(p));
        }
        for (int round = 0; round < 400; round++) {
            String text = texts.get(random.nextInt(texts.size()));
            String mangled = mangle(text, random);
            Extraction e = extractor.extract(mangled);
            assertTrue(e.valid() || !e.invalidReason().isEmpty(), "an invalid result says why");
        }
    }

    @Test
    void pathologicalLinesNeitherThrowNorOverflowTheStack() {
        for (String text : List.of(
                "Title of the story\n\n" + "ABC DEF/GHI JKL. ".repeat(12_000),
                "Title of the story\n\n" + "A".repeat(200_000),
                "Home > ".repeat(30_000),
                "TOKYO, " + "June 3 ".repeat(30_000),
                "x\n" + "time17 minutes ago\n".repeat(5_000))) {
            Extraction e = extractor.extract(text);
            assertTrue(e.valid() || !e.invalidReason().isEmpty());
        }
    }

    /** Cuts, shuffles, duplicates and sprinkles odd characters over a dump. */
    private static String mangle(String text, Random random) {
        List<String> lines = new ArrayList<>(List.of(text.split("\n", -1)));
        switch (random.nextInt(5)) {
            case 0 -> java.util.Collections.shuffle(lines, random);
            case 1 -> lines = lines.subList(0, random.nextInt(lines.size() + 1));
            case 2 -> lines.add(random.nextInt(lines.size() + 1), lines.get(random.nextInt(lines.size())));
            case 3 -> lines.replaceAll(l -> l.length() > 3 ? l.substring(random.nextInt(l.length())) : l);
            default -> {
                StringBuilder b = new StringBuilder(text);
                for (int i = 0; i < 30 && b.length() > 0; i++) {
                    b.insert(random.nextInt(b.length()), (char) random.nextInt(0x3000));
                }
                return b.toString();
            }
        }
        return String.join("\n", lines);
    }

    @Test
    void oneInstanceGivesTheSameResultsFromManyThreads() throws Exception {
        List<String> texts = new ArrayList<>();
        for (Path p : GoldenExtractionTest.fixtures().toList()) {
            texts.add(GoldenExtractionTest.read(p));
        }
        List<String> expected = texts.stream().map(t -> ExtractionJson.toJson(extractor.extract(t))).toList();
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<Boolean>> results = new ArrayList<>();
            for (int round = 0; round < 20; round++) {
                for (int i = 0; i < texts.size(); i++) {
                    int index = i;
                    results.add(pool.submit(() ->
                            ExtractionJson.toJson(extractor.extract(texts.get(index))).equals(expected.get(index))));
                }
            }
            for (Future<Boolean> r : results) {
                assertTrue(r.get());
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
