package dev.sitegen.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dev.sitegen.FolderSnapshot;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.DataOutputStream;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.Channels;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.net.StandardProtocolFamily;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.ServerSocketChannel;
import java.nio.file.StandardOpenOption;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The build daemon and its client, talking over a real socket in this JVM. The builds are stand-ins
 * that print and return what a test needs; the build itself is the CLI's, tested elsewhere.
 */
@Timeout(30)
class BuildDaemonTest {

    private static final String KEY = "k".repeat(64);
    private static final Duration LONG = Duration.ofMinutes(5);
    /** How often the daemons here look whether to close. */
    private static final Duration TICK = Duration.ofMillis(10);
    /** A daemon command that must not run: the tests start their daemons themselves. */
    private static final Supplier<List<String>> NO_START = () -> List.of("/nonexistent/java");

    @TempDir
    Path dir;

    private final List<Running> daemons = new ArrayList<>();
    /** A thread for each daemon and client: each blocks until its end, whatever the core count. */
    private final ExecutorService threads = Executors.newCachedThreadPool();
    private final ByteArrayOutputStream logBytes = new ByteArrayOutputStream();
    private final PrintStream log = new PrintStream(logBytes, true, StandardCharsets.UTF_8);

    private record Running(Path socket, CompletableFuture<Void> stopped) {
    }

    /** A terminal that keeps what is printed on it. */
    private static final class Captured {
        final ByteArrayOutputStream out = new ByteArrayOutputStream();
        final ByteArrayOutputStream err = new ByteArrayOutputStream();
        final Terminal terminal;

        Captured(boolean interactive) {
            terminal = new Terminal(new PrintStream(out, true, StandardCharsets.UTF_8),
                    new PrintStream(err, true, StandardCharsets.UTF_8), interactive, StandardCharsets.UTF_8);
        }

        String out() {
            return out.toString(StandardCharsets.UTF_8);
        }

        String err() {
            return err.toString(StandardCharsets.UTF_8);
        }
    }

    @AfterEach
    void stopDaemons() throws Exception {
        for (Running running : daemons) {
            if (!running.stopped().isDone()) {
                stop(running.socket());
                running.stopped().get(10, TimeUnit.SECONDS);
            }
        }
        threads.shutdownNow();
    }

    private Running start(Path socket, Duration idle, BooleanSupplier outdated, BooleanSupplier movedAway,
                          BuildDaemon.Builds builds) throws Exception {
        BuildDaemon daemon = new BuildDaemon(socket, KEY, idle, TICK, outdated, movedAway, builds, log);
        CompletableFuture<Void> stopped = CompletableFuture.runAsync(() -> {
            try {
                daemon.run();
            } catch (IOException | InterruptedException e) {
                throw new IllegalStateException(e);
            }
        }, threads);
        Running running = new Running(socket, stopped);
        daemons.add(running);
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (!log().contains("listening on " + socket + " ") && !stopped.isDone()) {
            if (System.nanoTime() > deadline) {
                fail("the daemon did not listen; its log: " + log());
            }
            Thread.sleep(5);
        }
        return running;
    }

    private String log() {
        return logBytes.toString(StandardCharsets.UTF_8);
    }

    private void awaitLog(String text) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (!log().contains(text)) {
            assertTrue(System.nanoTime() < deadline, "the daemon's log should say " + text + "; it says " + log());
            Thread.sleep(5);
        }
    }

    private Running start(BuildDaemon.Builds builds) throws Exception {
        return start(dir.resolve("d.sock"), LONG, () -> false, () -> false, builds);
    }

    private DaemonClient client(String key) {
        return new DaemonClient(dir.resolve("d.sock"), key, NO_START, dir.resolve("d.log"), Duration.ofSeconds(5),
                Duration.ofSeconds(10));
    }

    private static void stop(Path socket) {
        try (SocketChannel channel = DaemonProtocol.askToStop(socket)) {
        } catch (IOException gone) {
            // stopped already
        }
    }

    @Test
    void aBuildAskedOfTheDaemonPrintsWhatItPrintsAndEndsWithItsExitCode() throws Exception {
        List<String> asked = new ArrayList<>();
        AtomicBoolean interactive = new AtomicBoolean();
        start((args, terminal) -> {
            asked.addAll(args);
            interactive.set(terminal.interactive());
            terminal.out().println("Read 1 seed; built 3 files — “ok”");
            terminal.err().println("  warning: seeds/a.md:3: ünïcode");
            return 7;
        });
        Captured captured = new Captured(true);

        Optional<Integer> status = client(KEY).build(List.of("build", "--seeds", "in put"), captured.terminal);

        assertEquals(Optional.of(7), status);
        assertEquals(List.of("build", "--seeds", "in put"), asked);
        assertTrue(interactive.get(), "the client's terminal is interactive, so the build's is");
        assertEquals("Read 1 seed; built 3 files — “ok”" + System.lineSeparator(), captured.out());
        assertEquals("  warning: seeds/a.md:3: ünïcode" + System.lineSeparator(), captured.err());
    }

    /** Writes two articles into {@code seeds}; {@code edit} changes the second. */
    private static void seeds(Path seeds, String edit) throws IOException {
        Files.createDirectories(seeds);
        Files.writeString(seeds.resolve("a.md"), "---\ntitle: First\ndate: 2024-03-01\ntags: [rain]\n---\n\nOne.\n");
        Files.writeString(seeds.resolve("b.md"), "---\ntitle: Second" + edit + "\ndate: 2024-03-02\ntags: [rain]\n---\n\nTwo.\n");
    }

    private static List<String> build(Path project) {
        return List.of("build", "--seeds", project.resolve("seeds").toString(), "--out", project.resolve("site").toString(),
                "--cache", project.resolve("cache").toString());
    }

    @Test
    void sitesBuiltOneAfterAnotherInTheDaemonAreTheSitesFreshBuildsWrite() throws Exception {
        // The daemon runs the real command; between a site's builds it builds another one, so that
        // anything one build left in the JVM would show in the next.
        WarmCache warm = new WarmCache();
        start((args, terminal) -> Main.run(warm, terminal, args.toArray(String[]::new)));
        Path news = dir.resolve("news");
        Path other = dir.resolve("other");
        seeds(news.resolve("seeds"), "");
        Files.createDirectories(other.resolve("seeds"));
        Files.writeString(other.resolve("seeds/c.md"), "---\ntitle: Elsewhere\ndate: 2023-01-01\ntopics: [Sport]\n---\n\nThree.\n");

        Captured first = new Captured(false);
        assertEquals(Optional.of(0), client(KEY).build(build(news), first.terminal));
        assertTrue(first.out().startsWith("Read 2 seeds; built "), first.out());
        assertEquals(Optional.of(0), client(KEY).build(build(other), new Captured(false).terminal));
        seeds(news.resolve("seeds"), ", edited");
        Captured second = new Captured(false);
        assertEquals(Optional.of(0), client(KEY).build(build(news), second.terminal));
        assertTrue(second.out().contains("changed"), second.out());

        Path fresh = dir.resolve("fresh");
        seeds(fresh.resolve("seeds"), ", edited");
        assertEquals(0, Main.run(CacheSource.NONE, new Captured(false).terminal, "build", "--no-cache", "--seeds", fresh.resolve("seeds").toString(),
                "--out", fresh.resolve("site").toString()));
        assertEquals(FolderSnapshot.of(fresh.resolve("site")), FolderSnapshot.of(news.resolve("site")));
    }

    @Test
    void aCommandLineErrorInTheDaemonIsTheClientsUsageError() throws Exception {
        start((args, terminal) -> Main.run(new WarmCache(), terminal, args.toArray(String[]::new)));
        Captured captured = new Captured(false);

        assertEquals(Optional.of(2), client(KEY).build(List.of("build", "--no-such-option"), captured.terminal));

        assertTrue(captured.err().contains("Unknown option: '--no-such-option'"), captured.err());
        assertEquals("", captured.out());
    }

    @Test
    void aCharacterSplitAcrossTwoWritesIsPrintedWhole() throws Exception {
        byte[] text = "é€😀".getBytes(StandardCharsets.UTF_8);
        start((args, terminal) -> {
            for (byte b : text) {
                terminal.out().write(b); // one frame per byte
            }
            terminal.out().flush();
            return 0;
        });
        Captured captured = new Captured(false);

        assertEquals(Optional.of(0), client(KEY).build(List.of("build"), captured.terminal));
        assertEquals("é€😀", captured.out());
    }

    @Test
    void aClientOfAnotherKeyIsDeclinedAndNothingIsBuilt() throws Exception {
        AtomicBoolean built = new AtomicBoolean();
        start((args, terminal) -> {
            built.set(true);
            return 0;
        });

        assertEquals(Optional.empty(), client("x".repeat(64)).build(List.of("build"), new Captured(false).terminal));
        assertFalse(built.get());
    }

    @Test
    void aSecondBuildWaitsForTheOneInProgressInsteadOfRacingIt() throws Exception {
        CountDownLatch firstStarted = new CountDownLatch(1);
        CountDownLatch releaseFirst = new CountDownLatch(1);
        List<String> order = Collections.synchronizedList(new ArrayList<>());
        start((args, terminal) -> {
            order.add("start " + args.get(1));
            if (args.get(1).equals("first")) {
                firstStarted.countDown();
                try {
                    releaseFirst.await();
                } catch (InterruptedException e) {
                    throw new IllegalStateException(e);
                }
            }
            order.add("end " + args.get(1));
            return args.get(1).length();
        });
        CompletableFuture<Optional<Integer>> first = CompletableFuture.supplyAsync(
                () -> client(KEY).build(List.of("build", "first"), new Captured(false).terminal), threads);
        assertTrue(firstStarted.await(10, TimeUnit.SECONDS));
        Captured second = new Captured(false);
        CompletableFuture<Optional<Integer>> secondBuild = CompletableFuture.supplyAsync(
                () -> client(KEY).build(List.of("build", "second!"), second.terminal), threads);

        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (!second.err().contains("waiting for the build daemon")) {
            assertTrue(System.nanoTime() < deadline, "the second client should say it waits");
            Thread.sleep(5);
        }
        assertFalse(secondBuild.isDone());
        releaseFirst.countDown();

        assertEquals(Optional.of(5), first.get(10, TimeUnit.SECONDS));
        assertEquals(Optional.of(7), secondBuild.get(10, TimeUnit.SECONDS));
        assertEquals(List.of("start first", "end first", "start second!", "end second!"), order);
    }

    @Test
    void buildsOneAfterAnotherNeverFindTheDaemonBusy() throws Exception {
        Running running = start((args, terminal) -> 0);
        for (int i = 0; i < 20; i++) {
            Captured captured = new Captured(false);
            assertEquals(Optional.of(0), client(KEY).build(List.of("build"), captured.terminal));
            assertEquals("", captured.err(), "build " + i + ": the daemon is idle once its client has the exit code");
        }
        DaemonClient.Stopped stopped = client(KEY).stop();
        assertTrue(stopped.done(), stopped.message());
        running.stopped().get(10, TimeUnit.SECONDS);
    }

    @Test
    void aDaemonThatHasBeenIdleStopsAndRemovesItsSocket() throws Exception {
        Path socket = dir.resolve("d.sock");
        Running running = start(socket, Duration.ofMillis(100), () -> false, () -> false, (args, terminal) -> 0);

        running.stopped().get(10, TimeUnit.SECONDS);

        assertFalse(Files.exists(socket));
        assertTrue(log().contains("idle"), log());
    }

    @Test
    void aDaemonStopsWhenItsJarChanges() throws Exception {
        AtomicBoolean changed = new AtomicBoolean();
        Running running = start(dir.resolve("d.sock"), LONG, changed::get, () -> false, (args, terminal) -> 0);
        Thread.sleep(50);
        assertFalse(running.stopped().isDone());

        changed.set(true);

        running.stopped().get(10, TimeUnit.SECONDS);
        assertTrue(log().contains("jar changed"), log());
    }

    @Test
    void aDaemonWhoseWorkingFolderWasRemovedDeclinesAndStops() throws Exception {
        AtomicBoolean built = new AtomicBoolean();
        Running running = start(dir.resolve("d.sock"), LONG, () -> false, () -> true, (args, terminal) -> {
            built.set(true);
            return 0;
        });

        assertEquals(Optional.empty(), client(KEY).build(List.of("build"), new Captured(false).terminal));

        running.stopped().get(10, TimeUnit.SECONDS);
        assertFalse(built.get(), "relative paths would reach the removed folder");
    }

    @Test
    void aSecondDaemonForTheSameSocketLeavesTheFirstListening() throws Exception {
        Path socket = dir.resolve("d.sock");
        start((args, terminal) -> 1);

        BuildDaemon second = new BuildDaemon(socket, KEY, LONG, TICK, () -> false, () -> false, (args, terminal) -> 2, log);
        second.run(); // returns: the first holds the lock (in this JVM, at once; from another, after a wait)

        assertEquals(Optional.of(1), client(KEY).build(List.of("build"), new Captured(false).terminal));
    }

    @Test
    void aSocketFileLeftByAKilledDaemonIsReplaced() throws Exception {
        Files.writeString(dir.resolve("d.sock"), "left behind");

        start((args, terminal) -> 4);

        assertEquals(Optional.of(4), client(KEY).build(List.of("build"), new Captured(false).terminal));
    }

    @Test
    void aBuildThatFailsBeyondTheCommandsOwnHandlingIsReportedAndStopsTheDaemon() throws Exception {
        Running running = start((args, terminal) -> {
            throw new OutOfMemoryError("Java heap space");
        });
        Captured captured = new Captured(false);

        assertEquals(Optional.of(3), client(KEY).build(List.of("build"), captured.terminal));

        assertTrue(captured.err().contains("internal error in the build daemon"), captured.err());
        assertTrue(captured.err().contains("Java heap space"), captured.err());
        running.stopped().get(10, TimeUnit.SECONDS);
    }

    @Test
    void aNewDaemonStopsAllButTheThreeOtherDaemonsUsedLast() throws Exception {
        List<Running> others = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            Path socket = dir.resolve("other" + i + ".sock");
            others.add(start(socket, LONG, () -> false, () -> false, (args, terminal) -> 0));
            Files.setLastModifiedTime(socket, FileTime.fromMillis(1_000_000L * (i + 1))); // other0 used longest ago
        }

        start((args, terminal) -> 0);
        awaitLog("asked 1 other daemon(s) to stop");

        others.get(0).stopped().get(10, TimeUnit.SECONDS);
        for (Running kept : others.subList(1, 4)) {
            DaemonClient client = new DaemonClient(kept.socket(), KEY, NO_START, dir.resolve("d.log"), LONG, LONG);
            assertEquals(Optional.of(0), client.build(List.of("build"), new Captured(false).terminal), "the three used last serve on");
        }
    }

    @Test
    void aDaemonAskedToStopWhileItBuildsFinishesTheBuildAndServesOn() throws Exception {
        CountDownLatch started = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        Running running = start((args, terminal) -> {
            started.countDown();
            try {
                release.await();
            } catch (InterruptedException e) {
                throw new IllegalStateException(e);
            }
            return 5;
        });
        CompletableFuture<Optional<Integer>> build = CompletableFuture.supplyAsync(
                () -> client(KEY).build(List.of("build"), new Captured(false).terminal), threads);
        assertTrue(started.await(10, TimeUnit.SECONDS));

        DaemonClient.Stopped stopped = client(KEY).stop();
        assertFalse(stopped.done());
        assertTrue(stopped.message().contains("building"), stopped.message());
        awaitLog("asked to stop while building; staying");
        release.countDown();

        assertEquals(Optional.of(5), build.get(10, TimeUnit.SECONDS));
        assertFalse(running.stopped().isDone());
        assertEquals(Optional.of(5), client(KEY).build(List.of("build"), new Captured(false).terminal));
    }

    @Test
    void aDaemonStartingWhileAnotherClosesWaitsForItsLockAndTakesOver() throws Exception {
        Path socket = dir.resolve("d.sock");
        // The lock, as a closing daemon holds it until its last moment: in another JVM, since a
        // lock held in this one makes a daemon give up at once.
        Process holder = lockInAnotherJvm(BuildDaemon.lockFile(socket), 500);
        Running running = start(socket, LONG, () -> false, () -> false, (args, terminal) -> 9);

        assertEquals(Optional.of(9), client(KEY).build(List.of("build"), new Captured(false).terminal));
        assertTrue(holder.waitFor(10, TimeUnit.SECONDS));
        assertFalse(running.stopped().isDone());
    }

    /** Starts a JVM that holds {@code lockFile} for {@code millis} ms, and returns once it holds it. */
    private static Process lockInAnotherJvm(Path lockFile, long millis) throws IOException {
        String java = ProcessHandle.current().info().command().orElseThrow();
        Process holder = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"), LockHolder.class.getName(),
                lockFile.toString(), Long.toString(millis)).redirectErrorStream(true).start();
        String line = new java.io.BufferedReader(new java.io.InputStreamReader(holder.getInputStream(), StandardCharsets.UTF_8))
                .readLine();
        assertEquals("locked", line);
        return holder;
    }

    /** Holds a file lock for a while in a JVM of its own. */
    static final class LockHolder {
        public static void main(String[] args) throws Exception {
            try (FileChannel channel = FileChannel.open(Path.of(args[0]), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
                 FileLock lock = channel.lock()) {
                System.out.println("locked");
                System.out.flush();
                Thread.sleep(Long.parseLong(args[1]));
            }
        }
    }

    @Test
    void aClientWhoseDaemonDoesNotAnswerSaysSoInsteadOfWaitingForever() throws Exception {
        Path socket = dir.resolve("d.sock");
        try (ServerSocketChannel mute = ServerSocketChannel.open(StandardProtocolFamily.UNIX)) {
            mute.bind(UnixDomainSocketAddress.of(socket)); // accepts connections, answers none: a stopped JVM
            Captured captured = new Captured(false);
            DaemonClient client = new DaemonClient(socket, KEY, NO_START, dir.resolve("d.log"), LONG, Duration.ofMillis(300));

            assertEquals(Optional.of(1), client.build(List.of("build"), captured.terminal));
            assertTrue(captured.err().contains("the build daemon does not answer"), captured.err());
        }
    }

    @Test
    void withNoDaemonListeningAndNoneToStartTheClientBuildsNothing() {
        // NO_START cannot be started: the caller builds in a JVM of its own instead.
        assertEquals(Optional.empty(), client(KEY).build(List.of("build"), new Captured(false).terminal));
    }

    @Test
    void aDaemonThatFailsToStartIsNotWaitedForUntilTheTimeout() {
        String java = ProcessHandle.current().info().command().orElseThrow();
        DaemonClient client = new DaemonClient(dir.resolve("d.sock"), KEY, () -> List.of(java, "-XX:+NoSuchOptionAnywhere", "-version"),
                dir.resolve("d.log"), Duration.ofMinutes(2), Duration.ofSeconds(10));
        long start = System.nanoTime();

        assertEquals(Optional.empty(), client.build(List.of("build"), new Captured(false).terminal));

        assertTrue(System.nanoTime() - start < TimeUnit.SECONDS.toNanos(20), "gave up when the JVM exited with an error");
        assertTrue(Files.exists(dir.resolve("d.log")), "the failed start is in the daemon's log");
    }
}
