package dev.sitegen.extract;

import dev.sitegen.model.DateSource;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a metadata line that states when an article was published or updated:
 * "Published June 3, 2025 10:42 AM GMT+9", "Updated: 2025-06-03T01:42:00Z",
 * "Published: Tue, June 3, 2025, 6:05 PM JST | Updated 2 hours ago", or a bare
 * "June 3, 2025". A sentence that merely contains a date is not such a line.
 */
final class DateLineParser {

    /** One labelled statement; {@code date} or {@code relative} is set. */
    record Stamp(DateSource kind, Optional<DateTimeParser.StatedDate> date, String relative) {
    }

    /** The stamps of the line and a leftover name ("Japan Today | June 3, 2025"), possibly empty. */
    record DateLine(List<Stamp> stamps, String prefix) {
        DateLine {
            stamps = List.copyOf(stamps);
        }
    }

    private static final int MAX_LENGTH = 160;
    /** Words left over beyond date, time, zone and labels before a line counts as prose. */
    private static final int MAX_LEFTOVER_WORDS = 3;
    private static final Pattern LABEL = Pattern.compile(
            "(?<![\\p{L}])(first published|published|posted|last updated|last modified|updated|modified|date|released|issued)"
                    + "(?:\\s+(?:on|at))?\\s*:?\\s*",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern NOISE = Pattern.compile(
            "(?i)\\b(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)(?:day|sday|nesday|rsday|urday)?\\b\\.?"
                    + "|\\d{1,2}(?:[:.]\\d{2}){1,2}|\\b\\d{1,2}\\s*(?=[ap]\\.?m)|\\b[ap]\\.?m\\.?(?![\\p{L}])"
                    + "|\\b(?:GMT|UTC)\\s*[+\\-−]?\\s*\\d{0,2}(?::?\\d{2})?|[+\\-]\\d{2}:?\\d{2}\\b|\\([^)]*\\)"
                    + "|\\b(?:at|on)\\b|[|·•,–—/]");

    private DateLineParser() {
    }

    static Optional<DateLine> parse(String line) {
        if (line.length() > MAX_LENGTH || !hasDigit(line)) {
            return Optional.empty();
        }
        Matcher label = LABEL.matcher(line);
        List<int[]> labels = new ArrayList<>();
        while (label.find()) {
            if (label.start() == 0 || isSeparatedAt(line, label.start())
                    || Character.isUpperCase(line.charAt(label.start()))) {
                labels.add(new int[] {label.start(), label.end()});
            }
        }
        if (labels.isEmpty()) {
            return unlabelled(line);
        }
        List<Stamp> stamps = new ArrayList<>();
        String prefix = LineNormalizer.trim(line.substring(0, labels.get(0)[0])).replaceAll("[|·•,–—-]+$", "");
        if (!prefix.isEmpty() && !RelativeTimeParser.looksLikeName(LineNormalizer.trim(prefix))) {
            return Optional.empty();
        }
        for (int i = 0; i < labels.size(); i++) {
            int[] l = labels.get(i);
            int end = i + 1 < labels.size() ? labels.get(i + 1)[0] : line.length();
            String labelText = line.substring(l[0], l[1]).toLowerCase(Locale.ROOT);
            DateSource kind = labelText.contains("updated") || labelText.contains("modified")
                    ? DateSource.UPDATED : DateSource.PUBLISHED;
            String segment = line.substring(l[1], end);
            Optional<Stamp> stamp = stamp(kind, segment);
            if (stamp.isEmpty()) {
                return Optional.empty();
            }
            stamps.add(stamp.get());
        }
        return Optional.of(new DateLine(stamps, LineNormalizer.trim(prefix)));
    }

    private static Optional<DateLine> unlabelled(String line) {
        Optional<DateTimeParser.StatedDate> date = DateTimeParser.find(line);
        if (date.isEmpty()) {
            return Optional.empty();
        }
        String before = line.substring(0, date.get().start());
        String after = line.substring(date.get().end());
        String leftover = LineNormalizer.trim(NOISE.matcher(before).replaceAll(" ") + " " + NOISE.matcher(after).replaceAll(" "));
        leftover = stripKnownZones(leftover, date.get());
        if (LineStats.of(leftover).words() > MAX_LEFTOVER_WORDS) {
            return Optional.empty();
        }
        String prefix = LineNormalizer.trim(NOISE.matcher(before).replaceAll(" "));
        if (!prefix.isEmpty() && !RelativeTimeParser.looksLikeName(prefix)) {
            return Optional.empty();
        }
        return Optional.of(new DateLine(List.of(new Stamp(DateSource.PUBLISHED, date, "")), prefix));
    }

    private static Optional<Stamp> stamp(DateSource kind, String segment) {
        String text = LineNormalizer.trim(segment).replaceAll("[|·•,–—]+$", "");
        text = LineNormalizer.trim(text);
        Optional<RelativeTimeParser.RelativeTime> relative = RelativeTimeParser.parse(text);
        if (relative.isPresent() && relative.get().prefixKind() == RelativeTimeParser.PrefixKind.NONE) {
            return Optional.of(new Stamp(kind, Optional.empty(), relative.get().text()));
        }
        Optional<DateTimeParser.StatedDate> date = DateTimeParser.find(text);
        if (date.isEmpty()) {
            return Optional.empty();
        }
        String leftover = NOISE.matcher(text.substring(0, date.get().start()) + " " + text.substring(date.get().end()))
                .replaceAll(" ");
        if (LineStats.of(stripKnownZones(leftover, date.get())).words() > MAX_LEFTOVER_WORDS) {
            return Optional.empty();
        }
        return Optional.of(new Stamp(kind, date, ""));
    }

    /** Drops zone names the date parser understood ("JST"), so they do not count as prose. */
    private static String stripKnownZones(String text, DateTimeParser.StatedDate date) {
        StringBuilder out = new StringBuilder();
        for (String word : text.split("\\s+")) {
            if (!word.isEmpty() && ZoneOffsets.offset(LineStats.bare(word), date.date()).isEmpty()) {
                out.append(word).append(' ');
            }
        }
        return LineNormalizer.trim(out.toString());
    }

    private static boolean hasDigit(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (Character.isDigit(s.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    private static boolean isSeparatedAt(String line, int at) {
        String before = LineNormalizer.trim(line.substring(0, at));
        return before.isEmpty() || "|·•,–—-(".indexOf(before.charAt(before.length() - 1)) >= 0;
    }
}
