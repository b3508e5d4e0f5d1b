package dev.sitegen.extract;

import dev.sitegen.model.DateSource;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * Picks the best date the text states, in order of trust: the published stamp, the updated stamp,
 * the wire dateline (its year taken from elsewhere in the text, never invented), a date in the
 * photo caption. A relative time is never turned into a date: a dump has no capture time.
 */
final class DateResolver {

    record Resolved(Optional<LocalDate> date, Optional<DateSource> source) {
        static final Resolved NONE = new Resolved(Optional.empty(), Optional.empty());
    }

    private DateResolver() {
    }

    static Resolved resolve(ExtractionDraft draft, List<LineInfo> lines) {
        if (draft.published.isPresent()) {
            return of(draft.published.get(), DateSource.PUBLISHED);
        }
        if (draft.updated.isPresent()) {
            return of(draft.updated.get(), DateSource.UPDATED);
        }
        Optional<DateTimeParser.StatedDate> caption = DateTimeParser.find(draft.imageCaption);
        if (draft.dateline.isPresent() && draft.dateline.get().monthDay().isPresent()) {
            MonthDay md = draft.dateline.get().monthDay().get();
            OptionalInt year = draft.dateline.get().year().map(OptionalInt::of).orElse(OptionalInt.empty());
            if (year.isEmpty()) {
                year = yearElsewhere(md, caption, draft, lines);
            }
            if (year.isPresent() && md.isValidYear(year.getAsInt())) {
                return new Resolved(Optional.of(md.atYear(year.getAsInt())), Optional.of(DateSource.DATELINE));
            }
        }
        if (caption.isPresent()) {
            return of(caption.get(), DateSource.CAPTION);
        }
        return Resolved.NONE;
    }

    private static Resolved of(DateTimeParser.StatedDate stated, DateSource source) {
        LocalDate date = stated.dateTime().map(t -> t.toLocalDate()).orElse(stated.date());
        return new Resolved(Optional.of(date), Optional.of(source));
    }

    /**
     * The year for a dateline's month and day: from the caption's date, the copyright notice, or a
     * full date with the same month and day anywhere in the text.
     */
    private static OptionalInt yearElsewhere(MonthDay md, Optional<DateTimeParser.StatedDate> caption,
            ExtractionDraft draft, List<LineInfo> lines) {
        if (caption.isPresent()) {
            return OptionalInt.of(caption.get().date().getYear());
        }
        if (!draft.copyright.isEmpty()) {
            OptionalInt year = CopyrightLine.year(draft.copyright);
            if (year.isPresent()) {
                return year;
            }
        }
        for (LineInfo line : lines) {
            Optional<DateTimeParser.StatedDate> date = DateTimeParser.find(line.text());
            if (date.isPresent() && MonthDay.from(date.get().date()).equals(md)) {
                return OptionalInt.of(date.get().date().getYear());
            }
        }
        return OptionalInt.empty();
    }
}
