package dev.sitegen.extract;

import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Recognises a copyright notice: "© (Thomson Reuters 2025.", "(c) 2025 Kyodo News", "Copyright 2025 AFP". */
final class CopyrightLine {

    private static final int MAX_LENGTH = 200;
    private static final Pattern MARK = Pattern.compile("^(?:©|Ⓒ|\\([cC]\\)|copyright\\b)", Pattern.CASE_INSENSITIVE);
    private static final Pattern RESERVED = Pattern.compile("\\ball rights reserved\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern SHORT_NAMED = Pattern.compile("^\\([cC]\\)\\s+\\p{Lu}\\S*(?:\\s+\\S+){0,6}$");
    private static final Pattern YEAR = Pattern.compile("(?<!\\d)((?:19|20)\\d{2})(?!\\d)");

    private CopyrightLine() {
    }

    static boolean is(String line) {
        if (line.isEmpty() || line.length() > MAX_LENGTH) {
            return false;
        }
        if (line.startsWith("©") || line.startsWith("Ⓒ") || line.regionMatches(true, 0, "copyright", 0, 9)) {
            return true;
        }
        if (MARK.matcher(line).find()) {
            // "(c) 2025 Kyodo News" or "(c) Kyodo News", not "(c) the parties shall ..."
            return YEAR.matcher(line).find() || SHORT_NAMED.matcher(line).matches();
        }
        return RESERVED.matcher(line).find() && LineStats.of(line).words() <= 20;
    }

    /** The year a notice names, if any. */
    static OptionalInt year(String line) {
        Matcher m = YEAR.matcher(line);
        return m.find() ? OptionalInt.of(Integer.parseInt(m.group(1))) : OptionalInt.empty();
    }
}
