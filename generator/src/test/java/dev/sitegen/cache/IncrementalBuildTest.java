package dev.sitegen.cache;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sitegen.BuildListener;
import dev.sitegen.BuildReport;
import dev.sitegen.CacheRead;
import dev.sitegen.SiteGenerator;
import dev.sitegen.config.SiteConfig;
import dev.sitegen.diag.ContentException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
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

    /** As the preview server has one: it keeps its last theme between rebuilds. */
    private final SiteGenerator server = new SiteGenerator();

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

    /** Builds with the on-disk cache and returns the phases the build went through. */
    private List<String> phasesOfIncremental() {
        List<String> phases = new ArrayList<>();
        new SiteGenerator().build(config(dir.resolve("site"), dir.resolve("cache")), new BuildListener() {
            @Override
            public void phase(String name) {
                phases.add(name);
            }
        });
        return phases;
    }

    private static void setTime(Path file, Instant time) throws IOException {
        Files.setLastModifiedTime(file, FileTime.from(time));
    }

    /** Makes every seed look written an hour ago, as seeds of a real project are: their stamps are then trusted. */
    private void ageSeeds() throws IOException {
        try (Stream<Path> files = Files.list(seeds)) {
            for (Path f : (Iterable<Path>) files::iterator) {
                setTime(f, Instant.now().minus(Duration.ofHours(1)));
            }
        }
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

    @Test
    void bodyOnlyEditIsRenderedWithoutIndexingTheSiteAgain() throws IOException {
        ageSeeds();
        incremental();
        page("p5", "Story number 5", "2025-06-05", "Topic2", List.of("Tag1", "Tag0", "Shared"),
                "Body of story 5.\n\nA paragraph *added* later.");
        List<String> phases = phasesOfIncremental();
        assertFalse(phases.contains("indexing"), "phases: " + phases);
        assertTrue(Files.readString(dir.resolve("site/articles/story-number-5/index.html")).contains("<em>added</em>"));
        assertSameAsCleanBuild();
        // and again, from the cache file the patched build saved
        page("p5", "Story number 5", "2025-06-05", "Topic2", List.of("Tag1", "Tag0", "Shared"),
                "Body of story 5.\n\nA paragraph changed twice.");
        assertFalse(phasesOfIncremental().contains("indexing"));
        assertSameAsCleanBuild();
    }

    /** The phases of a build with the on-disk cache, given a read of the cache begun before it. */
    private List<String> phasesWith(CacheRead started) {
        List<String> phases = new ArrayList<>();
        new SiteGenerator().build(config(dir.resolve("site"), dir.resolve("cache")), new BuildListener() {
            @Override
            public void phase(String name) {
                phases.add(name);
            }
        }, Optional.of(started));
        return phases;
    }

    @Test
    void aCacheReadBegunEarlyForTheBuildsCacheIsTakenOver() throws IOException {
        ageSeeds();
        incremental();
        editP6Body("Read early.");
        CacheRead early = CacheRead.start(dir.resolve("seeds/../cache"));
        early.cache(); // read: from here on, only this read knows the cache
        Files.write(dir.resolve("cache/build-cache.changing"), new byte[0]); // a read now would distrust it
        assertFalse(phasesWith(early).contains("indexing"), "a body-only edit, patched from the early read");
        assertSameAsCleanBuild();
    }

    @Test
    void aCacheReadBegunForAnotherCacheIsNotUsed() throws IOException {
        ageSeeds();
        incremental();
        // Another cache, of another site where story 6 has another title.
        Path p6 = seeds.resolve("p6.md");
        String original = Files.readString(p6);
        Files.writeString(p6, original.replace("Story number 6", "Renamed six"));
        new SiteGenerator().build(config(dir.resolve("other-site"), dir.resolve("other-cache")));
        Files.writeString(p6, original);
        ageSeeds();
        incremental();

        // The build reads its own cache, and patches the body-only edit: taken over, the other
        // read would find its site is not in this output folder, and rebuild it all.
        editP6Body("Read for another cache.");
        assertFalse(phasesWith(CacheRead.start(dir.resolve("other-cache"))).contains("indexing"));
        assertSameAsCleanBuild();
    }

    @Test
    void aTemplateBrokenSinceTheLastBuildStopsTheNextBeforeAnyOutputEvenForABodyOnlyEdit() throws IOException {
        // A changed theme is never patched: the broken template, which no article uses, is parsed
        // before anything is written, though the only seed edit is one a patch would handle.
        ageSeeds();
        Path templates = Files.createDirectories(dir.resolve("templates"));
        SiteConfig config = config(dir.resolve("site"), dir.resolve("cache")).toBuilder().templatesDir(templates).build();
        new SiteGenerator().build(config);
        Path article = dir.resolve("site/articles/story-number-6/index.html");
        byte[] before = Files.readAllBytes(article);
        Files.writeString(templates.resolve("search.ftlh"), "<p>${</p>");
        editP6Body("Written with a broken theme.");

        ContentException e = assertThrows(ContentException.class, () -> new SiteGenerator().build(config));
        assertTrue(e.describe().contains("search.ftlh:1"), e.describe());
        assertTrue(e.describe().contains("template syntax error"), e.describe());
        assertArrayEquals(before, Files.readAllBytes(article));
    }

    private void editP6Body(String body) throws IOException {
        page("p6", "Story number 6", "2025-06-06", "Topic0", List.of("Tag2", "Tag1", "Shared"), "Body of story 6.\n\n" + body);
    }

    @Test
    void bodyEditsAreAppendedToTheCacheJournalAndReadBack() throws IOException {
        ageSeeds();
        incremental();
        Path base = dir.resolve("cache/build-cache.bin");
        byte[] written = Files.readAllBytes(base);
        for (int i = 1; i <= 3; i++) {
            editP6Body("Edit " + i + ".");
            assertFalse(phasesOfIncremental().contains("indexing"));
            assertSameAsCleanBuild();
        }
        assertTrue(Arrays.equals(written, Files.readAllBytes(base)), "the cache file itself is not written again");
        assertTrue(Files.size(dir.resolve("cache/build-cache.journal")) > 0);
        // A change to what lists show writes the whole file again, and the journal starts afresh.
        page("p6", "Story number 6, retitled", "2025-06-06", "Topic0", List.of("Tag2", "Tag1", "Shared"), "Body.");
        incremental();
        assertFalse(Files.exists(dir.resolve("cache/build-cache.journal")));
        assertSameAsCleanBuild();
    }

    @Test
    void journalEntryCutShortIsIgnoredAndFoldedIntoANewCacheFile() throws IOException {
        ageSeeds();
        incremental();
        Path base = dir.resolve("cache/build-cache.bin");
        byte[] written = Files.readAllBytes(base);
        editP6Body("Edit 1.");
        incremental();
        // What a crash while appending leaves: the start of an entry that never ends.
        Files.write(dir.resolve("cache/build-cache.journal"), new byte[] {0, 0, 1, 0, 42}, java.nio.file.StandardOpenOption.APPEND);
        editP6Body("Edit 2.");
        incremental();
        assertSameAsCleanBuild();
        assertFalse(Arrays.equals(written, Files.readAllBytes(base)), "the damaged journal is folded into a new cache file");
        editP6Body("Edit 3.");
        incremental();
        assertSameAsCleanBuild();
    }

    private List<String> rebuild(SiteConfig config, BuildCache memory, Path... changed) {
        List<String> phases = new ArrayList<>();
        server.rebuild(config, new BuildListener() {
            @Override
            public void phase(String name) {
                phases.add(name);
            }
        }, memory, java.util.Set.of(changed));
        return phases;
    }

    @Test
    void previewRebuildOfAnEditedBodyReadsOnlyThatPage() throws IOException {
        BuildCache memory = BuildCache.owningOutput();
        SiteConfig config = config(dir.resolve("site"), null).toBuilder().cacheDir(null).build();
        new SiteGenerator().build(config, BuildListener.NONE, memory);
        for (int i = 1; i <= 2; i++) {
            editP6Body("Edit " + i + ".");
            assertEquals(List.of("reading seeds", "writing"), rebuild(config, memory, seeds.resolve("p6.md")));
            assertSameAsCleanBuild();
        }
        page("p6", "Story number 6, retitled", "2025-06-06", "Topic0", List.of("Tag2", "Tag1", "Shared"), "Body.");
        assertTrue(rebuild(config, memory, seeds.resolve("p6.md")).contains("indexing"), "a title is on other pages");
        assertSameAsCleanBuild();
        page("p14", "A new story", "2025-07-02", "Topic1", List.of("Tag1"), "New.");
        assertTrue(rebuild(config, memory, seeds.resolve("p14.md")).contains("indexing"), "a new seed");
        assertSameAsCleanBuild();
        Files.delete(seeds.resolve("p3.md"));
        assertTrue(rebuild(config, memory, seeds.resolve("p3.md")).contains("indexing"), "a deleted seed");
        assertSameAsCleanBuild();
        editP6Body("Edit 3.");
        assertTrue(rebuild(config, memory, seeds.resolve("p6.md"), dir.resolve("site-gen.yml")).contains("comparing"),
                "a file that is not a seed: everything is looked at");
        assertSameAsCleanBuild();
    }

    @Test
    void previewRebuildsUseTheTemplatesAndSettingsOnDiskNotTheLastBuildsTheme() throws IOException {
        Path templates = Files.createDirectories(dir.resolve("templates"));
        Path notFound = templates.resolve("404.ftlh");
        Files.writeString(notFound, "<p>Lost</p>\n");
        BuildCache memory = BuildCache.owningOutput();
        SiteConfig config = config(dir.resolve("site"), null).toBuilder().cacheDir(null).templatesDir(templates).build();
        server.build(config, BuildListener.NONE, memory);
        Files.writeString(notFound, "<p>Lost at sea, ${site.title}</p>\n");
        server.rebuild(config, BuildListener.NONE, memory, java.util.Set.of(notFound));
        assertEquals("<p>Lost at sea, " + config.title() + "</p>\n", Files.readString(dir.resolve("site/404.html")));
        SiteConfig renamed = config.toBuilder().title("Renamed Times").build();
        editP6Body("Edited with the new title.");
        server.rebuild(renamed, BuildListener.NONE, memory, java.util.Set.of(seeds.resolve("p6.md")));
        assertEquals("<p>Lost at sea, Renamed Times</p>\n", Files.readString(dir.resolve("site/404.html")));
        Path clean = dir.resolve("clean");
        new SiteGenerator().build(renamed.toBuilder().outputDir(clean).build());
        assertEquals(files(clean), files(dir.resolve("site")));
        for (String f : files(clean)) {
            assertTrue(Arrays.equals(Files.readAllBytes(clean.resolve(f)), Files.readAllBytes(dir.resolve("site").resolve(f))), f);
        }
    }

    @Test
    void templatesFolderThatIsALinkIsFollowedWhenItsTargetOrItsFilesChange() throws IOException {
        Path themeA = Files.createDirectories(dir.resolve("themeA"));
        Path themeB = Files.createDirectories(dir.resolve("themeB"));
        Files.writeString(themeA.resolve("404.ftlh"), "<p>A</p>\n");
        Files.writeString(themeB.resolve("404.ftlh"), "<p>B</p>\n");
        Path link = Files.createSymbolicLink(dir.resolve("templates"), themeA);
        SiteConfig config = config(dir.resolve("site"), dir.resolve("cache")).toBuilder().templatesDir(link).build();
        server.build(config);
        assertEquals("<p>A</p>\n", Files.readString(dir.resolve("site/404.html")));
        Files.delete(link);
        Files.createSymbolicLink(link, themeB);
        server.build(config);
        assertEquals("<p>B</p>\n", Files.readString(dir.resolve("site/404.html")), "the link points elsewhere");
        Files.writeString(themeB.resolve("404.ftlh"), "<p>B, edited</p>\n");
        server.build(config);
        assertEquals("<p>B, edited</p>\n", Files.readString(dir.resolve("site/404.html")), "a file edited behind the link");
    }

    @Test
    void previewCacheRebuildsAnOutputFolderRemovedWhileServing() throws IOException {
        BuildCache memory = BuildCache.owningOutput();
        SiteConfig config = config(dir.resolve("site"), null).toBuilder().cacheDir(null).build();
        new SiteGenerator().build(config, BuildListener.NONE, memory);
        try (Stream<Path> files = Files.walk(dir.resolve("site"))) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
        editP6Body("Edited after the folder went.");
        new SiteGenerator().build(config, BuildListener.NONE, memory);
        assertSameAsCleanBuild();
    }

    @Test
    void editThatChangesWhatListsShowIndexesTheSiteAgain() throws IOException {
        incremental();
        page("p5", "Story number 5, retitled", "2025-06-05", "Topic2", List.of("Tag1", "Tag0", "Shared"), "Body of story 5.");
        assertTrue(phasesOfIncremental().contains("indexing"));
        assertSameAsCleanBuild();
    }

    @Test
    void bodyEditOfAPageWhoseTagsComeFromItsTextIndexesTheSiteAgain() throws IOException {
        incremental();
        Files.writeString(seeds.resolve("auto.md"), "---\ntitle: Harbour strike\ndate: 2025-06-20\n---\n\n"
                + "Dock workers in Rotterdam went on strike. Rotterdam port officials said the strike would last.\n");
        incremental();
        Files.writeString(seeds.resolve("auto.md"), "---\ntitle: Harbour strike\ndate: 2025-06-20\n---\n\n"
                + "Dock workers in Rotterdam went on strike. Rotterdam port officials said the strike would last. "
                + "Antwerp dockers joined, and Antwerp shipping lines rerouted to Antwerp.\n");
        assertTrue(phasesOfIncremental().contains("indexing"), "its tags may change");
        assertSameAsCleanBuild();
    }

    @Test
    void touchedSeedWithTheSameTextRewritesNothing() throws IOException {
        ageSeeds();
        incremental();
        setTime(seeds.resolve("p3.md"), Instant.now());
        BuildReport second = incremental();
        assertEquals(0, second.changedFiles());
        assertSameAsCleanBuild();
    }

    @Test
    void seedReplacedByAnotherFileOfTheSameSizeAndTimeIsReadAgain() throws IOException {
        // rsync -t and editors' safe saves write a new file and rename it over the old one.
        ageSeeds();
        incremental();
        Path seed = seeds.resolve("p5.md");
        String text = Files.readString(seed);
        String edited = text.replace("Body of story 5.", "Body of story V.");
        assertEquals(text.length(), edited.length());
        Path temp = dir.resolve("p5.md.tmp");
        Files.writeString(temp, edited);
        Files.setLastModifiedTime(temp, Files.getLastModifiedTime(seed));
        Files.move(temp, seed, java.nio.file.StandardCopyOption.REPLACE_EXISTING, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
        BuildReport second = incremental();
        assertTrue(second.changedFiles() > 0, "the new text is read");
        assertSameAsCleanBuild();
    }

    @Test
    void buildStoppedAfterChangingTheSiteButBeforeSavingItsCacheIsFollowedByAFullOne() throws IOException {
        ageSeeds();
        incremental();
        Path seed = seeds.resolve("p5.md");
        String original = Files.readString(seed);
        // A build that writes the site and stops before its cache is saved (killed, out of memory):
        // the cache file on disk still describes the site before it.
        BuildCache loaded = CacheFile.load(dir.resolve("cache"));
        Files.writeString(seed, original.replace("Body of story 5.", "Body of story 5.\n\nA paragraph that is later taken back."));
        new SiteGenerator().build(config(dir.resolve("site"), dir.resolve("cache")), BuildListener.NONE, loaded);
        assertTrue(Files.readString(dir.resolve("site/articles/story-number-5/index.html")).contains("taken back"));
        Files.writeString(seed, original);
        assertTrue(phasesOfIncremental().contains("indexing"), "the cache is not trusted");
        assertSameAsCleanBuild();
    }

    @Test
    void editKeepingSizeAndTimeIsSeenWhileTheFileIsRecent() throws IOException {
        page("p5", "Story number 5", "2025-06-05", "Topic2", List.of("Tag1"), "Body AAAA.");
        // Written as the build reads it (a time after the read starts: however slow the machine, recent).
        Instant written = Instant.now().plusSeconds(1);
        setTime(seeds.resolve("p5.md"), written);
        incremental();
        // Same size, same time: only the file's age says its stamp cannot be trusted yet.
        page("p5", "Story number 5", "2025-06-05", "Topic2", List.of("Tag1"), "Body BBBB.");
        setTime(seeds.resolve("p5.md"), written);
        incremental();
        assertTrue(Files.readString(dir.resolve("site/articles/story-number-5/index.html")).contains("Body BBBB."));
        assertSameAsCleanBuild();
    }

    @Test
    void changedDumpGivesTheSameSiteAsACleanBuild() throws IOException {
        incremental();
        Path dump = seeds.resolve("dump.txt");
        Files.writeString(dump, Files.readString(dump).replace("POSITIVE CONCLUSION", "A POSITIVE CONCLUSION"));
        incremental();
        assertSameAsCleanBuild();
    }

    @Test
    void seedsReadFromAnotherFolderAreAllReadAgain() throws IOException {
        incremental();
        Path moved = Files.createDirectories(dir.resolve("moved"));
        try (Stream<Path> files = Files.list(seeds)) {
            for (Path f : (Iterable<Path>) files::iterator) {
                Files.copy(f, moved.resolve(f.getFileName()));
            }
        }
        Files.writeString(moved.resolve("p4.md"), Files.readString(moved.resolve("p4.md")).replace("Body of story 4.", "Moved body."));
        seeds = moved;
        incremental();
        assertTrue(Files.readString(dir.resolve("site/articles/story-number-4/index.html")).contains("Moved body."));
        assertSameAsCleanBuild();
    }

    @Test
    void previewCacheFollowsBodyEditsInMemory() throws IOException {
        BuildCache memory = BuildCache.owningOutput();
        SiteConfig config = config(dir.resolve("site"), null).toBuilder().cacheDir(null).build();
        new SiteGenerator().build(config, BuildListener.NONE, memory);
        for (int i = 1; i <= 3; i++) {
            page("p7", "Story number 7", "2025-06-07", "Topic1", List.of("Tag3", "Tag2", "Shared"), "Body of story 7.\n\nEdit " + i + ".");
            BuildReport report = server.build(config, BuildListener.NONE, memory);
            assertEquals(2, report.changedFiles(), "the article page and its Markdown twin");
            assertSameAsCleanBuild();
        }
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
