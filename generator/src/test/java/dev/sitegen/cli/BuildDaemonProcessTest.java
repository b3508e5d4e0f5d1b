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
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The build daemon as a process of its own, started by its client with the command
 * {@link DaemonLauncher} gives it (here from the test class path rather than a jar).
 */
@Timeout(60)
class BuildDaemonProcessTest {

    @TempDir
    Path dir;

    /** A daemon this test started and did not stop (it failed halfway) is stopped here. */
    @AfterEach
    void stopTheDaemon() throws IOException {
        Path log = dir.resolve("d.log");
        if (Files.exists(log)) {
            Matcher pid = Pattern.compile("\\(pid (\\d+)\\)").matcher(Files.readString(log));
            while (pid.find()) {
                ProcessHandle.of(Long.parseLong(pid.group(1))).ifPresent(ProcessHandle::destroy);
            }
        }
    }

    private record Printed(ByteArrayOutputStream out, ByteArrayOutputStream err, Terminal terminal) {
        static Printed capture() {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ByteArrayOutputStream err = new ByteArrayOutputStream();
            return new Printed(out, err, new Terminal(new PrintStream(out, true, StandardCharsets.UTF_8),
                    new PrintStream(err, true, StandardCharsets.UTF_8), false, StandardCharsets.UTF_8));
        }
    }

    @Test
    void theClientStartsADaemonThatBuildsIgnoresCtrlCAndStopsWhenAsked() throws Exception {
        assumeTrue(Files.isExecutable(Path.of("/bin/sh")) && Files.isDirectory(Path.of("/proc/self")), "a Unix system");
        Path socket = dir.resolve("d.sock");
        Path log = dir.resolve("d.log");
        DaemonKey key = DaemonKey.of(List.of("test"), "", dir, Map.of());
        List<String> command = new ArrayList<>(DaemonLauncher.DETACHED);
        command.addAll(List.of(ProcessHandle.current().info().command().orElseThrow(), "-XX:TieredStopAtLevel=1",
                "-D" + DaemonLauncher.SOCKET_PROPERTY + "=" + socket, "-D" + DaemonLauncher.KEY_PROPERTY + "=" + key.encoded(),
                "-D" + DaemonLauncher.IDLE_PROPERTY + "=1",
                "-cp", System.getProperty("java.class.path"), Main.class.getName()));
        DaemonClient client = new DaemonClient(socket, key.text(), () -> command, log, Duration.ofSeconds(30), Duration.ofSeconds(10));
        Files.createDirectories(dir.resolve("seeds"));
        Files.writeString(dir.resolve("seeds/a.md"), "---\ntitle: First\ndate: 2024-03-01\n---\n\nOne.\n");
        List<String> build = List.of("build", "--seeds", dir.resolve("seeds").toString(), "--out", dir.resolve("site").toString(),
                "--cache", dir.resolve("cache").toString());

        Printed first = Printed.capture();
        assertEquals(Optional.of(0), client.build(build, first.terminal()), Files.readString(log));
        assertTrue(first.out().toString(StandardCharsets.UTF_8).startsWith("Read 1 seed; built "), first.out().toString());
        assertTrue(Files.isRegularFile(dir.resolve("site/index.html")));

        long pid = daemonPid(Files.readString(log));
        ProcessHandle daemon = ProcessHandle.of(pid).orElseThrow();
        new ProcessBuilder("kill", "-INT", Long.toString(pid)).start().waitFor();
        Thread.sleep(300);
        assertTrue(daemon.isAlive(), "Ctrl-C at the terminal that started it does not stop it");

        Printed second = Printed.capture();
        assertEquals(Optional.of(0), client.build(build, second.terminal()));
        assertTrue(second.out().toString(StandardCharsets.UTF_8).contains("(0 changed)"), second.out().toString());
        assertTrue(daemon.isAlive());
        String daemonLog = Files.readString(log);
        assertEquals(1, count(daemonLog, "listening on "), "the same daemon built both: " + daemonLog);
        assertEquals(2, count(daemonLog, "built [build, --seeds"), daemonLog);

        DaemonClient.Stopped stopped = client.stop();
        assertTrue(stopped.done(), stopped.message());
        daemon.onExit().get(20, TimeUnit.SECONDS);
        assertFalse(Files.exists(socket), "a daemon that stops removes its socket");
        assertEquals("no build daemon runs for this project", client.stop().message());
    }

    private static int count(String text, String part) {
        int count = 0;
        for (int at = text.indexOf(part); at >= 0; at = text.indexOf(part, at + 1)) {
            count++;
        }
        return count;
    }

    private static long daemonPid(String log) {
        Matcher pid = Pattern.compile("\\(pid (\\d+)\\)").matcher(log);
        assertTrue(pid.find(), log);
        return Long.parseLong(pid.group(1));
    }
}
