package dev.sitegen.extract;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads a line naming where an article comes from: "Source: AFP", "Provided by Kyodo News". */
final class SourceLineParser {

    private static final Pattern LINE = Pattern.compile(
            "^(?:sources?|provided by|courtesy of|content from|distributed by|syndicated from|via|origin(?:al)?(?: source)?)"
                    + "\\s*:?\\s+(.{2,60}?)\\.?$",
            Pattern.CASE_INSENSITIVE);

    private SourceLineParser() {
    }

    static Optional<String> parse(String line) {
        if (line.length() > 80) {
            return Optional.empty();
        }
        Matcher m = LINE.matcher(line);
        if (!m.matches()) {
            return Optional.empty();
        }
        String name = LineNormalizer.trim(m.group(1));
        if (name.isEmpty() || !RelativeTimeParser.looksLikeName(name) || !Character.isUpperCase(name.codePointAt(0))) {
            return Optional.empty();
        }
        return Optional.of(name);
    }
}
