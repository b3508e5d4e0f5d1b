package dev.sitegen.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SerialGcLauncherTest {

    private static final List<String> ARGS = List.of("build", "--seeds", "big", "-q");

    private static SerialGcLauncher.Jvm jvm(List<String> options) {
        return new SerialGcLauncher.Jvm("/opt/jdk/bin/java", options, "site-gen.jar", () -> true, true, false, 4242, false, true);
    }

    private static Optional<List<String>> command(SerialGcLauncher.Jvm jvm, int seeds) {
        return new SerialGcLauncher(() -> jvm, 1000, true).command(seeds, ARGS).map(SerialGcLauncher.Relaunch::command);
    }

    @Test
    void aLargeBuildRunsInASerialCollectorJvmWithTheSameOptionsAndArguments() {
        assertEquals(Optional.of(List.of("/opt/jdk/bin/java", "-Xss2m", "-Dfile.encoding=UTF-8", "-XX:+UseSerialGC",
                        "-Dsite-gen.relaunched=4242", "-cp", "site-gen.jar", "dev.sitegen.cli.Main", "build",
                        "--seeds", "big", "-q")),
                command(jvm(List.of("-Xss2m", "-Dfile.encoding=UTF-8")), 1000));
    }

    @Test
    void aSmallBuildStaysInThisJvmWithoutLookingAtIt() {
        SerialGcLauncher launcher = new SerialGcLauncher(() -> {
            throw new AssertionError("a build that stays must not inspect the JVM: that slows its start");
        }, 1000, true);
        assertEquals(Optional.empty(), launcher.command(999, ARGS));
        assertEquals(Optional.empty(), launcher.batchCommand(ARGS, 4));
    }

    @Test
    void anyOptionThatIsNotKnownToMeanTheSameInASecondJvmKeepsTheBuildHere() {
        for (String option : List.of("-Xmx2g", "-Xms64m", "-XX:MaxHeapSize=2g", "-XX:MaxRAMPercentage=50",
                "-XX:+UseParallelGC", "-XX:+UseG1GC", "-XX:MaxGCPauseMillis=50", "-XX:GCTimeRatio=4",
                "-XX:+UseStringDeduplication", "-XX:StartFlightRecording=filename=rec.jfr", "-Xlog:gc:file=gc.log",
                "-XX:ArchiveClassesAtExit=app.jsa", "-agentlib:jdwp=transport=dt_socket,server=y,address=5005",
                "-javaagent:agent.jar", "-XX:Flags=hsflags", "+UseParallelGC", "-Dcom.sun.management.jmxremote.port=9419",
                "-Djava.rmi.server.hostname=localhost")) {
            assertEquals(Optional.empty(), command(jvm(List.of("-Xss2m", option)), 5000), option);
        }
    }

    @Test
    void aJvmThatIsNotPlainOrIsRelaunchedAlreadyIsNotRelaunched() {
        // not loaded from its class path (say, inside Maven)
        assertEquals(Optional.empty(), command(new SerialGcLauncher.Jvm("java", List.of(), "site-gen.jar", () -> true, false, false, 1, false, true), 5000));
        assertEquals(Optional.empty(), command(new SerialGcLauncher.Jvm("java", List.of(), "site-gen.jar", () -> true, true, true, 1, false, true), 5000));
        assertEquals(Optional.empty(), command(new SerialGcLauncher.Jvm("java", List.of(), "", () -> true, true, false, 1, false, true), 5000));
    }

    @Test
    void aJvmThatPickedTheSerialCollectorItselfRelaunchesForC1ButNotForALargeBuild() {
        // One core, or little memory: the JVM picks the serial collector, but still compiles with C2.
        SerialGcLauncher.Jvm serial = new SerialGcLauncher.Jvm("java", List.of(), "site-gen.jar", () -> false, true, false, 1, false, true);
        SerialGcLauncher launcher = new SerialGcLauncher(() -> serial, 1000, true);
        assertEquals(Optional.empty(), launcher.command(5000, ARGS));
        assertTrue(launcher.batchCommand(ARGS, 1).isPresent());
    }

    @Test
    void helpAndVersionAreNotWorthASecondJvm() {
        SerialGcLauncher launcher = new SerialGcLauncher(() -> jvm(List.of()), 1000, true);
        for (String quick : List.of("-h", "--help", "-V", "--version")) {
            assertEquals(Optional.empty(), launcher.batchCommand(List.of("build", quick), 2), quick);
        }
    }

    @Test
    void anArgumentThatStartsWithAnAtSignReachesTheSecondJvmAsAValue() {
        // The arguments are expanded already; unescaped, the second JVM would read a file named Bob.
        List<String> command = new SerialGcLauncher(() -> jvm(List.of()), 1000, true)
                .command(1000, List.of("build", "--title", "@Bob")).orElseThrow().command();
        assertEquals(List.of("build", "--title", "@@Bob"), command.subList(command.size() - 3, command.size()));
    }

    @Test
    void onTwoCoresEveryBuildRunsWithTheSerialCollectorAndC1Only() {
        SerialGcLauncher launcher = new SerialGcLauncher(() -> jvm(List.of("-Dfile.encoding=UTF-8")), 1000, true);
        List<String> raw = List.of("build", "@args.txt");
        assertEquals(Optional.of(List.of("/opt/jdk/bin/java", "-Dfile.encoding=UTF-8", "-XX:+UseSerialGC",
                        "-XX:TieredStopAtLevel=1", "-Dsite-gen.relaunched=4242", "-cp", "site-gen.jar",
                        "dev.sitegen.cli.Main", "build", "@args.txt")),
                launcher.batchCommand(raw, 2).map(SerialGcLauncher.Relaunch::command)); // the second JVM reads the argument file itself
        assertEquals(Optional.empty(), launcher.batchCommand(raw, 3));
        assertEquals(Optional.empty(), new SerialGcLauncher(() -> jvm(List.of()), 1000, false).batchCommand(raw, 2));
        assertEquals(Optional.empty(), new SerialGcLauncher(() -> jvm(List.of("-Xmx1g")), 1000, true).batchCommand(raw, 2));
    }

    @Test
    void theBuildJvmAsksForHugePagesWhereTheSystemHandsThemOutOnRequest() {
        SerialGcLauncher.Jvm hugePages = new SerialGcLauncher.Jvm("java", List.of(), "site-gen.jar", () -> true, true, false, 1, true, true);
        List<String> command = new SerialGcLauncher(() -> hugePages, 1000, true).batchCommand(ARGS, 2).orElseThrow().command();
        assertTrue(command.contains("-XX:+UseTransparentHugePages"), command.toString());
        List<String> without = new SerialGcLauncher(() -> jvm(List.of()), 1000, true).batchCommand(ARGS, 2).orElseThrow().command();
        assertFalse(without.stream().anyMatch(o -> o.contains("HugePages")), without.toString());
    }

    @Test
    void theBatchJvmDoesNotAskWhichCollectorThisJvmUses() {
        // Asking starts the management beans: some 15 ms of every build's start, for a large build's question.
        SerialGcLauncher.Jvm jvm = new SerialGcLauncher.Jvm("java", List.of(), "site-gen.jar", () -> {
            throw new AssertionError("asked for the collector");
        }, true, false, 1, false, true);
        assertTrue(new SerialGcLauncher(() -> jvm, 1000, true).batchCommand(ARGS, 2).isPresent());
    }

    @Test
    void theBatchJvmGetsTheClassArchiveForItsClassPathAndOptions(@TempDir Path dir) throws IOException {
        Path jar = Files.write(dir.resolve("site-gen.jar"), new byte[] {1});
        SerialGcLauncher.Jvm jvm = new SerialGcLauncher.Jvm("java", List.of(), jar.toString(), () -> true, true, false, 1, false, true);
        List<Object> asked = new ArrayList<>();
        List<String> command = new SerialGcLauncher(() -> jvm, 1000, true, (classPath, options) -> {
            asked.add(classPath);
            asked.add(List.copyOf(options));
            return ClassArchive.in(dir.resolve("cache"), classPath, options, "jdk");
        }).batchCommand(ARGS, 2).orElseThrow().command();
        assertEquals(List.of(jar.toString(), List.of("-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1")), asked);
        assertTrue(command.stream().anyMatch(o -> o.startsWith("-XX:ArchiveClassesAtExit=" + dir.resolve("cache"))), command.toString());
        assertTrue(command.indexOf("-Xlog:cds=off") < command.indexOf("dev.sitegen.cli.Main"), command.toString());
    }

    @Test
    void aJvmOtherThanHotSpotIsNotRelaunchedWithHotSpotsOptions() {
        SerialGcLauncher.Jvm openJ9 = new SerialGcLauncher.Jvm("java", List.of(), "site-gen.jar", () -> true, true, false, 1, false, false);
        assertEquals(Optional.empty(), new SerialGcLauncher(() -> openJ9, 1000, true).batchCommand(ARGS, 2));
        assertEquals(Optional.empty(), new SerialGcLauncher(() -> openJ9, 1000, true).command(5000, ARGS));
    }

    @Test
    void aSharingModeGivenByTheUserMeansNoClassArchive() {
        for (String share : List.of("-Xshare:on", "-Xshare:off", "-Xshare:auto")) {
            List<String> command = new SerialGcLauncher(() -> jvm(List.of(share)), 1000, true, (classPath, options) -> {
                throw new AssertionError("asked for an archive");
            }).batchCommand(ARGS, 2).orElseThrow().command();
            assertTrue(command.contains(share), command.toString());
        }
    }

    @Test
    void aThresholdOfZeroTurnsRelaunchingOff() {
        assertEquals(Optional.empty(), new SerialGcLauncher(() -> jvm(List.of()), 0, true).command(100_000, ARGS));
    }

    @Test
    void theFirstArgumentIsReadFromALinuxCommandLine() {
        assertEquals(Optional.of("-jar"), SerialGcLauncher.Jvm.firstArgument("java\0-jar\0site-gen.jar\0build\0".getBytes()));
        assertEquals(Optional.of("-Xss2m"), SerialGcLauncher.Jvm.firstArgument("/opt/java\0-Xss2m\0-jar\0".getBytes()));
        assertEquals(Optional.empty(), SerialGcLauncher.Jvm.firstArgument("java\0".getBytes()));
        assertEquals(Optional.empty(), SerialGcLauncher.Jvm.firstArgument("java".getBytes()));
        assertEquals(Optional.empty(), SerialGcLauncher.Jvm.firstArgument(new byte[0]));
    }
}
