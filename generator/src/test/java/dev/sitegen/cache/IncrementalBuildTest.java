package dev.sitegen.cache;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sitegen.BuildReport;
import dev.sitegen.SiteGenerator;
import dev.sitegen.config.SiteConfig;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An incremental build (with the cache of the build before it) must give exactly the site a clean
 * build of the same input gives: the cache may save work, never change the result.
 */
class IncrementalBuildTest {

    @TempDir
    Path dir;

    private Path seeds;

    @BeforeEach
    void writeSeeds() throws IOException {
        seeds = Files.createDirectories(dir.resolve("seeds"));
        for (int i = 1; i <= 12; i++) {
            page("p" + i, "Story number " + i, "2025-06-" + String.format("%02d", i), "Topic" + (i % 3),
                    List.of("Tag" + (i % 4), "Tag" + (i % 5), "Shared"), "Body of story " + i + ".");
        }
        Files.writeString(seeds.resolve("dump.txt"), Files.readString(Path.of("..", "seeds", "000_ef67b877941a8041.txt")));
    }

    private void page(String file, String title, String date, String topic, List<String> tags, String body) throws IOException {
        Files.writeString(seeds.resolve(file + ".md"), "---\ntitle: " + title + "\ndate: " + date + "\ntopics: [" + topic
                + "]\ntags: [" + String.join(", ", tags) + "]\nauthors: [Ana Silva]\nsource: Coast Times\n---\n\n" + body + "\n",
                StandardCharsets.UTF_8);
    }

    private SiteConfig config(Path out, Path cache) {
        return SiteConfig.builder().projectDir(dir).seedsDir(seeds).outputDir(out).cacheDir(cache).pageSize(3)
                .baseUrl("https://example.org/news/").build();
    }

    private BuildReport incremental() {
        return new SiteGenerator().build(config(dir.resolve("site"), dir.resolve("cache")));
    }

    private void assertSameAsCleanBuild() throws IOException {
        Path clean = dir.resolve("clean-" + System.nanoTime());
        new SiteGenerator().build(config(clean, null).toBuilder().cacheDir(null).build());
        List<String> expected = files(clean);
        assertEquals(expected, files(dir.resolve("site")), "the same files");
        for (String f : expected) {
            assertTrue(Arrays.equals(Files.readAllBytes(clean.resolve(f)), Files.readAllBytes(dir.resolve("site").resolve(f))),
                    f + " differs from a clean build");
        }
    }

    @Test
    void unchangedInputRewritesNothing() throws IOException {
        incremental();
        BuildReport second = incremental();
        assertEquals(0, second.changedFiles());
        assertSameAsCleanBuild();
    }

    @Test
    void changedSeedGivesTheSameSiteAsACleanBuild() throws IOException {
        incremental();
        page("p5", "Story number five, retitled", "2025-06-05", "Topic2", List.of("Tag1", "Fresh"), "A new body.");
        BuildReport second = incremental();
        assertTrue(second.changedFiles() > 0 && second.changedFiles() < second.files() / 2,
                "changed " + second.changedFiles() + " of " + second.files());
        assertSameAsCleanBuild();
    }

    @Test
    void editBelowTheSummaryRewritesOnlyTheArticleAndItsTwin() throws IOException {
        incremental();
        page("p5", "Story number 5", "2025-06-05", "Topic2", List.of("Tag1", "Tag0", "Shared"),
                "Body of story 5.\n\nA second paragraph, added later.");
        BuildReport second = incremental();
        assertEquals(2, second.changedFiles(), "the article page and its Markdown twin");
        assertSameAsCleanBuild();
    }

    @Test
    void addedAndDeletedSeedsGiveTheSameSiteAsACleanBuild() throws IOException {
        incremental();
        page("p13", "A newer story", "2025-07-01", "Topic9", List.of("Tag9", "Shared"), "Newest.");
        Files.delete(seeds.resolve("p2.md"));
        incremental();
        assertSameAsCleanBuild();
        Files.delete(seeds.resolve("dump.txt"));
        incremental();
        assertSameAsCleanBuild();
    }

    @Test
    void templateChangeRebuildsEveryPage() throws IOException {
        incremental();
        Path templates = Files.createDirectories(dir.resolve("templates"));
        Files.writeString(templates.resolve("404.ftlh"), "<p>Lost</p>\n");
        BuildReport second = new SiteGenerator().build(config(dir.resolve("site"), dir.resolve("cache")).toBuilder()
                .templatesDir(templates).build());
        assertEquals("<p>Lost</p>\n", Files.readString(dir.resolve("site/404.html")));
        assertTrue(second.changedFiles() >= 1);
    }

    @Test
    void settingChangeGivesTheSameSiteAsACleanBuild() throws IOException {
        incremental();
        SiteConfig retitled = config(dir.resolve("site"), dir.resolve("cache")).toBuilder().title("Renamed Times").build();
        new SiteGenerator().build(retitled);
        Path clean = dir.resolve("clean");
        new SiteGenerator().build(retitled.toBuilder().outputDir(clean).cacheDir(null).build());
        for (String f : files(clean)) {
            assertTrue(Arrays.equals(Files.readAllBytes(clean.resolve(f)), Files.readAllBytes(dir.resolve("site").resolve(f))), f);
        }
    }

    @Test
    void outputFileDeletedByHandIsWrittenAgain() throws IOException {
        incremental();
        Files.delete(dir.resolve("site/index.html"));
        incremental();
        assertSameAsCleanBuild();
    }

    private static List<String> files(Path root) throws IOException {
        try (Stream<Path> walk = Files.walk(root)) {
            List<String> out = new ArrayList<>();
            walk.filter(Files::isRegularFile).forEach(p -> out.add(root.relativize(p).toString()));
            out.sort(null);
            return out;
        }
    }
}
