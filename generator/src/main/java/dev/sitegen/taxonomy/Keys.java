package dev.sitegen.taxonomy;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/** Comparison keys for words and names: lower case, no diacritics, one kind of apostrophe. */
final class Keys {

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");

    private Keys() {
    }

    /**
     * An unmodifiable hash set. Used for the word lists instead of Set.copyOf: lookups that miss, the
     * common case, are cheaper in a HashSet (hash compared before equals).
     */
    static <T> java.util.Set<T> frozen(java.util.Set<T> set) {
        return java.util.Collections.unmodifiableSet(new java.util.HashSet<>(set));
    }

    static <K, V> java.util.Map<K, V> frozen(java.util.Map<K, V> map) {
        return java.util.Collections.unmodifiableMap(new java.util.HashMap<>(map));
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

    /** Number of space-separated words in a name or phrase that has single spaces. */
    static int wordCount(String phrase) {
        int n = 1;
        for (int i = 0; i < phrase.length(); i++) {
            if (phrase.charAt(i) == ' ') {
                n++;
            }
        }
        return n;
    }

    /** Trims and collapses runs of white space to one space, without a regular expression. */
    static String collapseSpaces(String text) {
        StringBuilder sb = new StringBuilder(text.length());
        boolean space = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                space = sb.length() > 0;
            } else {
                if (space) {
                    sb.append(' ');
                    space = false;
                }
                sb.append(c);
            }
        }
        return sb.toString();
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
