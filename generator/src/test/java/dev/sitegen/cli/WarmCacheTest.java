package dev.sitegen.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;

import dev.sitegen.CacheRead;
import dev.sitegen.FolderSnapshot;
import dev.sitegen.cache.BuildCache;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
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

    private void assertSameAsFreshBuild() throws IOException {
        Path fresh = dir.resolve("fresh-" + System.nanoTime());
        assertEquals(0, Main.run(CacheSource.NONE, quiet(), "build", "-q", "--no-cache", "--seeds", dir.resolve("seeds").toString(),
                "--out", fresh.toString()));
        assertEquals(FolderSnapshot.of(fresh), FolderSnapshot.of(dir.resolve("site")));
    }

    @Test
    void theNextBuildOfTheSameCacheFolderGetsTheCacheTheLastOneSaved() throws IOException {
        WarmCache warm = new WarmCache();
        assertEquals(0, build(warm, "site"));
        BuildCache first = nextCache(warm);

        assertSame(first, nextCache(warm), "not decoded again");

        article(2, "Story 2, retitled", "Body 2, edited.");
        assertEquals(0, build(warm, "site"));
        assertSameAsFreshBuild();
    }

    @Test
    void aCacheFolderAnotherBuildWroteIsReadAgainAndTheSiteStaysRight() throws IOException {
        WarmCache warm = new WarmCache();
        assertEquals(0, build(warm, "site"));
        BuildCache kept = nextCache(warm);

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
        assertEquals(0, build(warm, "site"));
        BuildCache kept = nextCache(warm);
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
        assertEquals(0, build(warm, "site"));
        BuildCache kept = nextCache(warm);
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
        assertEquals(0, build(warm, "site"));
        BuildCache kept = nextCache(warm);
        assertNotSame(kept, warm.read(Optional.of(dir.resolve("other-cache"))).orElseThrow().cache());

        WarmCache tiny = new WarmCache(10);
        assertEquals(0, build(tiny, "site"));
        BuildCache notKept = nextCache(tiny);
        assertNotSame(notKept, nextCache(tiny));
    }
}
