package dev.sitegen.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SiteWriterTest {

    @TempDir
    Path dir;

    private Path site() {
        return dir.resolve("site");
    }

    private Path oldSite() throws IOException {
        Files.createDirectories(site().resolve("articles/old"));
        Files.writeString(site().resolve("articles/old/index.html"), "old page");
        return Files.writeString(site().resolve("index.html"), "old home");
    }

    private List<String> entriesBesideSite() throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"../x.html", "a/../../x.html", "", ".", "a/.."})
    void rejectsPathsLeavingTheSite(String path) {
        try (SiteWriter writer = SiteWriter.open(site())) {
            assertThrows(IllegalArgumentException.class, () -> writer.write(path, "x"));
        }
        assertFalse(Files.exists(dir.resolve("x.html")));
    }

    @Test
    void rejectsAbsolutePath() {
        Path outside = dir.resolve("outside.html").toAbsolutePath();
        try (SiteWriter writer = SiteWriter.open(site())) {
            assertThrows(IllegalArgumentException.class, () -> writer.write(outside.toString(), "x"));
        }
        assertFalse(Files.exists(outside));
    }

    @Test
    void writesNestedFilesAsUtf8() throws IOException {
        try (SiteWriter writer = SiteWriter.open(site())) {
            writer.write("articles/a/index.html", "São Paulo");
            writer.commit();
        }
        assertEquals("São Paulo", Files.readString(site().resolve("articles/a/index.html")));
    }

    @Test
    void commitReplacesTheOldSiteWhole() throws IOException {
        oldSite();
        try (SiteWriter writer = SiteWriter.open(site())) {
            writer.write("index.html", "new home");
            writer.commit();
        }
        assertEquals("new home", Files.readString(site().resolve("index.html")));
        assertFalse(Files.exists(site().resolve("articles/old")));
        assertEquals(List.of("site"), entriesBesideSite());
    }

    @Test
    void oldSiteStaysUntilCommit() throws IOException {
        oldSite();
        try (SiteWriter writer = SiteWriter.open(site())) {
            writer.write("index.html", "new home");
            assertEquals("old home", Files.readString(site().resolve("index.html")));
            writer.commit();
        }
    }

    @Test
    void closeWithoutCommitLeavesTheOldSiteAndRemovesStaging() throws IOException {
        oldSite();
        try (SiteWriter writer = SiteWriter.open(site())) {
            writer.write("index.html", "new home");
            writer.write("articles/new/index.html", "new page");
        }
        assertEquals("old home", Files.readString(site().resolve("index.html")));
        assertEquals("old page", Files.readString(site().resolve("articles/old/index.html")));
        assertFalse(Files.exists(site().resolve("articles/new")));
        assertEquals(List.of("site"), entriesBesideSite());
    }

    @Test
    void closeWithoutCommitAndNoOldSiteLeavesNothing() throws IOException {
        try (SiteWriter writer = SiteWriter.open(site())) {
            writer.write("index.html", "new home");
        }
        assertEquals(List.of(), entriesBesideSite());
    }

    @Test
    void openRemovesStagingLeftByACrashedBuild() throws IOException {
        Path stale = Files.createDirectories(dir.resolve(".site.staging/articles/stale"));
        Files.writeString(stale.resolve("index.html"), "stale");
        try (SiteWriter writer = SiteWriter.open(site())) {
            writer.write("index.html", "new home");
            writer.commit();
        }
        assertFalse(Files.exists(site().resolve("articles/stale")));
        assertTrue(Files.exists(site().resolve("index.html")));
    }

}
