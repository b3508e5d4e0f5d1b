package dev.sitegen.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class DaemonKeyTest {

    private static final List<String> COMMAND = List.of("/opt/jdk/bin/java", "17.0.9+9", "-XX:+UseSerialGC");
    private static final String JARS = "/opt/site-gen.jar 37000000 1700000000000\n";
    private static final Path PROJECT = Path.of("/home/ada/news");
    private static final Map<String, String> ENV = Map.of("LANG", "en_GB.UTF-8", "HOME", "/home/ada");

    private static DaemonKey key(List<String> command, String jars, Path project, Map<String, String> env) {
        return DaemonKey.of(command, jars, project, env);
    }

    @Test
    void theSameBuildSetUpHasTheSameKey() {
        assertEquals(key(COMMAND, JARS, PROJECT, ENV), key(COMMAND, JARS, PROJECT, ENV));
        assertEquals(16, key(COMMAND, JARS, PROJECT, ENV).name().length());
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
    void theKeyReachesTheDaemonWholeThroughItsCommandLine() {
        DaemonKey key = key(COMMAND, JARS, Path.of("/home/ada/news, and views"), Map.of("LANG", "de_DE.UTF-8", "TZ", "Europe/Zürich"));

        assertTrue(key.encoded().matches("[A-Za-z0-9_-]+"), key.encoded());
        assertEquals(key, DaemonKey.decode(key.encoded()));
        assertEquals(new DaemonKey(""), DaemonKey.decode("not base64!"));
    }

    @Test
    void theSocketIsNamedByTheKeyUnlessItsPathIsTooLongForASocket() {
        DaemonKey key = key(COMMAND, JARS, PROJECT, ENV);
        assertEquals(Optional.of(Path.of("/home/ada/.cache/site-gen/daemons/" + key.name() + ".sock")),
                key.socketIn(Path.of("/home/ada/.cache/site-gen/daemons")));
        assertEquals(Optional.empty(), key.socketIn(Path.of("/home/" + "a".repeat(90))));
    }
}
