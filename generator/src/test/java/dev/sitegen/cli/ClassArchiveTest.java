package dev.sitegen.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ClassArchiveTest {

    private static final List<String> OPTIONS = List.of("-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1");
    private static final String JDK = "/opt/jdk 17.0.15+6";

    @TempDir
    Path dir;

    private Path jar() throws IOException {
        Path jar = dir.resolve("site-gen.jar");
        if (!Files.exists(jar)) {
            Files.write(jar, new byte[] {1, 2, 3});
        }
        return jar;
    }

    private ClassArchive archive() throws IOException {
        return ClassArchive.in(dir.resolve("cache"), jar().toString(), OPTIONS, JDK);
    }

    private static String value(List<String> options, String prefix) {
        return options.stream().filter(o -> o.startsWith(prefix)).map(o -> o.substring(prefix.length())).findFirst().orElseThrow();
    }

    private List<Path> cacheFiles() throws IOException {
        try (Stream<Path> files = Files.list(dir.resolve("cache"))) {
            return files.sorted().toList();
        }
    }

    /** What the build JVM would do with {@code options}: write an archive of {@code bytes}, report {@code status}. */
    private static void buildJvm(List<String> options, byte[] bytes, Integer status) throws IOException {
        Files.write(Path.of(value(options, "-XX:ArchiveClassesAtExit=")), bytes);
        if (status != null) {
            Files.writeString(Path.of(value(options, "-Dsite-gen.statusFile=")), status.toString());
        }
    }

    @Test
    void theFirstBuildWritesTheArchiveWhichIsPutInPlaceOnlyWhenItSucceeds() throws IOException {
        ClassArchive failing = archive();
        List<String> first = failing.options();
        assertTrue(first.containsAll(List.of("-Xlog:cds=off", "-Xlog:cds+dynamic=off")), first.toString());
        buildJvm(first, new byte[] {9}, 1);
        assertEquals(1, failing.finish(1));
        assertEquals(List.of(), cacheFiles(), "a failed build's archive and status are removed");

        ClassArchive succeeding = archive();
        buildJvm(succeeding.options(), new byte[] {7, 7, 7}, 0);
        assertEquals(0, succeeding.finish(0));
        List<String> next = archive().options();
        Path mapped = Path.of(value(next, "-XX:SharedArchiveFile="));
        assertEquals(List.of(mapped), cacheFiles());
        assertTrue(mapped.getFileName().toString().endsWith("-3.jsa"), mapped.toString());
        assertTrue(next.containsAll(List.of("-Xlog:cds=off", "-Xlog:cds+dynamic=off")), next.toString());
    }

    @Test
    void aBuildThatSucceededKeepsItsStatusWhenTheJvmCouldNotWriteTheArchive() throws IOException {
        ClassArchive archive = archive();
        List<String> options = archive.options();
        Files.writeString(Path.of(value(options, "-Dsite-gen.statusFile=")), "0");
        assertEquals(0, archive.finish(1), "the JVM exits with 1 when it cannot write the archive");
        assertEquals(List.of(), cacheFiles());
        ClassArchive killed = archive();
        killed.options();
        assertEquals(143, killed.finish(143), "no status written: the exit code it is");
    }

    @Test
    void anArchiveCutShortIsNeverMappedAndOneMappedByACrashedJvmIsRemoved() throws IOException {
        ClassArchive archive = archive();
        buildJvm(archive.options(), new byte[] {1, 2, 3, 4}, 0);
        archive.finish(0);
        Path whole = cacheFiles().get(0);
        Files.write(whole, new byte[] {1, 2});
        assertTrue(archive().options().stream().anyMatch(o -> o.startsWith("-XX:ArchiveClassesAtExit=")), "cut short");

        Files.write(whole, new byte[] {1, 2, 3, 4});
        ClassArchive mapping = archive();
        assertEquals("-XX:SharedArchiveFile=" + whole, mapping.options().get(0));
        assertEquals(130, mapping.finish(130), "stopped by Ctrl-C");
        assertTrue(Files.exists(whole));
        assertEquals(135, mapping.finish(135), "SIGBUS");
        assertFalse(Files.exists(whole));
    }

    @Test
    void anotherJarOrJdkOrOptionsNeverMapsTheArchiveOfThisOne() throws IOException {
        ClassArchive archive = archive();
        buildJvm(archive.options(), new byte[] {7}, 0);
        archive.finish(0);
        String mapped = value(archive().options(), "-XX:SharedArchiveFile=");

        Files.setLastModifiedTime(jar(), FileTime.from(Instant.parse("2020-01-01T00:00:00Z")));
        assertTrue(archive().options().stream().anyMatch(o -> o.startsWith("-XX:ArchiveClassesAtExit=")), "a rebuilt jar");
        assertTrue(ClassArchive.in(dir.resolve("cache"), jar().toString(), OPTIONS, "/opt/jdk 17.0.16+8").options().stream()
                .noneMatch(o -> o.equals("-XX:SharedArchiveFile=" + mapped)), "an updated JDK");
        assertTrue(ClassArchive.in(dir.resolve("cache"), jar().toString(), List.of("-XX:+UseSerialGC"), JDK).options().stream()
                .noneMatch(o -> o.equals("-XX:SharedArchiveFile=" + mapped)), "other options");
    }

    @Test
    void theSameJarReachedByAnotherPathMapsTheSameArchive() throws IOException {
        ClassArchive archive = archive();
        buildJvm(archive.options(), new byte[] {7}, 0);
        archive.finish(0);
        Files.createDirectories(dir.resolve("elsewhere"));
        String roundabout = dir.resolve("elsewhere/../site-gen.jar").toString();
        assertEquals(archive().options(), ClassArchive.in(dir.resolve("cache"), roundabout, OPTIONS, JDK).options());
    }

    @Test
    void aCacheFolderWithAPathSeparatorInItsNameHasNoArchive() throws IOException {
        Path folder = dir.resolve("a" + File.pathSeparator + "b");
        assertEquals(List.of(), ClassArchive.in(folder, jar().toString(), OPTIONS, JDK).options());
    }

    @Test
    void aClassPathWithFoldersOrMissingFilesHasNoArchive() throws IOException {
        Files.createDirectories(dir.resolve("classes"));
        for (String classPath : List.of(dir.resolve("classes").toString(), jar() + File.pathSeparator + dir.resolve("classes"),
                dir.resolve("gone.jar").toString(), "")) {
            assertEquals(List.of(), ClassArchive.in(dir.resolve("cache"), classPath, OPTIONS, JDK).options(), classPath);
        }
        assertFalse(Files.exists(dir.resolve("cache")));
    }

    @Test
    void aCacheFolderThatCannotBeMadeMeansNoArchive() throws IOException {
        Files.write(dir.resolve("file"), new byte[0]);
        assertEquals(List.of(), ClassArchive.in(dir.resolve("file/cache"), jar().toString(), OPTIONS, JDK).options());
    }

    @Test
    void onlyTheMostRecentArchivesAreKept() throws IOException {
        Files.createDirectories(dir.resolve("cache"));
        for (int i = 0; i < 6; i++) {
            Path old = dir.resolve("cache/classes-old" + i + ".jsa");
            Files.write(old, new byte[] {1});
            Files.setLastModifiedTime(old, FileTime.from(Instant.parse("2020-01-0" + (i + 1) + "T00:00:00Z")));
        }
        Path unrelated = dir.resolve("cache/notes.txt");
        Files.write(unrelated, new byte[0]);
        ClassArchive archive = archive();
        buildJvm(archive.options(), new byte[] {7}, 0);
        archive.finish(0);
        List<String> names = cacheFiles().stream().map(p -> p.getFileName().toString()).toList();
        assertEquals(5, names.size(), names.toString());
        assertTrue(names.containsAll(List.of("classes-old5.jsa", "classes-old4.jsa", "classes-old3.jsa", "notes.txt")), names.toString());
    }

    @Test
    void halfWrittenArchivesOfKilledJvmsAreRemovedOnceOld() throws IOException {
        Files.createDirectories(dir.resolve("cache"));
        Path old = dir.resolve("cache/classes-abc.123.tmp");
        Path recent = dir.resolve("cache/classes-abc.456.tmp");
        Files.write(old, new byte[] {1});
        Files.write(recent, new byte[] {1});
        Path oldStatus = dir.resolve("cache/classes-abc.123.status");
        Files.write(oldStatus, new byte[] {1});
        Files.setLastModifiedTime(old, FileTime.from(Instant.parse("2020-01-01T00:00:00Z")));
        Files.setLastModifiedTime(oldStatus, FileTime.from(Instant.parse("2020-01-01T00:00:00Z")));
        archive().options();
        assertFalse(Files.exists(old));
        assertFalse(Files.exists(oldStatus));
        assertTrue(Files.exists(recent), "perhaps still being written");
    }

    @Test
    void theCacheFolderFollowsEachSystemsConvention() {
        assertEquals(Optional.of(Path.of("/xdg/site-gen")), ClassArchive.cacheFolder(Map.of("XDG_CACHE_HOME", "/xdg"), "Linux", "/home/u"));
        assertEquals(Optional.of(Path.of("/home/u/.cache/site-gen")), ClassArchive.cacheFolder(Map.of("XDG_CACHE_HOME", "rel"), "Linux", "/home/u"));
        assertEquals(Optional.of(Path.of("/Users/u/Library/Caches/site-gen")), ClassArchive.cacheFolder(Map.of(), "Mac OS X", "/Users/u"));
        assertEquals(Optional.empty(), ClassArchive.cacheFolder(Map.of(), "Linux", ""));
        assertEquals(Optional.empty(), ClassArchive.cacheFolder(Map.of(), "Windows 11", "C:\\Users\\u"));
        assertNotEquals(Optional.empty(), ClassArchive.cacheFolder(Map.of("LOCALAPPDATA", dirOnThisSystem()), "Windows 11", ""));
    }

    private String dirOnThisSystem() {
        return dir.toAbsolutePath().toString();
    }
}
