package dev.sitegen.extract;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a line that ends in a relative time ("Japan Today6 hours ago", "time17 minutes ago",
 * "Last updated 2 hours ago"). The time is kept as printed; whatever is glued in front is
 * returned as a prefix so the caller can tell a source name from an icon label.
 */
final class RelativeTimeParser {

    /** What is in front of the time: a source, an icon label, a label like "Updated", or nothing. */
    enum PrefixKind { NONE, SOURCE, ICON, LABEL }

    record RelativeTime(String text, String prefix, PrefixKind prefixKind) {
    }

    private static final String WORD_NUMBER =
            "(?:an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|a\\s+few|few|several)";
    private static final String UNIT =
            "(?:seconds?|secs?|minutes?|mins?|hours?|hrs?|days?|weeks?|wks?|months?|years?|yrs?)";
    static final String RELATIVE = "(?:(?:\\d{1,3}\\s*(?:" + UNIT + "|[smhdw])|" + WORD_NUMBER + "\\s+" + UNIT + ")"
            + "\\.?\\s+ago|yesterday|just\\s+now|moments?\\s+ago)";

    private static final int MAX_LINE = 90;
    private static final Pattern LINE = Pattern.compile(
            "^(.{0,70}?)(" + RELATIVE + ")$", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern SEPARATORS = Pattern.compile("[\\s|·•●▪–—:,/-]+$");
    private static final Pattern LABEL = Pattern.compile(
            "(?:last\\s+)?(?:updated|modified|edited|published|posted|first\\s+published|created)(?:\\s+on|\\s+at)?",
            Pattern.CASE_INSENSITIVE);
    private static final Set<String> CONNECTORS = Set.of("of", "the", "and", "de", "du", "la", "le", "el", "for", "on", "in");
    /** An icon's alt text glued between source and time: "Japan Todaytime3 hours ago". */
    private static final Pattern GLUED_ICON = Pattern.compile("(?<=\\p{L})(?:time|clock|schedule|calendar|icon)$");
    private static final Pattern BULLET = Pattern.compile("^[•●▪·*-]+\\s*");

    private RelativeTimeParser() {
    }

    /** The relative time a short line ends with, if the line is nothing but prefix and time. */
    static Optional<RelativeTime> parse(String line) {
        if (line.length() > MAX_LINE || !endsLikeATime(line)) {
            return Optional.empty();
        }
        Matcher m = LINE.matcher(line);
        if (!m.matches()) {
            return Optional.empty();
        }
        String raw = m.group(1);
        String time = m.group(2).replaceAll("\\s+", " ");
        String prefix = LineNormalizer.trim(BULLET.matcher(SEPARATORS.matcher(raw).replaceAll("")).replaceAll(""));
        Matcher icon = GLUED_ICON.matcher(prefix);
        if (icon.find()) {
            prefix = LineNormalizer.trim(SEPARATORS.matcher(prefix.substring(0, icon.start())).replaceAll(""));
        }
        PrefixKind kind = kindOf(prefix);
        if (kind == PrefixKind.SOURCE && !looksLikeName(prefix)) {
            return Optional.empty(); // "The talks ended yesterday" is a sentence, not a dateline
        }
        return Optional.of(new RelativeTime(time, prefix, kind));
    }

    private static boolean endsLikeATime(String line) {
        int n = line.length();
        return line.regionMatches(true, Math.max(0, n - 3), "ago", 0, 3)
                || line.regionMatches(true, Math.max(0, n - 9), "yesterday", 0, 9)
                || line.regionMatches(true, Math.max(0, n - 3), "now", 0, 3);
    }

    /** A source name: at most five words, each capitalised or a small connecting word. */
    static boolean looksLikeName(String prefix) {
        String[] words = prefix.split("\\s+");
        if (words.length > 5 || prefix.length() > 40) {
            return false;
        }
        for (String w : words) {
            String bare = LineStats.bare(w);
            if (bare.isEmpty()) {
                continue;
            }
            char c = bare.charAt(0);
            boolean connector = CONNECTORS.contains(bare.toLowerCase(Locale.ROOT));
            if (!connector && Character.isLowerCase(c)) {
                return false;
            }
        }
        return true;
    }

    private static PrefixKind kindOf(String prefix) {
        if (prefix.isEmpty()) {
            return PrefixKind.NONE;
        }
        if (LABEL.matcher(prefix).matches()) {
            return PrefixKind.LABEL;
        }
        boolean oneLowerWord = prefix.indexOf(' ') < 0 && prefix.chars().allMatch(Character::isLowerCase);
        return oneLowerWord ? PrefixKind.ICON : PrefixKind.SOURCE;
    }
}
