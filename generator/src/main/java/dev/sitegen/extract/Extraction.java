package dev.sitegen.extract;

import dev.sitegen.model.DateSource;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What the extractor read out of one raw dump. Text fields are empty strings when absent (shown as
 * JSON null by {@code extract}); lists are empty, never null.
 *
 * @param valid         false when no article was found; {@code invalidReason} then says why
 * @param blocks        the article body in reading order: paragraphs and subheadings, verbatim
 * @param date          best known date for ordering, with {@code dateSource} saying where it came from
 */
public record Extraction(
        boolean valid,
        String invalidReason,
        String title,
        String source,
        Optional<OffsetDateTime> published,
        String relativeTime,
        List<String> authors,
        String location,
        String imageCaption,
        String imageCredit,
        List<BodyBlock> blocks,
        String copyright,
        List<Teaser> related,
        Optional<LocalDate> date,
        Optional<DateSource> dateSource) {

    public Extraction {
        invalidReason = text(invalidReason);
        title = text(title);
        source = text(source);
        Objects.requireNonNull(published, "published");
        relativeTime = text(relativeTime);
        authors = List.copyOf(authors);
        location = text(location);
        imageCaption = text(imageCaption);
        imageCredit = text(imageCredit);
        blocks = List.copyOf(blocks);
        copyright = text(copyright);
        related = List.copyOf(related);
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(dateSource, "dateSource");
    }

    /** The body paragraphs alone, in order (JSON key {@code body}). */
    public List<String> body() {
        return blocks.stream().filter(b -> b.type() == BodyBlock.Type.PARAGRAPH).map(BodyBlock::text).toList();
    }

    /** The subheadings alone, in order (JSON key {@code subheadings}). */
    public List<String> subheadings() {
        return blocks.stream().filter(b -> b.type() == BodyBlock.Type.SUBHEADING).map(BodyBlock::text).toList();
    }

    private static String text(String s) {
        return s == null ? "" : s;
    }
}
