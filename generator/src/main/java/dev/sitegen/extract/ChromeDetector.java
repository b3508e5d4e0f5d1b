package dev.sitegen.extract;

import java.util.Set;
import java.util.regex.Pattern;

/**
 * Recognises page chrome by its form, one line at a time: known widget lines ("Advertisement",
 * "4 min read"), promo lines ("Read more: ..."), breadcrumbs ("Home > World > Asia"), calls to
 * action that address the reader ("Download our app ..."), and wire-service credit tails
 * ("Reporting by ...; Editing by ..."). Repetition across dumps and position are judged elsewhere.
 */
final class ChromeDetector {

    private static final Pattern WHOLE_LINE = WordList.wholeLinePattern("chrome-lines.txt");
    private static final Pattern PROMO = Pattern.compile(
            "^(?:" + WordList.alternatives("promo-prefixes.txt") + ")\\s*(?::|\\||›|»|>|–|—|·|•|-{1,2})\\s*\\S.*",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    /** A promo label on its own ("Read more:", "Related:"), heading a list of links. */
    private static final Pattern PROMO_LABEL = Pattern.compile(
            "^(?:" + WordList.alternatives("promo-prefixes.txt") + ")\\s*:?$",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern BREADCRUMB = Pattern.compile(
            "^[^>›»/|]{1,40}(?:\\s*(?:>|›|»|/|\\|)\\s*[^>›»/|]{1,40}){2,7}$");
    private static final Pattern SOCIAL_ROW = Pattern.compile(
            "^(?:(?:share(?: on| via)?|facebook|twitter|x|linkedin|whatsapp|reddit|telegram|email|e-mail|print|copy link|pinterest)"
                    + "[\\s|·•,/]*){2,}$",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern CREDIT_TAIL = Pattern.compile(
            "^(?:\\(?(?:additional )?(?:reporting|writing|editing|compiled|edited|produced|graphics|research) by\\b.*"
                    + "|==\\s*\\p{L}+\\s*(?:==)?)$",
            Pattern.CASE_INSENSITIVE);
    /** Any call-to-action word or phrase from the list, on word boundaries. */
    private static final Pattern CTA_WORDS = Pattern.compile(
            "(?<![\\p{L}])(?:" + String.join("|", WordList.words("cta-words.txt").stream().sorted()
                    .map(Pattern::quote).toList()) + ")(?![\\p{L}])",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Set<String> CTA_VERBS = WordList.words("cta-verbs.txt");
    /** Words that address the reader or speak for the site. */
    private static final Pattern READER_WORDS = Pattern.compile(
            "(?<![\\p{L}])(?:you|your|yours|you're|you’re|you'll|you’ll|our|us|we)(?![\\p{L}'’])",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern REPORTING = Pattern.compile("\\b(?:said|says|told|according to|announced)\\b",
            Pattern.CASE_INSENSITIVE);
    private static final int MAX_WIDGET_LENGTH = 120;
    /** Longer than this, a line is prose even if it mentions an app or a newsletter. */
    private static final int MAX_CTA_WORDS = 40;

    private ChromeDetector() {
    }

    static boolean isChrome(String line, LineStats stats) {
        return isWidget(line) || isPromo(line) || isPromoLabel(line) || isBreadcrumb(line, stats) || isCreditTail(line)
                || isCallToAction(line, stats);
    }

    /** A known widget or navigation line, matched as a whole. */
    static boolean isWidget(String line) {
        return line.length() <= MAX_WIDGET_LENGTH && (WHOLE_LINE.matcher(line).matches() || SOCIAL_ROW.matcher(line).matches());
    }

    static boolean isPromo(String line) {
        return PROMO.matcher(line).matches();
    }

    static boolean isPromoLabel(String line) {
        return line.length() <= 40 && PROMO_LABEL.matcher(line).matches();
    }

    static boolean isBreadcrumb(String line, LineStats stats) {
        return stats.words() <= 12 && !stats.endsSentence() && BREADCRUMB.matcher(line).matches()
                && (line.contains(">") || line.contains("›") || line.contains("»") || line.contains(" / ")
                || line.contains(" | "));
    }

    static boolean isCreditTail(String line) {
        return line.length() <= 200 && CREDIT_TAIL.matcher(line).matches();
    }

    /**
     * A call to action: mentions an app, newsletter, account and the like while speaking to the
     * reader, or opens with an imperative and speaks to the reader. Reported speech is left alone.
     */
    static boolean isCallToAction(String line, LineStats stats) {
        if (stats.words() == 0 || stats.words() > MAX_CTA_WORDS || REPORTING.matcher(line).find()) {
            return false;
        }
        char first = line.charAt(0);
        boolean quoted = first == '"' || first == '“' || first == '\'';
        boolean imperative = !quoted && CTA_VERBS.contains(stats.firstWord());
        boolean reader = READER_WORDS.matcher(line).find();
        boolean cta = CTA_WORDS.matcher(line).find();
        if (cta) {
            // "The app was launched in May." is news; "Newsletter sign-up" is a widget.
            return reader || imperative || stats.words() <= 8 && !stats.isSentence();
        }
        return imperative && reader && stats.words() <= 25;
    }
}
