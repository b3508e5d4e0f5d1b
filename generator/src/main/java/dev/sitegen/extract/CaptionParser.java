package dev.sitegen.extract;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits a photo caption from the credit printed at its end ("... June 9, 2025. REUTERS/Toby
 * Melville", "... in Tokyo. (Kyodo)", "... (Photo: AFP)") and recognises a credit on a line of its
 * own. The caption keeps its own wording and punctuation; the credit loses only the brackets and a
 * "Photo:"-style label.
 */
final class CaptionParser {

    record Caption(String caption, String credit) {
    }

    /** A credit is never longer than this, so only the end of a line is worth a look. */
    private static final int CREDIT_TAIL = 110;

    /** "REUTERS/Toby Melville", "AP Photo/Eugene Hoshiko", "AFP/Getty Images", "EPA-EFE/JIJI". */
    private static final String AGENCY_SLASH =
            "\\p{Lu}[\\p{L}.&'’-]*(?:\\s\\p{Lu}[\\p{L}.&'’-]*){0,2}(?:\\s[Pp]hoto)?\\s?/\\s?[^/()\\[\\]]{2,60}?(?:\\s?/\\s?[^/()\\[\\]]{2,40}?)?";
    private static final String LABEL =
            "(?:photo(?:graph)?s?|image|picture|pic|credit|file photo|photo credit|image credit|graphic|video)"
                    + "(?:\\s+by|\\s+courtesy\\s+of|\\s*:|\\s*/)\\s*";
    private static final String END = "(?:[.!?\"”’)]|\\d)";

    private static final Pattern TRAILING_SLASH = Pattern.compile(
            "^(.*" + END + ")\\s+\\(?(" + AGENCY_SLASH + ")\\)?$");
    private static final Pattern TRAILING_LABEL = Pattern.compile(
            "^(.*" + END + ")\\s*[(\\[]\\s*(" + LABEL + "[^)\\]]{2,80})[)\\]]$", Pattern.CASE_INSENSITIVE);
    private static final Pattern TRAILING_BARE_LABEL = Pattern.compile(
            "^(.*" + END + ")\\s+(" + LABEL + ".{2,60})$", Pattern.CASE_INSENSITIVE);
    private static final Pattern TRAILING_ORG = Pattern.compile(
            "^(.*[.!?\"”’])\\s*[(\\[](\\p{Lu}[\\p{L}.&'’-]*(?:\\s\\p{Lu}[\\p{L}.&'’-]*){0,3})[)\\]]$");
    private static final Pattern LEADING_LABEL = Pattern.compile(
            "^(?:image caption|photo caption|caption|pictured|in (?:the )?(?:photo|picture))\\s*[:,]\\s+",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern CREDIT_ONLY = Pattern.compile(
            "^[(\\[]?(?:(" + LABEL + ".{2,60}?)|(" + AGENCY_SLASH + "))[)\\]]?$", Pattern.CASE_INSENSITIVE);
    private static final Pattern LABEL_AT_START = Pattern.compile("^" + LABEL, Pattern.CASE_INSENSITIVE);

    private CaptionParser() {
    }

    /** A caption with a credit at its end, if the line has one. */
    static Optional<Caption> split(String line) {
        if (!mayEndInCredit(line)) {
            return Optional.empty();
        }
        String text = LEADING_LABEL.matcher(line).replaceFirst("");
        for (Pattern p : new Pattern[] {TRAILING_SLASH, TRAILING_LABEL, TRAILING_BARE_LABEL, TRAILING_ORG}) {
            Matcher m = p.matcher(text);
            if (m.matches() && LineStats.of(m.group(1)).words() >= 3) {
                String credit = cleanCredit(m.group(2));
                if (p == TRAILING_ORG && !NameShapes.isOrganisation(credit)) {
                    continue; // "(Ahmed Khan)" in running text is a name, not a credit
                }
                return Optional.of(new Caption(LineNormalizer.trim(m.group(1)), credit));
            }
        }
        return Optional.empty();
    }

    /**
     * A caption inside the body, where a false positive would cost a paragraph: only a wire-style
     * credit in capitals ("REUTERS/Issei Kato", "AP Photo/...") or a bracketed "(Photo: ...)".
     */
    static Optional<Caption> splitStrict(String line) {
        if (!mayEndInCredit(line)) {
            return Optional.empty();
        }
        for (Pattern p : new Pattern[] {TRAILING_SLASH, TRAILING_LABEL}) {
            Matcher m = p.matcher(line);
            if (m.matches() && LineStats.of(m.group(1)).words() >= 3) {
                String credit = cleanCredit(m.group(2));
                String agency = credit.split("[/ ]")[0];
                if (p == TRAILING_LABEL || LineStats.of(agency).allCaps() || m.group(2).contains("Photo/")) {
                    return Optional.of(new Caption(LineNormalizer.trim(m.group(1)), credit));
                }
            }
        }
        return Optional.empty();
    }

    /** The caption text of a line labelled "Caption:" or "Image caption,", without the label. */
    static Optional<String> labelled(String line) {
        Matcher m = LEADING_LABEL.matcher(line);
        return m.find() ? Optional.of(line.substring(m.end())) : Optional.empty();
    }

    /** The credit, when the whole line is one: "REUTERS/Toby Melville", "(Photo: Kyodo)". */
    static Optional<String> creditOnly(String line) {
        if (line.length() > 90) {
            return Optional.empty();
        }
        Matcher m = CREDIT_ONLY.matcher(line);
        if (!m.matches()) {
            return Optional.empty();
        }
        String credit = cleanCredit(m.group(1) != null ? m.group(1) : m.group(2));
        if (LineStats.of(credit).words() > 8 || LineStats.of(credit).endsSentence() && !credit.endsWith(".")) {
            return Optional.empty();
        }
        return Optional.of(credit);
    }

    /** Every credit form ends with a slash name, a bracket or a label in its last characters. */
    private static boolean mayEndInCredit(String line) {
        String tail = line.substring(Math.max(0, line.length() - CREDIT_TAIL)).toLowerCase(Locale.ROOT);
        return tail.indexOf('/') >= 0 || tail.indexOf(')') >= 0 || tail.indexOf(']') >= 0 || tail.contains("photo")
                || tail.contains("image") || tail.contains("picture") || tail.contains("credit")
                || tail.contains("graphic") || tail.contains("video") || tail.contains("pic");
    }

    private static String cleanCredit(String raw) {
        String credit = LABEL_AT_START.matcher(LineNormalizer.trim(raw)).replaceFirst("");
        return LineNormalizer.trim(credit);
    }
}
