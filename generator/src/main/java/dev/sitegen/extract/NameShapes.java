package dev.sitegen.extract;

import java.util.Arrays;
import java.util.Locale;
import java.util.Set;

/** Tells personal names from organisation names and job titles, for bylines and credits. */
final class NameShapes {

    static final Set<String> ORG_WORDS = WordList.words("org-words.txt");
    static final Set<String> ROLE_WORDS = WordList.words("role-words.txt");
    /** Lower-case particles inside personal names: "Ursula von der Leyen", "Luiz Inácio Lula da Silva". */
    private static final Set<String> PARTICLES = Set.of("de", "da", "das", "do", "dos", "del", "della", "der", "den",
            "di", "du", "la", "le", "van", "von", "ten", "ter", "zu", "bin", "binti", "ibn", "al", "el", "y", "af", "av");
    private static final int MAX_NAME_TOKENS = 5;

    private NameShapes() {
    }

    /** "Kate Holton", "Recep Tayyip Erdoğan", "J.K. Rowling", "習近平"; not "Monday, officials". */
    static boolean isPersonName(String s) {
        String[] tokens = s.strip().split("\\s+");
        if (s.isBlank() || tokens.length > MAX_NAME_TOKENS) {
            return false;
        }
        if (tokens.length == 1) {
            return isIdeographic(tokens[0]) && tokens[0].codePointCount(0, tokens[0].length()) <= 6;
        }
        boolean capitalised = false;
        for (String t : tokens) {
            if (capitalised && PARTICLES.contains(t)) {
                continue; // "von", "da": lower-case particles inside a name
            }
            if (!isNameToken(t)) {
                return false;
            }
            capitalised = true;
        }
        return capitalised && !isOrganisation(s) && !isRole(s);
    }

    /** A part of a byline naming an organisation: "Reuters", "Kyodo News", "AFP". */
    static boolean isOrganisation(String s) {
        String[] tokens = s.strip().split("\\s+");
        if (tokens.length > 6) {
            return false;
        }
        boolean named = false;
        for (String t : tokens) {
            String bare = LineStats.bare(t);
            if (bare.isEmpty() || !Character.isUpperCase(bare.charAt(0)) && !Character.isDigit(bare.charAt(0))) {
                if (!PARTICLES.contains(bare.toLowerCase(Locale.ROOT)) && !bare.equalsIgnoreCase("and")
                        && !bare.equalsIgnoreCase("of") && !bare.equalsIgnoreCase("the")) {
                    return false;
                }
            }
            if (ORG_WORDS.contains(bare.toLowerCase(Locale.ROOT))) {
                named = true;
            }
        }
        return named || tokens.length == 1 && LineStats.bare(tokens[0]).length() >= 2
                && Character.isUpperCase(LineStats.bare(tokens[0]).charAt(0)) && !isIdeographic(tokens[0]);
    }

    /** A job title: every word is a role word ("Senior Correspondent", "Tokyo Bureau Chief" is not). */
    static boolean isRole(String s) {
        String[] tokens = s.strip().split("\\s+");
        boolean any = false;
        for (String t : tokens) {
            String bare = LineStats.bare(t).toLowerCase(Locale.ROOT);
            if (bare.isEmpty()) {
                continue;
            }
            if (!ROLE_WORDS.contains(bare)) {
                return false;
            }
            any = true;
        }
        return any;
    }

    /** The part without trailing job-title words: "Reuters Staff" gives "Reuters". */
    static String withoutRole(String s) {
        String[] tokens = s.strip().split("\\s+");
        int end = tokens.length;
        while (end > 1 && ROLE_WORDS.contains(LineStats.bare(tokens[end - 1]).toLowerCase(Locale.ROOT))) {
            end--;
        }
        return String.join(" ", Arrays.copyOf(tokens, end));
    }

    private static boolean isNameToken(String t) {
        if (t.isEmpty()) {
            return false;
        }
        int cp = t.codePointAt(0);
        boolean startsUpper = Character.isUpperCase(cp) || Character.isTitleCase(cp)
                || Character.isLetter(cp) && !Character.isLowerCase(cp);
        if (!startsUpper) {
            return false;
        }
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            if (!(Character.isLetter(c) || Character.getType(c) == Character.NON_SPACING_MARK
                    || c == '.' || c == '-' || c == '\'' || c == '’')) {
                return false;
            }
        }
        return true;
    }

    static boolean isIdeographic(String s) {
        return s.codePoints().anyMatch(cp -> {
            Character.UnicodeScript script = Character.UnicodeScript.of(cp);
            return script == Character.UnicodeScript.HAN || script == Character.UnicodeScript.HIRAGANA
                    || script == Character.UnicodeScript.KATAKANA || script == Character.UnicodeScript.HANGUL;
        });
    }
}
