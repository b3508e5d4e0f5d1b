package dev.sitegen.extract;

import java.util.Locale;
import java.util.Set;

/**
 * Shape statistics of one line, in the manner of jusText and boilerpipe: word count, stop-word
 * density, letter case, closing punctuation. Running text is long, full of stop words and ends
 * in a sentence mark; page chrome is short, has few stop words and rarely ends in one.
 */
record LineStats(
        int length,
        int words,
        int stopWords,
        int letters,
        int upper,
        int lower,
        int digits,
        int capitalizedWords,
        char lastMark,
        String firstWord) {

    static final Set<String> STOP_WORDS = WordList.words("stopwords-en.txt");

    /** Below this many words a line is never a paragraph by itself. */
    static final int GOOD_MIN_WORDS = 10;
    static final double GOOD_MIN_STOP_DENSITY = 0.12;

    static LineStats of(String text) {
        int words = 0;
        int stop = 0;
        int letters = 0;
        int upper = 0;
        int lower = 0;
        int digits = 0;
        int capitalized = 0;
        String first = "";
        int n = text.length();
        int i = 0;
        while (i < n) {
            while (i < n && Character.isWhitespace(text.charAt(i))) {
                i++;
            }
            if (i >= n) {
                break;
            }
            int start = i;
            while (i < n && !Character.isWhitespace(text.charAt(i))) {
                char c = text.charAt(i);
                if (Character.isLetter(c)) {
                    letters++;
                    if (Character.isUpperCase(c)) {
                        upper++;
                    } else if (Character.isLowerCase(c)) {
                        lower++;
                    }
                } else if (Character.isDigit(c)) {
                    digits++;
                }
                i++;
            }
            String token = bare(text.substring(start, i));
            if (token.isEmpty()) {
                continue;
            }
            words++;
            String low = token.toLowerCase(Locale.ROOT);
            if (words == 1) {
                first = low;
            }
            if (STOP_WORDS.contains(low)) {
                stop++;
            }
            if (Character.isUpperCase(token.charAt(0)) || Character.isDigit(token.charAt(0))) {
                capitalized++;
            }
        }
        return new LineStats(n, words, stop, letters, upper, lower, digits, capitalized, lastMark(text), first);
    }

    /** A token without the punctuation around it ("(Reuters)," gives "Reuters"). */
    static String bare(String token) {
        int a = 0;
        int b = token.length();
        while (a < b && !Character.isLetterOrDigit(token.charAt(a))) {
            a++;
        }
        while (b > a && !Character.isLetterOrDigit(token.charAt(b - 1))) {
            b--;
        }
        return token.substring(a, b);
    }

    /** The last character that is not a closing quote or bracket; 0 for an empty line. */
    private static char lastMark(String text) {
        for (int i = text.length() - 1; i >= 0; i--) {
            char c = text.charAt(i);
            if ("\"'”’»)]".indexOf(c) < 0) {
                return c;
            }
        }
        return 0;
    }

    double stopDensity() {
        return words == 0 ? 0 : (double) stopWords / words;
    }

    /** Ends like a sentence: full stop, question or exclamation mark, ellipsis. */
    boolean endsSentence() {
        return lastMark == '.' || lastMark == '?' || lastMark == '!' || lastMark == '…';
    }

    /** Ends with a mark a heading or title never ends with. */
    boolean endsClause() {
        return lastMark == '.' || lastMark == ',' || lastMark == ';' || lastMark == ':';
    }

    boolean allCaps() {
        return upper >= 2 && lower == 0;
    }

    /** Running text: long enough, dense in stop words, and a sentence (or very long). */
    boolean isGood() {
        return words >= GOOD_MIN_WORDS && lower > 0 && stopDensity() >= GOOD_MIN_STOP_DENSITY
                && (endsSentence() || lastMark == ':' || words >= 30);
    }

    /** A short sentence ("\"We will fight,\" he said."): a paragraph when it sits in the body. */
    boolean isSentence() {
        return words >= 2 && lower > 0 && endsSentence();
    }

    /** Could be a headline: a handful of words, not a clause, not a list of links. */
    boolean isTitleLike() {
        return words >= 3 && words <= 30 && length <= 250 && letters * 2 >= length - words
                && lastMark != ':' && lastMark != ',' && lastMark != ';';
    }

    /** Could be a subheading inside a body: short, no clause punctuation, starts like a heading. */
    boolean isHeadingLike(String text) {
        if (words < 1 || words > 12 || length > 100 || endsClause() || text.isEmpty()) {
            return false;
        }
        char c = text.charAt(0);
        boolean startsWell = Character.isUpperCase(c) || Character.isDigit(c) || c == '"' || c == '“' || c == '\''
                || (Character.isLetter(c) && !Character.isLowerCase(c));
        if (!startsWell) {
            return false;
        }
        return words > 1 || (allCaps() && letters >= 3);
    }
}
