package dev.sitegen.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a byline: "By Kate Holton, Alistair Smout and Andrea Shalal", "By A and B | Reuters",
 * "By Jane Doe in Tokyo", "Written by Jane Doe". A line is a byline only when every part after
 * "By" is a name, an organisation or a job title, so "By 2030, Japan aims ..." and
 * "By Monday, officials said ..." stay body text.
 */
final class BylineParser {

    /** Authors in printed order; the city after "in"; an organisation named in the byline. */
    record Byline(List<String> authors, String location, String source, List<String> otherParts) {
        Byline {
            authors = List.copyOf(authors);
            otherParts = List.copyOf(otherParts);
        }
    }

    private static final int MAX_LENGTH = 200;
    private static final Pattern PREFIX = Pattern.compile(
            "^(?:by|written by|words by|story by|text by|author|authors|byline)(?:\\s*:\\s*|\\s+)(?=\\S)",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern PART_SEPARATOR = Pattern.compile("\\s+[|·•–—]\\s+|\\s+-\\s+|\\s*\\|\\s*");
    private static final Pattern AUTHOR_SEPARATOR = Pattern.compile(
            "\\s*,\\s*and\\s+|\\s*,\\s*&\\s*|\\s+and\\s+|\\s*&\\s*|\\s*,\\s*|\\s*;\\s*");
    private static final Pattern IN_PLACE = Pattern.compile(
            "^(.+?)\\s+in\\s+(\\p{Lu}[\\p{L}\\p{M}.'’-]*(?:\\s+\\p{Lu}[\\p{L}\\p{M}.'’-]*){0,2})$");

    private static final Pattern TRAILING_RELATIVE = Pattern.compile(
            "[\\s,|·•–—-]+(?:updated\\s+|published\\s+)?(" + RelativeTimeParser.RELATIVE + ")\\s*$",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern TRAILING_WEEKDAY = Pattern.compile(
            "(?:[\\s,|·•–—-]+(?:on|published|updated))?[\\s,|·•–—-]*"
                    + "(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\\.?,?\\s*)?$",
            Pattern.CASE_INSENSITIVE);

    private BylineParser() {
    }

    /**
     * Cuts a date or relative time printed straight after the names ("By Jane Doe June 3, 2025",
     * "By Jane Doe 6 hours ago") into {@code out}; returns the names part.
     */
    private static String cutTrailingStamp(String rest, List<String> out) {
        Matcher relative = TRAILING_RELATIVE.matcher(rest);
        if (relative.find() && relative.start() > 0) {
            out.add(relative.group(1));
            return rest.substring(0, relative.start());
        }
        Optional<DateTimeParser.StatedDate> date = DateTimeParser.find(rest);
        if (date.isPresent() && date.get().start() > 0) {
            int cut = date.get().start();
            Matcher weekday = TRAILING_WEEKDAY.matcher(rest.substring(0, cut));
            if (weekday.find()) {
                cut = weekday.start();
            }
            out.add(LineNormalizer.trim(rest.substring(cut)));
            return rest.substring(0, cut);
        }
        return rest;
    }

    static Optional<Byline> parse(String line) {
        if (line.length() > MAX_LENGTH) {
            return Optional.empty();
        }
        Matcher prefix = PREFIX.matcher(line);
        if (!prefix.find()) {
            return Optional.empty();
        }
        String rest = line.substring(prefix.end());
        int first = rest.codePointAt(0);
        if (!Character.isUpperCase(first) && !NameShapes.isIdeographic(rest.substring(0, Character.charCount(first)))) {
            return Optional.empty(); // "by then", "by 2030"
        }
        if (rest.endsWith(".") && !rest.matches(".*\\b\\p{Lu}\\.$")) {
            return Optional.empty(); // a sentence, not a credit
        }
        List<String> trailing = new ArrayList<>();
        rest = cutTrailingStamp(rest, trailing);
        String[] parts = PART_SEPARATOR.split(rest);
        List<String> authors = new ArrayList<>();
        String location = "";
        String source = "";
        boolean roles = false;
        for (String piece : AUTHOR_SEPARATOR.split(parts[0])) {
            String name = LineNormalizer.trim(piece);
            if (name.isEmpty()) {
                continue;
            }
            Matcher in = IN_PLACE.matcher(name);
            if (in.matches() && (NameShapes.isPersonName(in.group(1)) || NameShapes.isOrganisation(in.group(1)))) {
                name = in.group(1);
                location = location.isEmpty() ? in.group(2) : location;
            }
            if (NameShapes.isPersonName(name)) {
                authors.add(name);
            } else if (NameShapes.isRole(name)) {
                roles = true; // "Staff Writer", "Senior Correspondent"
            } else if (NameShapes.isOrganisation(name)) {
                source = source.isEmpty() ? NameShapes.withoutRole(name) : source;
            } else {
                return Optional.empty(); // something other than names: not a byline
            }
        }
        List<String> other = new ArrayList<>(trailing);
        for (int i = 1; i < parts.length; i++) {
            String part = LineNormalizer.trim(parts[i]);
            if (part.isEmpty()) {
                continue;
            }
            if (source.isEmpty() && NameShapes.isOrganisation(part) && RelativeTimeParser.parse(part).isEmpty()) {
                source = NameShapes.withoutRole(part);
            } else {
                other.add(part);
            }
        }
        if (authors.isEmpty() && source.isEmpty() && !roles) {
            return Optional.empty();
        }
        return Optional.of(new Byline(authors, location, source, other));
    }
}
