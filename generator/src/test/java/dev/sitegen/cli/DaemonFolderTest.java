package dev.sitegen.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DaemonFolderTest {

    @TempDir
    Path dir;

    @Test
    void theDaemonsFolderIsMadeForItsOwnerAlone() throws IOException {
        assumePosix();
        Optional<Path> folder = DaemonFolder.of(dir.resolve("cache"), owner());

        assertEquals(Optional.of(dir.resolve("cache/daemons")), folder);
        assertEquals("rwx------", PosixFilePermissions.toString(Files.getPosixFilePermissions(folder.get())));
    }

    @Test
    void aDaemonsFolderOthersMayEnterOrThatIsAnotherUsersIsNotUsed() throws IOException {
        assumePosix();
        Path cache = dir.resolve("cache");
        Files.createDirectories(cache.resolve("daemons"));
        Files.setPosixFilePermissions(cache.resolve("daemons"), PosixFilePermissions.fromString("rwxr-xr-x"));
        assertEquals(Optional.empty(), DaemonFolder.of(cache, owner()), "others may enter");

        Files.setPosixFilePermissions(cache.resolve("daemons"), PosixFilePermissions.fromString("rwx------"));
        assertEquals(Optional.of(cache.resolve("daemons")), DaemonFolder.of(cache, owner()));
        assertEquals(Optional.empty(), DaemonFolder.of(cache, owner() + "-not"), "another user's");
    }

    @Test
    void aDaemonsFolderThatIsAFileIsNotUsed() throws IOException {
        Path cache = dir.resolve("cache");
        Files.createDirectories(cache);
        Files.writeString(cache.resolve("daemons"), "not a folder");

        assertEquals(Optional.empty(), DaemonFolder.of(cache, owner()));
    }

    private void assumePosix() {
        assumeTrue(dir.getFileSystem().supportedFileAttributeViews().contains("posix"));
    }

    private String owner() throws IOException {
        return Files.getOwner(dir).getName();
    }

    @Test
    void theFilesOfAKeyNobodyUsedForADayAreRemovedWhenADaemonStarts() throws IOException {
        Path folder = Files.createDirectories(dir.resolve("daemons"));
        for (String key : new String[] {"aaaa", "bbbb"}) {
            Files.writeString(folder.resolve(key + ".sock.lock"), "");
            Files.writeString(folder.resolve(key + ".log"), "listening\n");
            Files.writeString(folder.resolve(key + ".sock"), ""); // left by a daemon killed outright
        }
        FileTime twoDaysAgo = FileTime.from(Instant.now().minus(Duration.ofDays(2)));
        for (String file : new String[] {"aaaa.sock.lock", "aaaa.log", "aaaa.sock"}) {
            Files.setLastModifiedTime(folder.resolve(file), twoDaysAgo);
        }
        ByteArrayOutputStream log = new ByteArrayOutputStream();

        DaemonFolder.tidy(folder.resolve("cccc.sock"), new PrintStream(log, true, StandardCharsets.UTF_8));

        assertFalse(Files.exists(folder.resolve("aaaa.sock.lock")));
        assertFalse(Files.exists(folder.resolve("aaaa.log")));
        assertFalse(Files.exists(folder.resolve("aaaa.sock")));
        assertTrue(Files.exists(folder.resolve("bbbb.sock.lock")), "used within the day");
        assertTrue(Files.exists(folder.resolve("bbbb.log")));
        assertTrue(log.toString(StandardCharsets.UTF_8).contains("asked 0 other daemon(s) to stop"), log.toString());
    }
}
