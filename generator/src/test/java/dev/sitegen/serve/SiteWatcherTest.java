package dev.sitegen.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SiteWatcherTest {

    @TempDir
    Path tmp;

    private final BlockingQueue<Set<Path>> bursts = new LinkedBlockingQueue<>();
    private Path seeds;
    private Path config;
    private SiteWatcher watcher;

    @BeforeEach
    void watch() throws IOException {
        Path project = tmp.toRealPath();
        seeds = Files.createDirectories(project.resolve("seeds"));
        config = Files.writeString(project.resolve("site-gen.yml"), "title: x\n");
        Path out = project.resolve("seeds/site");
        watcher = SiteWatcher.start(List.of(seeds), List.of(config), p -> p.startsWith(out), bursts::add);
    }

    @AfterEach
    void stop() {
        watcher.close();
    }

    private Set<Path> nextBurst() throws InterruptedException {
        Set<Path> burst = bursts.poll(10, TimeUnit.SECONDS);
        assertTrue(burst != null, "no change reported");
        return burst;
    }

    @Test
    void severalQuickWritesAreReportedAsOneBurst() throws Exception {
        Files.writeString(seeds.resolve("a.md"), "1");
        Files.writeString(seeds.resolve("b.md"), "2");
        Files.writeString(seeds.resolve("a.md"), "3");
        assertEquals(Set.of(seeds.resolve("a.md"), seeds.resolve("b.md")), nextBurst());
        assertNull(bursts.poll(300, TimeUnit.MILLISECONDS), "one burst, one report");
    }

    @Test
    void filesInFoldersCreatedLaterAreWatched() throws Exception {
        Path sub = Files.createDirectories(seeds.resolve("2025"));
        assertTrue(nextBurst().contains(sub));
        Files.writeString(sub.resolve("c.md"), "new");
        assertTrue(nextBurst().contains(sub.resolve("c.md")));
    }

    @Test
    void aTreeThatIsALinkIsWatchedAndNamedThroughTheLink() throws Exception {
        Path real = Files.createDirectories(tmp.toRealPath().resolve("elsewhere/sub"));
        Path link = Files.createSymbolicLink(tmp.toRealPath().resolve("linked"), real.getParent());
        try (SiteWatcher linked = SiteWatcher.start(List.of(link), List.of(), p -> false, bursts::add)) {
            Files.writeString(real.resolve("d.md"), "in a sub-folder");
            assertEquals(Set.of(link.resolve("sub/d.md")), nextBurst());
        }
    }

    @Test
    void watchedSingleFileIsReportedButItsNeighboursAreNot() throws Exception {
        Files.writeString(config.resolveSibling("notes.txt"), "ignored");
        Files.writeString(config, "title: y\n");
        assertEquals(Set.of(config), nextBurst());
    }

    @Test
    void outputFolderAndHiddenFilesAreIgnored() throws Exception {
        Files.createDirectories(seeds.resolve("site/articles"));
        Files.writeString(seeds.resolve(".a.md.swp"), "editor");
        Files.writeString(seeds.resolve("a.md~"), "backup");
        assertNull(bursts.poll(500, TimeUnit.MILLISECONDS), "nothing that matters changed");
    }
}
