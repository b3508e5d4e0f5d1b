package dev.sitegen.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Golden fixtures: every {@code extract/<name>.txt} dump must extract to exactly
 * {@code extract/<name>.json}. The profile is built from all fixture dumps, as the build builds it
 * from all seeds. Run with {@code -Dgolden.update=true} to rewrite the expected files, then review
 * the diff before committing.
 */
class GoldenExtractionTest {

    static final Path FIXTURES = Path.of("src/test/resources/extract");
    private static final boolean UPDATE = Boolean.getBoolean("golden.update");

    private static CorpusProfile profile;

    @BeforeAll
    static void buildProfile() throws IOException {
        List<String> texts = new ArrayList<>();
        for (Path p : fixtures().toList()) {
            texts.add(read(p));
        }
        profile = CorpusProfile.of(texts);
    }

    static Stream<Path> fixtures() throws IOException {
        try (Stream<Path> files = Files.list(FIXTURES)) {
            return files.filter(p -> p.getFileName().toString().endsWith(".txt")).sorted().toList().stream();
        }
    }

    /** Dumps are read as UTF-8 with malformed bytes replaced, as the build reads seeds. */
    static String read(Path p) throws IOException {
        return new String(Files.readAllBytes(p), StandardCharsets.UTF_8);
    }

    @Test
    void thereAreAtLeastTwentyFiveFixtures() throws IOException {
        assertTrue(fixtures().count() >= 25, "fixture count");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fixtures")
    void dumpExtractsToItsGoldenJson(Path dump) throws IOException {
        String actual = ExtractionJson.toJson(new DumpExtractor(profile).extract(read(dump)));
        Path golden = expectedFor(dump);
        if (UPDATE) {
            Files.writeString(golden, actual, StandardCharsets.UTF_8);
            return;
        }
        if (!Files.exists(golden)) {
            fail("missing " + golden + "; run with -Dgolden.update=true and review it");
        }
        String expected = Files.readString(golden, StandardCharsets.UTF_8);
        String difference = firstDifference(expected, actual);
        assertEquals("", difference, dump.getFileName() + ": " + difference);
    }

    /** The method must not lean on the corpus: a lone dump (as `site-gen extract` sees it) reads the same. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("fixtures")
    void dumpExtractsTheSameWithoutACorpusProfile(Path dump) throws IOException {
        String text = read(dump);
        String alone = ExtractionJson.toJson(new DumpExtractor(CorpusProfile.empty()).extract(text));
        String inCorpus = ExtractionJson.toJson(new DumpExtractor(profile).extract(text));
        assertEquals("", firstDifference(inCorpus, alone), dump.getFileName() + ": " + firstDifference(inCorpus, alone));
    }

    static Path expectedFor(Path dump) {
        String name = dump.getFileName().toString();
        return dump.resolveSibling(name.substring(0, name.length() - ".txt".length()) + ".json");
    }

    /** Names the first field whose JSON lines differ, with both lines; empty when equal. */
    static String firstDifference(String expected, String actual) {
        String[] e = expected.split("\n", -1);
        String[] a = actual.split("\n", -1);
        String field = "";
        for (int i = 0; i < Math.max(e.length, a.length); i++) {
            String el = i < e.length ? e[i] : "<end>";
            String al = i < a.length ? a[i] : "<end>";
            if (el.startsWith("  \"")) {
                field = el.substring(3, el.indexOf('"', 3));
            }
            if (!el.equals(al)) {
                return "field '" + field + "' differs at line " + (i + 1) + "\n  expected: " + el + "\n  actual:   " + al;
            }
        }
        return "";
    }
}
