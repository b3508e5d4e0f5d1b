package dev.sitegen.cache;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sitegen.model.DateSource;
import dev.sitegen.model.Origin;
import dev.sitegen.model.Page;
import dev.sitegen.model.PageKind;
import dev.sitegen.model.RelatedItem;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class CacheCodecTest {

    private static Page roundTrip(Page page) throws IOException {
        return new CacheInput(encode(page)).page();
    }

    private static byte[] encode(Page... pages) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            CacheOutput w = new CacheOutput(out);
            for (Page p : pages) {
                w.page(p);
            }
        }
        return bytes.toByteArray();
    }

    private static Page tagged(String slug, String body, String... tags) {
        return Page.builder(slug, "Title " + slug, new Origin(Path.of("seeds/" + slug + ".md"), 1)).source("Coast Times")
                .tags(List.of(tags)).body(body).build();
    }

    @Test
    void repeatedShortStringsAreWrittenOnceAndReadBackAsOneInstance() throws IOException {
        String longText = "Long “text” ".repeat(20); // over the shared length: written in full each time
        Page first = tagged("a", longText, "Ports", "Ships");
        Page second = tagged("b", longText, "Ships", "Ports");
        byte[] both = encode(first, second);
        assertEquals(1, occurrences(both, "Coast Times"), "a short string recurs as a reference");
        assertEquals(1, occurrences(both, "Ports"));
        assertEquals(2, occurrences(both, longText), "a long one is written each time");

        CacheInput r = new CacheInput(both);
        Page a = r.page();
        Page b = r.page();
        assertEquals(first, a);
        assertEquals(second, b);
        assertTrue(r.atEnd());
        assertSame(a.tags().get(0), b.tags().get(1), "shared, not one copy per page");
        assertSame(a.source(), b.source());
    }

    @Test
    void dataCutShortFailsRatherThanReadingGarbage() throws IOException {
        byte[] whole = encode(tagged("a", "Body."), tagged("b", "Body."));
        for (int cut : new int[] {1, whole.length / 2, whole.length - 1}) {
            CacheInput r = new CacheInput(Arrays.copyOf(whole, cut));
            assertThrows(IOException.class, () -> {
                r.page();
                r.page();
            }, "cut at " + cut);
        }
    }

    @Test
    void aCountTheDataCannotHoldIsRejectedBeforeAnythingIsAllocatedForIt() throws IOException {
        for (int count : new int[] {0x7ffffff0, -1, 3}) {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            try (DataOutputStream out = new DataOutputStream(bytes)) {
                out.writeInt(count);
                out.writeInt(8); // room for two ints, not three
                out.writeInt(9);
            }
            IOException e = assertThrows(IOException.class, () -> new CacheInput(bytes.toByteArray()).ints(), "count " + count);
            assertTrue(e.getMessage().contains("counts " + count + " items"), e.getMessage());
        }
    }

    @Test
    void referenceToAStringNotYetReadIsAnError() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            out.writeInt(-3);
        }
        IOException e = assertThrows(IOException.class, () -> new CacheInput(bytes.toByteArray()).str());
        assertTrue(e.getMessage().contains("not yet read"), e.getMessage());
    }

    private static int occurrences(byte[] haystack, String needle) {
        byte[] n = needle.getBytes(StandardCharsets.UTF_8);
        int count = 0;
        outer:
        for (int i = 0; i + n.length <= haystack.length; i++) {
            for (int k = 0; k < n.length; k++) {
                if (haystack[i + k] != n[k]) {
                    continue outer;
                }
            }
            count++;
        }
        return count;
    }

    @Test
    void pageComesBackEqualWithItsTimesOffsetsAndFractions() throws IOException {
        Origin origin = new Origin(Path.of("seeds/a.md"), 7).withBodyIn(Path.of("/abs/seeds/a.md"), 42L);
        for (String time : List.of("2024-02-29T23:59:59.123456789+05:30", "1969-12-31T23:59:59-09:30", "2025-06-05T08:00Z")) {
            Page page = Page.builder("a-story", "A “story” — 東京", origin).kind(PageKind.BRIEF).source("Coast Times")
                    .published(OffsetDateTime.parse(time)).date(OffsetDateTime.parse(time).toLocalDate(), DateSource.PUBLISHED)
                    .relativeTime("2 hours ago").authors(List.of("Ana Silva", "Bo Li")).location("Porto").imageCaption("A cap")
                    .imageCredit("Photo: X").topics(List.of("World")).tags(List.of("Ports", "Ships")).copyright("© 2025")
                    .summary("Short.").related(List.of(new RelatedItem("T", "S", "1 day ago", "Sum", "t"))).seed("raw")
                    .body("Body.").build();
            Page back = roundTrip(page);
            assertEquals(page, back, time);
            assertEquals(page.published().get().toString(), back.published().get().toString(), time);
        }
        Page undated = Page.builder("b", "B", new Origin(Path.of("seeds/b.md"), 1)).build();
        assertEquals(undated, roundTrip(undated));
        Page dateOnly = undated.toBuilder().date(LocalDate.of(1900, 1, 1), DateSource.PUBLISHED).build();
        assertEquals(dateOnly, roundTrip(dateOnly));
    }
}
