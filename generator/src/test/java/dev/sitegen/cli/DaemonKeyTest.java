package dev.sitegen.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DaemonKeyTest {

    private static final List<String> COMMAND = List.of("/opt/jdk/bin/java", "17.0.9+9", "-XX:+UseSerialGC");
    private static final String JARS = "/opt/site-gen.jar 37000000 1700000000000\n";
    private static final Path PROJECT = Path.of("/home/ada/news");
    private static final Map<String, String> ENV = Map.of("LANG", "en_GB.UTF-8", "HOME", "/home/ada");

    @TempDir
    Path dir;

    private static DaemonKey key(List<String> command, String jars, Path project, Map<String, String> env) {
        return DaemonKey.of(command, jars, project, env);
    }

    @Test
    void theSameBuildSetUpHasTheSameKey() {
        assertEquals(key(COMMAND, JARS, PROJECT, ENV), key(COMMAND, JARS, PROJECT, ENV));
        assertEquals(64, key(COMMAND, JARS, PROJECT, ENV).digest().length());
    }

    @Test
    void anythingABuildDependsOnGivesAnotherKey() {
        DaemonKey key = key(COMMAND, JARS, PROJECT, ENV);
        assertNotEquals(key, key(List.of("/opt/jdk/bin/java", "17.0.10+7", "-XX:+UseSerialGC"), JARS, PROJECT, ENV), "JDK");
        assertNotEquals(key, key(List.of("/opt/jdk/bin/java", "17.0.9+9", "-XX:+UseSerialGC", "-Dsite-gen.port=9"),
                JARS, PROJECT, ENV), "an option");
        assertNotEquals(key, key(COMMAND, "/opt/site-gen.jar 37000001 1700000000000\n", PROJECT, ENV), "the jar");
        assertNotEquals(key, key(COMMAND, JARS, Path.of("/home/ada/blog"), ENV), "the working folder");
        assertNotEquals(key, key(COMMAND, JARS, PROJECT, Map.of("LANG", "de_DE.UTF-8")), "the locale");
        assertNotEquals(key, key(COMMAND, JARS, PROJECT, Map.of("LANG", "en_GB.UTF-8", "TZ", "Asia/Tokyo")), "the time zone");
    }

    @Test
    void variablesThatChangeNoBuildKeepTheKey() {
        assertEquals(key(COMMAND, JARS, PROJECT, ENV),
                key(COMMAND, JARS, PROJECT, Map.of("LANG", "en_GB.UTF-8", "OLDPWD", "/tmp", "SHLVL", "3")));
    }

    @Test
    void theSocketIsNamedByTheKeyUnlessItsPathIsTooLongForASocket() {
        DaemonKey key = key(COMMAND, JARS, PROJECT, ENV);
        assertEquals(Optional.of(Path.of("/home/ada/.cache/site-gen/daemons/" + key.digest().substring(0, 16) + ".sock")),
                key.socketIn(Path.of("/home/ada/.cache/site-gen/daemons")));
        assertEquals(Optional.empty(), key.socketIn(Path.of("/home/" + "a".repeat(90))));
    }

    @Test
    void theDaemonsFolderIsMadeForItsOwnerAlone() throws IOException {
        assumePosix();
        Optional<Path> folder = DaemonKey.folder(dir.resolve("cache"), owner());

        assertEquals(Optional.of(dir.resolve("cache/daemons")), folder);
        assertEquals("rwx------", PosixFilePermissions.toString(Files.getPosixFilePermissions(folder.get())));
    }

    @Test
    void aDaemonsFolderOthersMayEnterOrThatIsAnotherUsersIsNotUsed() throws IOException {
        assumePosix();
        Path cache = dir.resolve("cache");
        Files.createDirectories(cache.resolve("daemons"));
        Files.setPosixFilePermissions(cache.resolve("daemons"), PosixFilePermissions.fromString("rwxr-xr-x"));
        assertEquals(Optional.empty(), DaemonKey.folder(cache, owner()), "others may enter");

        Files.setPosixFilePermissions(cache.resolve("daemons"), PosixFilePermissions.fromString("rwx------"));
        assertEquals(Optional.of(cache.resolve("daemons")), DaemonKey.folder(cache, owner()));
        assertEquals(Optional.empty(), DaemonKey.folder(cache, owner() + "-not"), "another user's");
    }

    @Test
    void aDaemonsFolderThatIsAFileIsNotUsed() throws IOException {
        Path cache = dir.resolve("cache");
        Files.createDirectories(cache);
        Files.writeString(cache.resolve("daemons"), "not a folder");

        assertEquals(Optional.empty(), DaemonKey.folder(cache, owner()));
    }

    private void assumePosix() {
        assumeTrue(dir.getFileSystem().supportedFileAttributeViews().contains("posix"));
    }

    private String owner() throws IOException {
        return Files.getOwner(dir).getName();
    }
}
