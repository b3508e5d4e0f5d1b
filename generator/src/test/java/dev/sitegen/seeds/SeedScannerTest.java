package dev.sitegen.seeds;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sitegen.diag.Diagnostic;
import dev.sitegen.diag.SiteGenException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SeedScannerTest {

    @TempDir
    Path project;

    private Path seeds() throws IOException {
        return Files.createDirectories(project.resolve("seeds"));
    }

    private Path write(String relative, String text) throws IOException {
        return write(relative, text.getBytes(StandardCharsets.UTF_8));
    }

    private Path write(String relative, byte[] bytes) throws IOException {
        Path file = project.resolve("seeds").resolve(relative);
        Files.createDirectories(file.getParent());
        return Files.write(file, bytes);
    }

    private SeedScanner.Scan scan() throws IOException {
        return SeedScanner.scan(seeds(), project);
    }

    private static List<String> names(SeedScanner.Scan scan) {
        return scan.seeds().stream().map(SeedFile::displayName).toList();
    }

    @Test
    void missingFolderIsAnErrorNamingIt() {
        SiteGenException e = assertThrows(SiteGenException.class,
                () -> SeedScanner.scan(project.resolve("seeds"), project));
        assertTrue(e.describe().startsWith("seeds: the seeds folder does not exist"), e.describe());
    }

    @Test
    void emptyFolderIsAnErrorNamingIt() throws IOException {
        Path seeds = seeds();
        SiteGenException e = assertThrows(SiteGenException.class, () -> SeedScanner.scan(seeds, project));
        assertTrue(e.describe().startsWith("seeds: no seeds found"), e.describe());
    }

    @Test
    void folderWithOnlyOtherFilesCountsAsEmpty() throws IOException {
        write("notes.html", "<p>x</p>");
        write(".draft.md", "---\ntitle: A\n---\n");
        Path seeds = seeds();
        assertThrows(SiteGenException.class, () -> SeedScanner.scan(seeds, project));
    }

    @Test
    void binaryDumpIsAWarningNotAnError() throws IOException {
        write("a.md", "---\ntitle: A\n---\n");
        write("photo.txt", new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 1});
        SeedScanner.Scan scan = scan();
        assertEquals(List.of("seeds/a.md"), names(scan));
        assertEquals(1, scan.problems().size());
        Diagnostic d = scan.problems().get(0);
        assertEquals(Diagnostic.Severity.WARNING, d.severity());
        assertEquals("seeds/photo.txt: is a binary file, not text; skipped", d.toString());
    }

    @Test
    void nonUtf8DumpIsAWarning() throws IOException {
        write("latin1.txt", "Caf\u00e9 news\nBody\n".getBytes(StandardCharsets.ISO_8859_1));
        Diagnostic d = scan().problems().get(0);
        assertEquals(Diagnostic.Severity.WARNING, d.severity());
        assertEquals("seeds/latin1.txt", d.position().toString());
    }

    @Test
    void nonUtf8PageModelIsAnError() throws IOException {
        write("latin1.md", "---\ntitle: Caf\u00e9\n---\n".getBytes(StandardCharsets.ISO_8859_1));
        SeedScanner.Scan scan = scan();
        assertEquals(List.of(), scan.seeds());
        Diagnostic d = scan.problems().get(0);
        assertEquals(Diagnostic.Severity.ERROR, d.severity());
        assertEquals("seeds/latin1.md: is not UTF-8 text; save it as UTF-8", d.toString());
    }

    @Test
    void ignoresHiddenFilesHiddenFoldersAndOtherExtensions() throws IOException {
        write("a.md", "---\ntitle: A\n---\n");
        write(".draft.md", "---\ntitle: Draft\n---\n");
        write(".git/HEAD.txt", "ref");
        write("notes.html", "<p>x</p>");
        write("photo.jpg", new byte[] {1, 2, 3});
        write("README", "read me");
        assertEquals(List.of("seeds/a.md"), names(scan()));
    }

    @Test
    void countsSeedsInSubfoldersButNotHiddenOrOtherFiles() throws IOException {
        write("a.md", "---\ntitle: A\n---\n");
        write("b.txt", "B\nbody\n");
        write("2024/c.markdown", "---\ntitle: C\n---\n");
        write("2024/deep/d.TXT", "D\nbody\n");
        write(".drafts/e.md", "---\ntitle: E\n---\n");
        write(".f.md", "---\ntitle: F\n---\n");
        write("notes.html", "<p>x</p>");
        assertEquals(4, SeedScanner.countUpTo(seeds(), 100));
    }

    @Test
    void countingStopsAtTheLimit() throws IOException {
        for (int i = 0; i < 5; i++) {
            write("top" + i + ".md", "x");
            write("sub/in" + i + ".md", "x");
        }
        assertEquals(0, SeedScanner.countUpTo(seeds(), 0));
        assertEquals(3, SeedScanner.countUpTo(seeds(), 3));
        assertEquals(7, SeedScanner.countUpTo(seeds(), 7));
        assertEquals(10, SeedScanner.countUpTo(seeds(), 11));
    }

    @Test
    void countingDoesNotFollowLinksToFolders() throws IOException {
        write("a.md", "x");
        write("sub/b.md", "x");
        Files.createSymbolicLink(seeds().resolve("self"), seeds());
        Files.createSymbolicLink(seeds().resolve("sub/up"), seeds());
        assertEquals(2, SeedScanner.countUpTo(seeds(), 1000));
    }

    @Test
    void aSeedsFolderThatIsALinkIsReadWhereItLeads(@TempDir Path elsewhere) throws IOException {
        Files.writeString(elsewhere.resolve("a.md"), "---\ntitle: A\n---\n");
        Files.createDirectories(elsewhere.resolve("sub"));
        Files.writeString(elsewhere.resolve("sub/b.md"), "---\ntitle: B\n---\n");
        Path link = Files.createSymbolicLink(project.resolve("seeds"), elsewhere);

        assertEquals(List.of("seeds/a.md", "seeds/sub/b.md"), names(SeedScanner.scan(link, project)));
        assertEquals(2, SeedScanner.countUpTo(link, 1000));
        // Read through the link: the cache keeps these paths, and the link may be pointed elsewhere.
        assertEquals(List.of(link.resolve("a.md"), link.resolve("sub/b.md")),
                SeedScanner.find(link, project).stream().map(SeedSource::path).toList());
    }

    @Test
    void aMissingFolderCountsNoSeeds() {
        assertEquals(0, SeedScanner.countUpTo(project.resolve("nope"), 10));
    }

    @Test
    void readsSubfoldersInSortedOrder() throws IOException {
        write("b.txt", "B\nbody\n");
        write("sub/a.md", "---\ntitle: A\n---\n");
        write("a.markdown", "---\ntitle: A2\n---\n");
        write("C.TXT", "C\nbody\n");
        assertEquals(List.of("seeds/C.TXT", "seeds/a.markdown", "seeds/b.txt", "seeds/sub/a.md"), names(scan()));
    }

    @Test
    void typesFilesByExtension() throws IOException {
        write("a.txt", "A\nbody\n");
        write("b.md", "---\ntitle: B\n---\n");
        write("c.markdown", "---\ntitle: C\n---\n");
        assertEquals(List.of(SeedFile.Type.DUMP, SeedFile.Type.PAGE_MODEL, SeedFile.Type.PAGE_MODEL),
                scan().seeds().stream().map(SeedFile::type).toList());
    }

    @Test
    void namesSeedsRelativeToProjectWithForwardSlashes() throws IOException {
        write("2025/june/a.md", "---\ntitle: A\n---\n");
        SeedFile seed = scan().seeds().get(0);
        assertEquals(Path.of("seeds", "2025", "june", "a.md"), seed.name());
        assertEquals("seeds/2025/june/a.md", seed.displayName());
        assertEquals(project.resolve("seeds/2025/june/a.md"), seed.path());
    }

    @Test
    void seedsOutsideTheProjectKeepTheirAbsolutePath(@TempDir Path elsewhere) throws IOException {
        Files.writeString(elsewhere.resolve("a.md"), "---\ntitle: A\n---\n");
        SeedFile seed = SeedScanner.scan(elsewhere, project).seeds().get(0);
        assertEquals(elsewhere.resolve("a.md").toAbsolutePath(), seed.name());
    }

    @Test
    void normalisesLineEndingsAndByteOrderMark() throws IOException {
        write("a.md", "\uFEFF---\r\ntitle: A\r\n---\r\n");
        assertEquals("---\ntitle: A\n---\n", scan().seeds().get(0).text());
    }

    @Test
    void aLinkToASeedIsReadAsThatSeed() throws IOException {
        Path target = project.resolve("elsewhere/story.md");
        Files.createDirectories(target.getParent());
        Files.writeString(target, "---\ntitle: Linked\n---\n\nText.\n");
        write("own.md", "---\ntitle: Own\n---\n\nText.\n");
        try {
            Files.createSymbolicLink(seeds().resolve("linked.md"), target);
        } catch (UnsupportedOperationException | IOException e) {
            org.junit.jupiter.api.Assumptions.abort("no symbolic links here: " + e);
        }
        SeedScanner.Scan scan = scan();
        assertEquals(List.of("seeds/linked.md", "seeds/own.md"), names(scan));
        assertEquals(Files.size(target), SeedScanner.find(seeds(), project).get(0).size(), "stamped with the target's size");
    }

    @Test
    void replacementCharacterWrittenAsSuchIsText() throws IOException {
        write("odd.md", "---\ntitle: Odd \uFFFD sign\n---\n\nBody.\n");
        SeedScanner.Scan scan = scan();
        assertTrue(scan.problems().isEmpty(), scan.problems().toString());
        assertTrue(scan.seeds().get(0).text().contains("Odd \uFFFD sign"));
    }
}
