package dev.sitegen.extract;

import java.time.MonthDay;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the wire dateline that opens a first paragraph: "TOKYO, June 3 (Reuters) -",
 * "SÃO PAULO (AFP) --", "PORTLAND, Ore., June 3 -", "Tokyo (AP) —". Gives the city (in title
 * case when printed in capitals), the month and day, a year only when printed, and the agency.
 */
final class DatelineParser {

    record Dateline(String city, Optional<MonthDay> monthDay, Optional<Integer> year, String agency) {
    }

    private static final int MAX_DATELINE = 160;
    private static final String CAPS_WORD = "\\p{Lu}[\\p{Lu}\\p{M}.'’-]*";
    private static final String CAPS_CITY = CAPS_WORD + "(?:\\s" + CAPS_WORD + "){0,3}(?:/" + CAPS_WORD + "(?:\\s" + CAPS_WORD + "){0,3}){0,3}";
    private static final String TITLE_WORD = "\\p{Lu}[\\p{Ll}\\p{M}.'’-]+";
    private static final String TITLE_CITY = TITLE_WORD + "(?:\\s" + TITLE_WORD + "){0,2}";
    private static final String REGION = "(?:,\\s*\\p{Lu}[\\p{L}.]*(?:\\s\\p{Lu}[\\p{L}.]*){0,2})?";
    private static final String DATE = "(?:,\\s*(" + DateTimeParser.MONTH_NAME + "\\.?\\s+\\d{1,2}(?:,\\s*(\\d{4}))?))?";
    private static final String AGENCY = "\\s*(?:\\(([^()]{2,40})\\))?";
    private static final String DASH = "\\s*(?:--?|–|—|:)\\s+";

    private static final Pattern CAPS = Pattern.compile("^(" + CAPS_CITY + ")" + REGION + DATE + AGENCY + DASH);
    private static final Pattern TITLED = Pattern.compile("^(" + TITLE_CITY + ")" + REGION + DATE + AGENCY + DASH);
    private static final Pattern AGENCY_ONLY = Pattern.compile("^\\(([^()]{2,40})\\)\\s*(?:--?|–|—)\\s+");

    /** Capitalised labels that open a paragraph like a city would: "BREAKING: ...", "UPDATE - ...". */
    private static final Set<String> KICKERS = Set.of("breaking", "update", "updated", "exclusive", "analysis",
            "opinion", "watch", "live", "editorial", "factbox", "explainer", "review", "commentary", "correction",
            "note", "editor's note", "warning", "alert", "video", "photos", "advertisement");

    private DatelineParser() {
    }

    static Optional<Dateline> parse(String text) {
        // A dateline is short: looking at the opening characters bounds the regex work.
        String paragraph = text.length() > MAX_DATELINE ? text.substring(0, MAX_DATELINE) : text;
        Matcher m = CAPS.matcher(paragraph);
        boolean caps = m.find();
        if (!caps) {
            m = TITLED.matcher(paragraph);
            if (!m.find() || m.group(2) == null && m.group(4) == null) {
                return agencyOnly(paragraph);
            }
        }
        String city = m.group(1);
        String after = paragraph.substring(m.end());
        if (isAgencyName(city) || KICKERS.contains(city.toLowerCase(Locale.ROOT)) || RelativeTimeParser.parse(firstWords(after)).isPresent()) {
            return Optional.empty(); // "KYODO NEWS - 23 minutes ago": a wire name, not a city
        }
        if (caps && LineStats.of(city).letters() < 2) {
            return Optional.empty();
        }
        Optional<MonthDay> monthDay = m.group(2) == null ? Optional.empty() : DateTimeParser.monthDay(m.group(2));
        Optional<Integer> year = m.group(3) == null ? Optional.empty() : Optional.of(Integer.parseInt(m.group(3)));
        String agency = m.group(4) == null ? "" : LineNormalizer.trim(m.group(4));
        return Optional.of(new Dateline(caps ? titleCase(city) : city, monthDay, year, agency));
    }

    private static Optional<Dateline> agencyOnly(String paragraph) {
        Matcher m = AGENCY_ONLY.matcher(paragraph);
        if (m.find() && NameShapes.isOrganisation(m.group(1))) {
            return Optional.of(new Dateline("", Optional.empty(), Optional.empty(), LineNormalizer.trim(m.group(1))));
        }
        return Optional.empty();
    }

    private static boolean isAgencyName(String city) {
        for (String word : city.split("[\\s/]+")) {
            if (!NameShapes.ORG_WORDS.contains(LineStats.bare(word).toLowerCase(Locale.ROOT))) {
                return false;
            }
        }
        return true;
    }

    private static String firstWords(String s) {
        String[] words = s.split("\\s+", 5);
        return String.join(" ", Arrays.asList(words).subList(0, Math.min(3, words.length)));
    }

    /** "SÃO PAULO" gives "São Paulo", "WINSTON-SALEM" gives "Winston-Salem", "ST. LOUIS" gives "St. Louis". */
    static String titleCase(String caps) {
        StringBuilder out = new StringBuilder(caps.length());
        boolean wordStart = true;
        for (int i = 0; i < caps.length(); ) {
            int cp = caps.codePointAt(i);
            String ch = new String(Character.toChars(cp));
            out.append(wordStart ? ch : ch.toLowerCase(Locale.ROOT));
            wordStart = cp == ' ' || cp == '/' || cp == '-';
            i += Character.charCount(cp);
        }
        return out.toString();
    }
}
