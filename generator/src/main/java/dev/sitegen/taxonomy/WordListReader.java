package dev.sitegen.taxonomy;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Reads the word-list resources: one entry a line, '#' comments, optional [section] headers. */
final class WordListReader {

    static final String BASE = "/dev/sitegen/taxonomy/";

    /** One non-comment line of a list, with its line number for error messages. */
    record Line(String resource, int number, String text) {
        IllegalStateException error(String message) {
            return new IllegalStateException(resource + ":" + number + ": " + message);
        }
    }

    private WordListReader() {
    }

    static List<Line> lines(String resource) {
        List<Line> lines = new ArrayList<>();
        try (InputStream in = WordListReader.class.getResourceAsStream(BASE + resource)) {
            if (in == null) {
                throw new IllegalStateException("missing word list " + BASE + resource);
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            int number = 0;
            while ((line = reader.readLine()) != null) {
                number++;
                String text = line.strip();
                if (!text.isEmpty() && !text.startsWith("#")) {
                    lines.add(new Line(resource, number, text));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read word list " + BASE + resource, e);
        }
        return lines;
    }

    /** Lines grouped under their [section] header, in file order. */
    static Map<String, List<Line>> sections(String resource) {
        Map<String, List<Line>> sections = new LinkedHashMap<>();
        List<Line> current = null;
        for (Line line : lines(resource)) {
            String t = line.text();
            if (t.startsWith("[") && t.endsWith("]")) {
                current = sections.computeIfAbsent(t.substring(1, t.length() - 1).strip(), k -> new ArrayList<>());
            } else if (current == null) {
                throw line.error("entry before the first [section]");
            } else {
                current.add(line);
            }
        }
        return sections;
    }
}
