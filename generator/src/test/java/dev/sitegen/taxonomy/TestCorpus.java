package dev.sitegen.taxonomy;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads the test articles under src/test/resources/taxonomy/: '#' comment lines, then "field: value"
 * header lines up to a "---" line, then one body paragraph per non-blank line. Header fields used by
 * the tests: title, topic (expected first topic), topics-not, tags (must have), tags-not (must not).
 */
final class TestCorpus {

    /** One test article and what a reviewer expects of it. */
    record Case(String name, ArticleText article, Map<String, String> header) {

        List<String> list(String field) {
            String v = header.getOrDefault(field, "").strip();
            return v.isEmpty() ? List.of() : Arrays.stream(v.split(";")).map(String::strip).toList();
        }
    }

    private TestCorpus() {
    }

    static Case read(String resource) {
        String text;
        try (InputStream in = TestCorpus.class.getResourceAsStream("/taxonomy/" + resource)) {
            if (in == null) {
                throw new IllegalArgumentException("no test resource taxonomy/" + resource);
            }
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Map<String, String> header = new LinkedHashMap<>();
        List<String> paragraphs = new ArrayList<>();
        boolean body = false;
        for (String line : text.split("\n")) {
            if (!body && line.startsWith("#")) {
                continue;
            }
            if (!body && line.strip().equals("---")) {
                body = true;
            } else if (!body && line.contains(":")) {
                header.put(line.substring(0, line.indexOf(':')).strip(), line.substring(line.indexOf(':') + 1).strip());
            } else if (body && !line.isBlank()) {
                paragraphs.add(line.strip());
            }
        }
        String name = resource.replace(".txt", "");
        return new Case(name, new ArticleText(name, header.getOrDefault("title", ""), paragraphs), header);
    }

    static List<Case> corpus() {
        List<Case> cases = new ArrayList<>();
        try (InputStream in = TestCorpus.class.getResourceAsStream("/taxonomy/corpus/index.txt")) {
            String index = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            for (String line : index.split("\n")) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    cases.add(read("corpus/" + line.strip()));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return cases;
    }
}
