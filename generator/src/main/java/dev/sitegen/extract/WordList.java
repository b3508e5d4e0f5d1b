package dev.sitegen.extract;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Loads the word lists and pattern lists shipped in {@code dev/sitegen/extract/}. Lines starting
 * with '#' are comments (each file names its source and licence there); blank lines are skipped.
 * Loaded once into immutable constants by the classes that use them.
 */
final class WordList {

    private WordList() {
    }

    /** The entries of a list, lower-cased with {@link Locale#ROOT}, as an immutable set. */
    static Set<String> words(String resource) {
        return Set.copyOf(entries(resource).stream().map(s -> s.toLowerCase(Locale.ROOT)).toList());
    }

    /** One case-insensitive regex matching any whole entry of a pattern list. */
    static Pattern wholeLinePattern(String resource) {
        return Pattern.compile("(?:" + String.join("|", wrapped(resource)) + ")",
                Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }

    /** The entries of a pattern list joined as alternatives, each in a non-capturing group. */
    static String alternatives(String resource) {
        return String.join("|", wrapped(resource));
    }

    private static List<String> wrapped(String resource) {
        return entries(resource).stream().map(e -> "(?:" + e + ")").toList();
    }

    private static List<String> entries(String resource) {
        String path = "/dev/sitegen/extract/" + resource;
        try (InputStream in = WordList.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("missing bundled resource " + path);
            }
            List<String> out = new ArrayList<>();
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                String entry = line.strip();
                if (!entry.isEmpty() && !entry.startsWith("#")) {
                    out.add(entry);
                }
            }
            return List.copyOf(out);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read bundled resource " + path, e);
        }
    }
}
