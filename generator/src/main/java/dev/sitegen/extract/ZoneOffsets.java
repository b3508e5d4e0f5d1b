package dev.sitegen.extract;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.TemporalAdjusters;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns a printed time zone into an offset: "JST", "GMT+9", "UTC+05:30", "+0900", "Z". US zone
 * names without a season ("ET", "PT") get daylight time between the second Sunday of March and
 * the first Sunday of November, as US law sets it.
 */
final class ZoneOffsets {

    private static final Map<String, Integer> FIXED_MINUTES = Map.ofEntries(
            Map.entry("UTC", 0), Map.entry("GMT", 0), Map.entry("Z", 0), Map.entry("UT", 0),
            Map.entry("WET", 0), Map.entry("WEST", 60), Map.entry("BST", 60), Map.entry("IST", 330),
            Map.entry("CET", 60), Map.entry("CEST", 120), Map.entry("EET", 120), Map.entry("EEST", 180),
            Map.entry("MSK", 180), Map.entry("GST", 240), Map.entry("PKT", 300), Map.entry("ICT", 420),
            Map.entry("WIB", 420), Map.entry("HKT", 480), Map.entry("SGT", 480), Map.entry("PHT", 480),
            Map.entry("MYT", 480), Map.entry("AWST", 480), Map.entry("JST", 540), Map.entry("KST", 540),
            Map.entry("ACST", 570), Map.entry("AEST", 600), Map.entry("AEDT", 660), Map.entry("NZST", 720),
            Map.entry("NZDT", 780), Map.entry("EST", -300), Map.entry("EDT", -240), Map.entry("CST", -360),
            Map.entry("CDT", -300), Map.entry("MST", -420), Map.entry("MDT", -360), Map.entry("PST", -480),
            Map.entry("PDT", -420), Map.entry("AKST", -540), Map.entry("AKDT", -480), Map.entry("HST", -600),
            Map.entry("BRT", -180), Map.entry("ART", -180));

    /** US zones printed without standard/daylight: standard offset in minutes. */
    private static final Map<String, Integer> US_SEASONAL = Map.of("ET", -300, "CT", -360, "MT", -420, "PT", -480);

    /** A zone right after a time: "GMT+9", "(UTC+09:00)", "+0900", "JST". */
    static final Pattern ZONE = Pattern.compile(
            "\\(?((?:GMT|UTC|UT)\\s*[+\\-−–]\\s*\\d{1,2}(?::?\\d{2})?|[+\\-−]\\d{2}:?\\d{2}|Z|[A-Z]{2,5})\\)?(?![\\p{L}\\d])");

    private static final Pattern NUMERIC = Pattern.compile(
            "(?:GMT|UTC|UT)?\\s*([+\\-−–])\\s*(\\d{1,2})(?::?(\\d{2}))?");

    private ZoneOffsets() {
    }

    /** The offset a printed zone stands for on a given date, if the zone is known. */
    static Optional<ZoneOffset> offset(String zone, LocalDate date) {
        String z = zone.strip().toUpperCase(Locale.ROOT);
        if (z.startsWith("(") && z.endsWith(")")) {
            z = z.substring(1, z.length() - 1).strip();
        }
        Integer fixed = FIXED_MINUTES.get(z);
        if (fixed != null) {
            return Optional.of(ZoneOffset.ofTotalSeconds(fixed * 60));
        }
        Integer seasonal = US_SEASONAL.get(z);
        if (seasonal != null) {
            int minutes = seasonal + (usDaylightTime(date) ? 60 : 0);
            return Optional.of(ZoneOffset.ofTotalSeconds(minutes * 60));
        }
        Matcher m = NUMERIC.matcher(z);
        if (m.matches()) {
            int hours = Integer.parseInt(m.group(2));
            int minutes = m.group(3) == null ? 0 : Integer.parseInt(m.group(3));
            if (hours > 14 || minutes > 59) {
                return Optional.empty();
            }
            int sign = m.group(1).equals("+") ? 1 : -1;
            return Optional.of(ZoneOffset.ofTotalSeconds(sign * (hours * 3600 + minutes * 60)));
        }
        return Optional.empty();
    }

    private static boolean usDaylightTime(LocalDate date) {
        LocalDate start = LocalDate.of(date.getYear(), 3, 1)
                .with(TemporalAdjusters.dayOfWeekInMonth(2, DayOfWeek.SUNDAY));
        LocalDate end = LocalDate.of(date.getYear(), 11, 1)
                .with(TemporalAdjusters.firstInMonth(DayOfWeek.SUNDAY));
        return !date.isBefore(start) && date.isBefore(end);
    }
}
