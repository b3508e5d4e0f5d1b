package dev.sitegen.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DaemonLauncherTest {

    private static final List<String> ARGS = List.of("build", "--seeds", "in", "-q");

    @TempDir
    Path dir;
    private Path jar;

    @BeforeEach
    void jar() throws IOException {
        jar = Files.writeString(dir.resolve("site-gen.jar"), "classes");
    }

    private SerialGcLauncher.Jvm jvm(List<String> options, String classPath, boolean relaunched) {
        return new SerialGcLauncher.Jvm("/opt/jdk/bin/java", options, classPath, () -> true, true, relaunched, 4242, false, true);
    }

    private SerialGcLauncher.Jvm plain() {
        return jvm(List.of(), jar.toString(), false);
    }

    private DaemonLauncher.Settings settings(boolean enabled) throws IOException {
        return new DaemonLauncher.Settings(enabled, Optional.of(dir.resolve("cache")), Files.getOwner(dir).getName(),
                dir.resolve("project"), Map.of("LANG", "C.UTF-8"), "17.0.9+9", "0022");
    }

    private Optional<DaemonClient> client(SerialGcLauncher.Jvm jvm, boolean batch, DaemonLauncher.Settings settings,
                                          List<String> args, int cores) {
        return new DaemonLauncher(new SerialGcLauncher(() -> jvm, 1000, batch), settings).client(args, cores);
    }

    @Test
    void aPlainJvmHasItsBuildRunInADaemonOfTheBatchJvmsOptionsStartedWithoutTheBuildsArguments() throws IOException {
        DaemonClient client = client(plain(), true, settings(true), ARGS, 2).orElseThrow();

        Path socket = client.socket();
        assertEquals(dir.resolve("cache/daemons"), socket.getParent());
        String key = socket.getFileName().toString().replace(".sock", "");
        List<String> command = client.daemonCommand();
        assertEquals(DaemonLauncher.DETACHED, command.subList(0, DaemonLauncher.DETACHED.size()));
        command = command.subList(DaemonLauncher.DETACHED.size(), command.size());
        assertEquals(List.of("/opt/jdk/bin/java", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1", "-XX:InitialHeapSize=128m",
                "-XX:-ShrinkHeapInSteps", "-Dsite-gen.daemonSocket=" + socket), command.subList(0, 6));
        assertTrue(command.get(6).startsWith("-Dsite-gen.daemonKey="), command.get(6));
        assertEquals(key, DaemonKey.decode(command.get(6).substring("-Dsite-gen.daemonKey=".length())).name());
        assertEquals(List.of("-Dsite-gen.relaunched=4242", "-cp", jar.toString(), Main.class.getName()),
                command.subList(7, command.size()), "the build's arguments go over the socket, not here");
    }

    @Test
    void onMoreCoresTheDaemonKeepsTheOptimisingCompiler() throws IOException {
        List<String> command = client(plain(), true, settings(true), ARGS, 8).orElseThrow().daemonCommand();

        assertTrue(command.contains("-XX:+UseSerialGC"));
        assertFalse(command.contains("-XX:TieredStopAtLevel=1"));
    }

    @Test
    void theSameSetUpReachesTheSameDaemonAndAnotherProjectAnother() throws IOException {
        DaemonLauncher.Settings here = settings(true);
        DaemonLauncher.Settings there = new DaemonLauncher.Settings(true, here.folder(), here.user(), dir.resolve("other"),
                here.env(), here.jdk(), here.umask());
        DaemonLauncher.Settings otherMask = new DaemonLauncher.Settings(true, here.folder(), here.user(), here.workingDir(),
                here.env(), here.jdk(), "0077");

        assertEquals(client(plain(), true, here, ARGS, 2).orElseThrow().socket(),
                client(plain(), true, here, List.of("build", "-v"), 2).orElseThrow().socket());
        assertFalse(client(plain(), true, here, ARGS, 2).orElseThrow().socket()
                .equals(client(plain(), true, there, ARGS, 2).orElseThrow().socket()));
        assertFalse(client(plain(), true, here, ARGS, 2).orElseThrow().socket()
                .equals(client(plain(), true, otherMask, ARGS, 2).orElseThrow().socket()), "files written get the umask");
    }

    @Test
    void theUserCanTurnTheDaemonOffForOneBuildOrAll() throws IOException {
        assertEquals(Optional.empty(), client(plain(), true, settings(false), ARGS, 2), "-Dsite-gen.daemon=false or CI");
        assertEquals(Optional.empty(), client(plain(), true, settings(true), List.of("build", "--no-daemon"), 2));
        assertEquals(Optional.empty(), client(plain(), false, settings(true), ARGS, 2), "-Dsite-gen.batchJvm=false");
    }

    @Test
    void helpAndVersionAreAnsweredWithoutADaemon() throws IOException {
        for (String quick : List.of("-h", "--help", "-V", "--version")) {
            assertEquals(Optional.empty(), client(plain(), true, settings(true), List.of("build", quick), 2), quick);
        }
    }

    @Test
    void aJvmThatIsNotPlainOrRunsClassesFromFoldersUsesNoDaemon() throws IOException {
        DaemonLauncher.Settings settings = settings(true);
        assertEquals(Optional.empty(), client(jvm(List.of("-Xmx1g"), jar.toString(), false), true, settings, ARGS, 2));
        assertEquals(Optional.empty(), client(jvm(List.of(), jar.toString(), true), true, settings, ARGS, 2), "relaunched");
        assertEquals(Optional.empty(), client(jvm(List.of(), dir.toString(), false), true, settings, ARGS, 2),
                "classes in a folder change under a daemon unseen");
        DaemonLauncher.Settings noCacheFolder = new DaemonLauncher.Settings(true, Optional.empty(), settings.user(),
                settings.workingDir(), settings.env(), settings.jdk(), settings.umask());
        assertEquals(Optional.empty(), client(plain(), true, noCacheFolder, ARGS, 2));
    }

    @Test
    void theDaemonMapsTheBatchJvmsClassArchiveButNeverWritesOne() throws IOException {
        SerialGcLauncher launcher = new SerialGcLauncher(this::plain, 1000, true,
                (classPath, options) -> ClassArchive.in(dir.resolve("archives"), classPath, options, "jdk"));
        DaemonLauncher daemons = new DaemonLauncher(launcher, settings(true));

        List<String> command = daemons.client(ARGS, 2).orElseThrow().daemonCommand();
        assertTrue(command.stream().noneMatch(o -> o.startsWith("-XX:ArchiveClassesAtExit")), command.toString());
        assertTrue(command.stream().noneMatch(o -> o.startsWith("-XX:SharedArchiveFile")), "there is none yet");

        // A build with --no-daemon wrote one.
        List<String> batch = launcher.batchCommand(ARGS, 2).orElseThrow().command();
        String writing = batch.stream().filter(o -> o.startsWith("-XX:ArchiveClassesAtExit=")).findFirst().orElseThrow();
        Path archive = Path.of(writing.substring(writing.indexOf('=') + 1));
        Files.writeString(archive, "classes");
        String name = archive.getFileName().toString();
        Path whole = archive.resolveSibling(name.substring(0, name.indexOf('.')) + "-7.jsa");
        Files.move(archive, whole);

        assertTrue(daemons.client(ARGS, 2).orElseThrow().daemonCommand().contains("-XX:SharedArchiveFile=" + whole));
    }

    @Test
    void continuousIntegrationTheSettingOrWindowsTurnTheDaemonOff() {
        assertTrue(DaemonLauncher.enabled("true", Map.of(), "Linux"));
        assertTrue(DaemonLauncher.enabled("true", Map.of(), "Mac OS X"));
        assertFalse(DaemonLauncher.enabled("false", Map.of(), "Linux"));
        assertFalse(DaemonLauncher.enabled("OFF", Map.of(), "Linux"));
        assertFalse(DaemonLauncher.enabled("true", Map.of("CI", "true"), "Linux"));
        assertFalse(DaemonLauncher.enabled("true", Map.of("CI", "1"), "Linux"));
        assertTrue(DaemonLauncher.enabled("true", Map.of("CI", "false"), "Linux"));
        assertFalse(DaemonLauncher.enabled("true", Map.of(), "Windows 11"), "a daemon would hold the project folder");
    }
}
