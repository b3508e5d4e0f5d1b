package dev.sitegen.extract;

import dev.sitegen.model.DateSource;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The fields found so far while reading one dump. Each field keeps the first value found, except
 * the source, which keeps the most trustworthy one (see {@link SourceRank}). One draft per call to
 * {@link DumpExtractor#extract}; never shared.
 */
final class ExtractionDraft {

    /** Where a source name was read, most trustworthy first. */
    enum SourceRank { HEADER, LABEL, BYLINE, DATELINE, NONE }

    String title = "";
    String source = "";
    SourceRank sourceRank = SourceRank.NONE;
    String relativeTime = "";
    final List<String> authors = new ArrayList<>();
    String location = "";
    String imageCaption = "";
    String imageCredit = "";
    final List<BodyBlock> blocks = new ArrayList<>();
    String copyright = "";
    final List<Teaser> related = new ArrayList<>();
    Optional<DateTimeParser.StatedDate> published = Optional.empty();
    Optional<DateTimeParser.StatedDate> updated = Optional.empty();
    Optional<DatelineParser.Dateline> dateline = Optional.empty();

    void offerSource(String name, SourceRank rank) {
        if (name != null && !name.isBlank() && rank.ordinal() < sourceRank.ordinal()) {
            source = name;
            sourceRank = rank;
        }
    }

    void offerRelativeTime(String time) {
        if (relativeTime.isEmpty() && time != null) {
            relativeTime = time;
        }
    }

    void offerCaption(String caption, String credit) {
        if (imageCaption.isEmpty() && caption != null && !caption.isBlank()) {
            imageCaption = caption;
            if (imageCredit.isEmpty() && credit != null) {
                imageCredit = credit;
            }
        }
    }

    void offerCredit(String credit) {
        if (imageCredit.isEmpty() && credit != null) {
            imageCredit = credit;
        }
    }

    void offerCopyright(String line) {
        if (copyright.isEmpty()) {
            copyright = line;
        }
    }

    void offerByline(BylineParser.Byline byline) {
        if (authors.isEmpty()) {
            authors.addAll(byline.authors());
        }
        if (location.isEmpty()) {
            location = byline.location();
        }
        offerSource(byline.source(), SourceRank.BYLINE);
        for (String part : byline.otherParts()) {
            RelativeTimeParser.parse(part).ifPresent(r -> offerRelativeTime(r.text()));
            DateLineParser.parse(part).ifPresent(this::offerDateLine);
        }
    }

    void offerDateLine(DateLineParser.DateLine line) {
        for (DateLineParser.Stamp stamp : line.stamps()) {
            if (!stamp.relative().isEmpty()) {
                offerRelativeTime(stamp.relative());
            }
            if (stamp.date().isPresent()) {
                if (stamp.kind() == DateSource.UPDATED) {
                    updated = better(updated, stamp.date().get());
                } else {
                    published = better(published, stamp.date().get());
                }
            }
        }
    }

    /** The first stamp wins, unless a later one states the time the first one lacks. */
    private static Optional<DateTimeParser.StatedDate> better(Optional<DateTimeParser.StatedDate> current,
            DateTimeParser.StatedDate offered) {
        if (current.isEmpty() || current.get().dateTime().isEmpty() && offered.dateTime().isPresent()) {
            return Optional.of(offered);
        }
        return current;
    }
}
