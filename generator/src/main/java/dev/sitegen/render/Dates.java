package dev.sitegen.render;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Formats dates for readers, in the site's language, the same on every machine. */
final class Dates {

    private final DateTimeFormatter label;

    Dates(String language) {
        Locale locale = Locale.forLanguageTag(language);
        this.label = DateTimeFormatter.ofLocalizedDate(java.time.format.FormatStyle.LONG).withLocale(locale);
    }

    String label(LocalDate date) {
        return label.format(date);
    }
}
