package dev.sitegen.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sitegen.CacheRead;
import dev.sitegen.FolderSnapshot;
import dev.sitegen.cache.BuildCache;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The decoded cache the build daemon keeps between builds: used only while the cache folder is as
 * the last build left it, and never making a site that differs from a fresh build's.
 */
class WarmCacheTest {

    @TempDir
    Path dir;
    private Path cache;

    @BeforeEach
    void seeds() throws IOException {
        cache = dir.resolve("cache");
        Files.createDirectories(dir.resolve("seeds"));
        for (int i = 0; i < 4; i++) {
            article(i, "Story " + i, "Body " + i + ".");
        }
    }

    private void article(int i, String title, String body) throws IOException {
        Files.writeString(dir.resolve("seeds/p" + i + ".md"), "---\ntitle: " + title + "\ndate: 2024-03-0" + (i + 1)
                + "\ntags: [Rain, T" + i % 2 + "]\n---\n\n" + body + "\n");
    }

    private static Terminal quiet() {
        PrintStream sink = new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8);
        return new Terminal(sink, sink, false, StandardCharsets.UTF_8);
    }

    private int build(CacheSource caches, String out) {
        return Main.run(caches, quiet(), "build", "-q", "--seeds", dir.resolve("seeds").toString(), "--out",
                dir.resolve(out).toString(), "--cache", cache.toString());
    }

    /** The cache a build through {@code warm} was given. */
    private BuildCache nextCache(WarmCache warm) {
        CacheRead read = warm.read(Optional.of(cache)).orElseThrow();
        BuildCache given = read.cache();
        warm.saved(cache, read); // as the build it was for would: keeps it for the next
        return given;
    }

    /** Builds the site through {@code warm}, and returns the cache it keeps for the next build. */
    private BuildCache builtAndKept(WarmCache warm) {
        assertEquals(0, build(warm, "site"));
        return nextCache(warm);
    }

    private void assertSameAsFreshBuild() throws IOException {
        Path fresh = dir.resolve("fresh-" + System.nanoTime());
        assertEquals(0, Main.run(CacheSource.NONE, quiet(), "build", "-q", "--no-cache", "--seeds", dir.resolve("seeds").toString(),
                "--out", fresh.toString()));
        assertEquals(FolderSnapshot.of(fresh), FolderSnapshot.of(dir.resolve("site")));
    }

    @Test
    void theNextBuildOfTheSameCacheFolderGetsTheCacheTheLastOneSaved() throws IOException {
        WarmCache warm = new WarmCache();
        BuildCache first = builtAndKept(warm);

        assertSame(first, nextCache(warm), "not decoded again");

        article(2, "Story 2, retitled", "Body 2, edited.");
        assertEquals(0, build(warm, "site"));
        assertSameAsFreshBuild();
    }

    @Test
    void bodyEditsAppendedToTheJournalFromTheKeptCacheLeaveACacheFolderAFreshJvmReadsRight() throws IOException {
        // Terms in front matter, so that a body edit is a body-only rebuild, whose changes the
        // save appends to the journal of the file the kept cache was saved to (on a site this
        // large: on a small one, a change is a large part of the file, which is written whole).
        for (int i = 0; i < 300; i++) {
            Files.writeString(dir.resolve("seeds/p" + i + ".md"), "---\ntitle: Story " + i + "\ndate: 2024-03-"
                    + (10 + i % 18) + "\ntopics: [Weather]\ntags: [Rain]\n---\n\nFirst paragraph " + i + ".\n\nMore.\n");
            // Written an hour ago, as a project's seeds were: a time too close to a build's read is
            // not trusted, and 300 seeds read again would be too large a change for the journal.
            Files.setLastModifiedTime(dir.resolve("seeds/p" + i + ".md"), FileTime.from(Instant.now().minusSeconds(3600)));
        }
        WarmCache warm = new WarmCache();
        assertEquals(0, build(warm, "site"));
        Path journal = cache.resolve("build-cache.journal");
        long journalBefore = 0;
        for (int edit = 1; edit <= 4; edit++) {
            Files.writeString(dir.resolve("seeds/p7.md"), "---\ntitle: Story 7\ndate: 2024-03-17\ntopics: [Weather]\ntags: [Rain]"
                    + "\n---\n\nFirst paragraph 7.\n\nMore, edit " + edit + ".\n");
            BuildCache given = warm.read(Optional.of(cache)).orElseThrow().cache();
            assertEquals(0, build(new Handing(given, warm), "site"));
            assertTrue(Files.size(journal) > journalBefore, "edit " + edit + " was appended to the journal");
            journalBefore = Files.size(journal);
        }

        // A build in a new JVM decodes the file and replays the journal, then builds one more edit.
        Files.writeString(dir.resolve("seeds/p3.md"), "---\ntitle: Story 3\ndate: 2024-03-13\ntopics: [Weather]\ntags: [Rain]"
                + "\n---\n\nFirst paragraph 3.\n\nMore, edited elsewhere.\n");
        assertEquals(0, build(CacheSource.NONE, "site"));
        assertSameAsFreshBuild();
    }

    /** Hands a build the cache {@code given} (as the kept one), and keeps what it saves in {@code warm}. */
    private record Handing(BuildCache given, WarmCache warm) implements CacheSource {
        @Override
        public Optional<CacheRead> read(Optional<Path> cacheDir) {
            return cacheDir.map(d -> CacheRead.of(d, given));
        }

        @Override
        public void saved(Path cacheDir, CacheRead read) {
            warm.saved(cacheDir, read);
        }
    }

    @Test
    void aCacheFolderAnotherBuildWroteIsReadAgainAndTheSiteStaysRight() throws IOException {
        WarmCache warm = new WarmCache();
        BuildCache kept = builtAndKept(warm);

        // A build in another JVM (--no-daemon) changes the site and the cache folder meanwhile.
        article(1, "Story 1, changed elsewhere", "Body 1, changed elsewhere.");
        assertEquals(0, build(CacheSource.NONE, "site"));
        assertNotSame(kept, warm.read(Optional.of(cache)).orElseThrow().cache());

        article(3, "Story 3, edited", "Body 3, edited.");
        assertEquals(0, build(warm, "site"));
        assertSameAsFreshBuild();
    }

    @Test
    void aRemovedCacheFolderIsNotReplacedByTheKeptCache() throws IOException {
        WarmCache warm = new WarmCache();
        BuildCache kept = builtAndKept(warm);
        try (var files = Files.list(cache)) {
            for (Path f : files.toList()) {
                Files.delete(f);
            }
        }

        assertNotSame(kept, warm.read(Optional.of(cache)).orElseThrow().cache());
    }

    @Test
    void aBuildThatFailsLeavesNothingKept() throws IOException {
        WarmCache warm = new WarmCache();
        BuildCache kept = builtAndKept(warm);
        Files.writeString(dir.resolve("seeds/broken.md"), "---\ntitle: [unclosed\n---\n\nBody.\n");

        assertEquals(1, build(warm, "site"));

        assertNotSame(kept, warm.read(Optional.of(cache)).orElseThrow().cache());
        Files.delete(dir.resolve("seeds/broken.md"));
        assertEquals(0, build(warm, "site"));
        assertSameAsFreshBuild();
    }

    @Test
    void aCacheOfAnotherFolderOrLargerThanTheLimitIsNotKept() throws IOException {
        WarmCache warm = new WarmCache();
        BuildCache kept = builtAndKept(warm);
        assertNotSame(kept, warm.read(Optional.of(dir.resolve("other-cache"))).orElseThrow().cache());

        WarmCache tiny = new WarmCache(10);
        assertEquals(0, build(tiny, "site"));
        BuildCache notKept = nextCache(tiny);
        assertNotSame(notKept, nextCache(tiny));
    }
}
