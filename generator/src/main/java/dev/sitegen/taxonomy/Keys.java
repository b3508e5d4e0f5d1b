package dev.sitegen.taxonomy;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/** Comparison keys for words and names: lower case, no diacritics, one kind of apostrophe. */
final class Keys {

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");

    private Keys() {
    }

    static String fold(String text) {
        boolean ascii = true;
        for (int i = 0; i < text.length() && ascii; i++) {
            ascii = text.charAt(i) < 128;
        }
        if (ascii) {
            return text.toLowerCase(Locale.ROOT);
        }
        // Only non-ASCII text pays for Unicode decomposition (keeps tokenising fast).
        String s = MARKS.matcher(Normalizer.normalize(text, Normalizer.Form.NFKD)).replaceAll("");
        return s.replace('\u2019', '\'').replace('\u2018', '\'').toLowerCase(Locale.ROOT);
    }

    /** A key with a trailing full stop removed ("Gen." and "Gen" are the same title). */
    static String foldNoDot(String text) {
        String f = fold(text);
        return f.endsWith(".") ? f.substring(0, f.length() - 1) : f;
    }

    static boolean isCapitalised(String word) {
        return !word.isEmpty() && Character.isUpperCase(word.codePointAt(0));
    }

    /** Two or more letters and every letter upper case: an acronym such as NATO or CNBC. */
    static boolean isAllCaps(String word) {
        int letters = 0;
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            if (Character.isLetter(c)) {
                if (!Character.isUpperCase(c)) {
                    return false;
                }
                letters++;
            }
        }
        return letters >= 2;
    }

    static boolean hasDigit(String word) {
        for (int i = 0; i < word.length(); i++) {
            if (Character.isDigit(word.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    static boolean hasLetter(String word) {
        for (int i = 0; i < word.length(); i++) {
            if (Character.isLetter(word.charAt(i))) {
                return true;
            }
        }
        return false;
    }
}
