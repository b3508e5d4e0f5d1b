package dev.sitegen.model;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Turns display text into URL path segments: lower case ASCII letters, digits and single hyphens.
 * "São Paulo" and "Sao Paulo" share a slug; text with no Latin letters (習近平) keeps its letters,
 * since an empty slug would collide with every other such term.
 */
public final class Slugs {

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern INNER_DOT = Pattern.compile("(?<=\\p{L})\\.(?=\\p{L})");
    private static final Pattern NON_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");
    private static final int MAX_LENGTH = 80;

    private Slugs() {
    }

    public static String slugify(String text) {
        String s = text.replace("ß", "ss").replace("ł", "l").replace("Ł", "L").replace("ø", "o").replace("Ø", "O")
                .replace("đ", "d").replace("Đ", "D").replace("æ", "ae").replace("Æ", "AE").replace("&", " and ")
                .replace("'", "").replace("’", "");
        s = MARKS.matcher(Normalizer.normalize(s, Normalizer.Form.NFKD)).replaceAll("");
        s = INNER_DOT.matcher(s).replaceAll(""); // U.S. -> US
        s = NON_WORD.matcher(s.toLowerCase(Locale.ROOT)).replaceAll("-");
        s = trimHyphens(s);
        if (s.length() > MAX_LENGTH) {
            int cut = s.lastIndexOf('-', MAX_LENGTH);
            s = trimHyphens(s.substring(0, cut > MAX_LENGTH / 2 ? cut : MAX_LENGTH));
        }
        return s;
    }

    private static String trimHyphens(String s) {
        int start = 0;
        int end = s.length();
        while (start < end && s.charAt(start) == '-') {
            start++;
        }
        while (end > start && s.charAt(end - 1) == '-') {
            end--;
        }
        return s.substring(start, end);
    }
}
