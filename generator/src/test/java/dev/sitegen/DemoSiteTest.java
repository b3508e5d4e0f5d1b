package dev.sitegen;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sitegen.check.CheckOptions;
import dev.sitegen.check.CheckReport;
import dev.sitegen.check.SiteChecker;
import dev.sitegen.config.ConfigLoader;
import dev.sitegen.config.SiteConfig;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The demo site of this repository (seeds/ and site-gen.yml at its root), built as a user builds it,
 * must validate with the Nu Html Checker, have no broken internal link, and keep the dump's app
 * chrome out of every page.
 */
class DemoSiteTest {

    private static final Path PROJECT = Path.of("..").toAbsolutePath().normalize();

    /** App chrome of the real seed that must appear on no page of the site. */
    private static final List<String> CHROME = List.of("Orange background", "Try Our AI Features",
            "Explore what Daily8 AI can do for you:", "No comments yet...", "DOWNLOAD THE APP", "app-storeplay-store");

    private static Path build(Path out, String baseUrl) {
        SiteConfig.Builder b = SiteConfig.builder().projectDir(PROJECT);
        ConfigLoader.load(PROJECT.resolve("site-gen.yml"), b);
        new SiteGenerator().build(b.seedsDir(PROJECT.resolve("seeds")).outputDir(out).baseUrl(baseUrl).build());
        return out;
    }

    @ParameterizedTest
    @ValueSource(strings = {"/", "https://example.github.io/news-demo/"})
    void demoSiteHasValidHtmlAndNoBrokenLinks(String baseUrl, @TempDir Path tmp) {
        Path site = build(tmp.resolve("site"), baseUrl);
        CheckReport report = new SiteChecker(CheckOptions.builder().baseUrl(baseUrl).build()).check(site);
        assertTrue(report.ok(), report::format);
        assertTrue(report.pages() >= 8, "pages checked: " + report.pages());
    }

    @Test
    void noPageCarriesTheDumpsAppChrome(@TempDir Path tmp) throws IOException {
        Path site = build(tmp.resolve("site"), "/");
        try (Stream<Path> files = Files.walk(site)) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                String text = Files.readString(f, StandardCharsets.UTF_8);
                for (String chrome : CHROME) {
                    assertFalse(text.contains(chrome), site.relativize(f) + " contains '" + chrome + "'");
                }
                assertFalse(text.contains(">logo<") || text.contains("\nlogo\n"), site.relativize(f) + " contains 'logo'");
            }
        }
    }

    @Test
    void twoBuildsAreByteIdentical(@TempDir Path tmp) throws IOException {
        Path a = build(tmp.resolve("a"), "/");
        Path b = build(tmp.resolve("b"), "/");
        List<String> filesA = files(a);
        assertEquals(filesA, files(b));
        for (String f : filesA) {
            assertTrue(java.util.Arrays.equals(Files.readAllBytes(a.resolve(f)), Files.readAllBytes(b.resolve(f))), f);
        }
    }

    private static List<String> files(Path dir) throws IOException {
        try (Stream<Path> walk = Files.walk(dir)) {
            return walk.filter(Files::isRegularFile).map(p -> dir.relativize(p).toString()).sorted().toList();
        }
    }
}
