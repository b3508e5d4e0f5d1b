package dev.sitegen.cache;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.sitegen.model.DateSource;
import dev.sitegen.model.Origin;
import dev.sitegen.model.Page;
import dev.sitegen.model.PageKind;
import dev.sitegen.model.RelatedItem;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

class CacheCodecTest {

    private static Page roundTrip(Page page) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            new CacheOutput(out).page(page);
        }
        return new CacheInput(new DataInputStream(new ByteArrayInputStream(bytes.toByteArray()))).page();
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
