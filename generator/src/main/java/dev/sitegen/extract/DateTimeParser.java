package dev.sitegen.extract;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.MonthDay;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds an absolute date in text ("June 3, 2025", "3 June 2025", "2025-06-03T01:42:00Z",
 * "Tue, June 3, 2025, 6:05 PM JST") with the time and zone printed next to it, if any. Only what
 * the text states is returned: no year, time or zone is ever guessed.
 */
final class DateTimeParser {

    /** A date as printed; time and offset are present only when the text states them. */
    record StatedDate(LocalDate date, Optional<LocalTime> time, Optional<ZoneOffset> offset, int start, int end) {

        /** The stated instant, only when date, time and zone are all printed. */
        Optional<OffsetDateTime> dateTime() {
            if (time.isEmpty() || offset.isEmpty()) {
                return Optional.empty();
            }
            return Optional.of(OffsetDateTime.of(date, time.get(), offset.get()));
        }
    }

    /** Month names and abbreviations, without a capturing group. */
    static final String MONTH_NAME = "(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?"
            + "|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)";
    private static final String MONTH = "(" + MONTH_NAME + ")";
    private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;

    private static final Pattern US = Pattern.compile(
            "\\b" + MONTH + "\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?(?:\\s*,\\s*|\\s+)(\\d{4})(?!\\d)", FLAGS);
    private static final Pattern UK = Pattern.compile(
            "(?<!\\d)(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?" + MONTH + "\\.?,?\\s+(\\d{4})(?!\\d)", FLAGS);
    private static final Pattern ISO = Pattern.compile(
            "(?<!\\d)(\\d{4})-(\\d{2})-(\\d{2})(?:[T ](\\d{2}):(\\d{2})(?::(\\d{2})(?:\\.\\d{1,9})?)?\\s?(Z|[+\\-]\\d{2}:?\\d{2})?)?(?!\\d)");
    private static final Pattern YMD = Pattern.compile("(?<!\\d)(\\d{4})[/.](\\d{1,2})[/.](\\d{1,2})(?![\\d/])");
    private static final Pattern CJK = Pattern.compile("(\\d{4})年\\s*(\\d{1,2})月\\s*(\\d{1,2})日");
    private static final Pattern MONTH_DAY = Pattern.compile(
            "\\b" + MONTH + "\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?(?!\\d)|(?<!\\d)(\\d{1,2})\\s+" + MONTH + "\\b", FLAGS);

    /** "10:42 AM", "18:05", "6 p.m.", "14.30", each optionally followed by a zone. */
    private static final Pattern TIME = Pattern.compile(
            "(?<![\\d:.,])(\\d{1,2})(?:[:.](\\d{2})(?::(\\d{2}))?)?(?!\\d)\\s*(?:([AaPp])\\.?\\s?[Mm]\\.?(?![\\p{L}]))?");

    private DateTimeParser() {
    }

    /** The first full date (with a year) in the text, with the time and zone printed near it. */
    static Optional<StatedDate> find(String text) {
        if (!hasYear(text)) {
            return Optional.empty(); // every full date has four digits in a row
        }
        Found best = null;
        for (Found f : new Found[] {iso(text), byMonthName(US, text, true), byMonthName(UK, text, false),
                numeric(YMD, text), numeric(CJK, text)}) {
            if (f != null && (best == null || f.start < best.start)) {
                best = f;
            }
        }
        if (best == null) {
            return Optional.empty();
        }
        if (best.time != null) {
            return Optional.of(new StatedDate(best.date, Optional.of(best.time), Optional.ofNullable(best.offset),
                    best.start, best.end));
        }
        Optional<Timed> timed = time(text, best.end, text.length(), best.date);
        if (timed.isEmpty()) {
            timed = time(text, 0, best.start, best.date);
        }
        return Optional.of(new StatedDate(best.date, timed.map(Timed::time), timed.flatMap(Timed::offset),
                best.start, best.end));
    }

    /** A month and day without a year ("June 3"), as wire datelines print them. */
    static Optional<MonthDay> monthDay(String text) {
        Matcher m = MONTH_DAY.matcher(text);
        while (m.find()) {
            String month = m.group(1) != null ? m.group(1) : m.group(4);
            String day = m.group(2) != null ? m.group(2) : m.group(3);
            try {
                return Optional.of(MonthDay.of(month(month), Integer.parseInt(day)));
            } catch (DateTimeException e) {
                // not a real day ("June 31"): keep looking
            }
        }
        return Optional.empty();
    }

    private static boolean hasYear(String text) {
        int run = 0;
        for (int i = 0; i < text.length(); i++) {
            run = Character.isDigit(text.charAt(i)) ? run + 1 : 0;
            if (run == 4) {
                return true;
            }
        }
        return false;
    }

    private record Found(LocalDate date, LocalTime time, ZoneOffset offset, int start, int end) {
    }

    private record Timed(LocalTime time, Optional<ZoneOffset> offset) {
    }

    private static Found iso(String text) {
        Matcher m = ISO.matcher(text);
        while (m.find()) {
            try {
                LocalDate date = LocalDate.of(num(m.group(1)), num(m.group(2)), num(m.group(3)));
                LocalTime time = null;
                ZoneOffset offset = null;
                if (m.group(4) != null) {
                    time = LocalTime.of(num(m.group(4)), num(m.group(5)), m.group(6) == null ? 0 : num(m.group(6)));
                    if (m.group(7) != null) {
                        offset = ZoneOffsets.offset(m.group(7), date).orElse(null);
                    } else {
                        Optional<Timed> zoned = zoneAfter(text, m.end(), time, date);
                        offset = zoned.flatMap(Timed::offset).orElse(null);
                    }
                }
                return new Found(date, time, offset, m.start(), m.end());
            } catch (DateTimeException e) {
                // impossible date: try the next match
            }
        }
        return null;
    }

    private static Found byMonthName(Pattern p, String text, boolean monthFirst) {
        Matcher m = p.matcher(text);
        while (m.find()) {
            String month = monthFirst ? m.group(1) : m.group(2);
            String day = monthFirst ? m.group(2) : m.group(1);
            try {
                return new Found(LocalDate.of(num(m.group(3)), month(month), num(day)), null, null, m.start(), m.end());
            } catch (DateTimeException e) {
                // impossible date: try the next match
            }
        }
        return null;
    }

    private static Found numeric(Pattern p, String text) {
        Matcher m = p.matcher(text);
        while (m.find()) {
            try {
                return new Found(LocalDate.of(num(m.group(1)), num(m.group(2)), num(m.group(3))), null, null,
                        m.start(), m.end());
            } catch (DateTimeException e) {
                // impossible date: try the next match
            }
        }
        return null;
    }

    /** The first clock time in text[from, to), with the zone printed right after it. */
    private static Optional<Timed> time(String text, int from, int to, LocalDate date) {
        Matcher m = TIME.matcher(text).region(from, to);
        while (m.find()) {
            boolean minutes = m.group(2) != null;
            boolean meridiem = m.group(4) != null;
            if (!minutes && !meridiem) {
                continue;
            }
            int hour = num(m.group(1));
            int minute = minutes ? num(m.group(2)) : 0;
            int second = m.group(3) == null ? 0 : num(m.group(3));
            if (meridiem) {
                if (hour < 1 || hour > 12) {
                    continue;
                }
                boolean pm = Character.toLowerCase(m.group(4).charAt(0)) == 'p';
                hour = hour % 12 + (pm ? 12 : 0);
            }
            if (hour > 23 || minute > 59 || second > 59) {
                continue;
            }
            LocalTime t = LocalTime.of(hour, minute, second);
            return Optional.of(zoneAfter(text, m.end(), t, date).orElse(new Timed(t, Optional.empty())));
        }
        return Optional.empty();
    }

    private static Optional<Timed> zoneAfter(String text, int at, LocalTime t, LocalDate date) {
        Matcher z = ZoneOffsets.ZONE.matcher(text);
        int i = at;
        while (i < text.length() && text.charAt(i) == ' ') {
            i++;
        }
        z.region(i, text.length());
        if (z.lookingAt()) {
            Optional<ZoneOffset> offset = ZoneOffsets.offset(z.group(1), date);
            if (offset.isPresent()) {
                return Optional.of(new Timed(t, offset));
            }
        }
        return Optional.empty();
    }

    private static int month(String name) {
        String m = name.substring(0, 3).toLowerCase(Locale.ROOT);
        return switch (m) {
            case "jan" -> 1;
            case "feb" -> 2;
            case "mar" -> 3;
            case "apr" -> 4;
            case "may" -> 5;
            case "jun" -> 6;
            case "jul" -> 7;
            case "aug" -> 8;
            case "sep" -> 9;
            case "oct" -> 10;
            case "nov" -> 11;
            case "dec" -> 12;
            default -> throw new DateTimeException("not a month: " + name);
        };
    }

    private static int num(String digits) {
        return Integer.parseInt(digits);
    }
}
