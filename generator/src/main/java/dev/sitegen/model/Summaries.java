package dev.sitegen.model;

import java.util.regex.Pattern;

/** Shortens text for listings and link previews, at a sentence end where there is one. */
public final class Summaries {

    /** Long enough for two sentences of news, short enough for a card. */
    public static final int LIMIT = 300;

    private static final Pattern SPACES = Pattern.compile("\\s+");

    private Summaries() {
    }

    public static String shorten(String text) {
        String s = SPACES.matcher(text.strip()).replaceAll(" ");
        if (s.length() <= LIMIT) {
            return s;
        }
        int cut = -1;
        for (int i = 0; i < LIMIT; i++) {
            char c = s.charAt(i);
            if ((c == '.' || c == '?' || c == '!') && s.charAt(i + 1) == ' ') {
                cut = i + 1;
            }
        }
        if (cut > LIMIT / 3) {
            return s.substring(0, cut);
        }
        int space = s.lastIndexOf(' ', LIMIT - 1);
        return s.substring(0, space > 0 ? space : LIMIT) + "…";
    }
}
