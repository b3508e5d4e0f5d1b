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
import java.util.function.BooleanSupplier;
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
    /** A daemon command that must not run: the tests start their daemons themselves. */
    private static final List<String> NO_START = List.of("/nonexistent/java");

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
                    new PrintStream(err, true, StandardCharsets.UTF_8), interactive);
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
        BuildDaemon daemon = new BuildDaemon(socket, KEY, idle, outdated, movedAway, builds, log);
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
        while (!logBytes.toString(StandardCharsets.UTF_8).contains("listening on " + socket) && !stopped.isDone()) {
            if (System.nanoTime() > deadline) {
                fail("the daemon did not listen; its log: " + logBytes);
            }
            Thread.sleep(5);
        }
        return running;
    }

    private Running start(BuildDaemon.Builds builds) throws Exception {
        return start(dir.resolve("d.sock"), LONG, () -> false, () -> false, builds);
    }

    private DaemonClient client(String key) {
        return new DaemonClient(dir.resolve("d.sock"), key, NO_START, dir.resolve("d.log"), Duration.ofSeconds(5));
    }

    private static void stop(Path socket) {
        try (SocketChannel channel = SocketChannel.open(UnixDomainSocketAddress.of(socket))) {
            DaemonProtocol.Request.stopping().write(new DataOutputStream(Channels.newOutputStream(channel)));
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

    @Test
    void aSiteBuiltAndRebuiltInTheDaemonIsTheSiteABuildOfItsOwnWrites() throws Exception {
        start((args, terminal) -> Main.run(terminal, args.toArray(String[]::new)));
        Path seeds = Files.createDirectories(dir.resolve("seeds"));
        Files.writeString(seeds.resolve("a.md"), "---\ntitle: First\ndate: 2024-03-01\ntags: [rain]\n---\n\nOne.\n");
        Files.writeString(seeds.resolve("b.md"), "---\ntitle: Second\ndate: 2024-03-02\ntags: [rain]\n---\n\nTwo.\n");
        List<String> build = List.of("build", "--seeds", seeds.toString(), "--out", dir.resolve("site").toString(),
                "--cache", dir.resolve("cache").toString());
        Captured first = new Captured(false);
        assertEquals(Optional.of(0), client(KEY).build(build, first.terminal));
        assertTrue(first.out().startsWith("Read 2 seeds; built "), first.out());

        Files.writeString(seeds.resolve("b.md"), "---\ntitle: Second, edited\ndate: 2024-03-02\ntags: [rain]\n---\n\nTwo!\n");
        Captured second = new Captured(false);
        assertEquals(Optional.of(0), client(KEY).build(build, second.terminal));
        assertTrue(second.out().contains("changed"), second.out());

        Captured alone = new Captured(false);
        assertEquals(0, Main.run(alone.terminal, "build", "--no-cache", "--seeds", seeds.toString(), "--out",
                dir.resolve("alone").toString()));
        assertEquals(FolderSnapshot.of(dir.resolve("alone")), FolderSnapshot.of(dir.resolve("site")));
    }

    @Test
    void aCommandLineErrorInTheDaemonIsTheClientsUsageError() throws Exception {
        start((args, terminal) -> Main.run(terminal, args.toArray(String[]::new)));
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
    void aDaemonThatHasBeenIdleStopsAndRemovesItsSocket() throws Exception {
        Path socket = dir.resolve("d.sock");
        Running running = start(socket, Duration.ofMillis(100), () -> false, () -> false, (args, terminal) -> 0);

        running.stopped().get(10, TimeUnit.SECONDS);

        assertFalse(Files.exists(socket));
        assertTrue(logBytes.toString(StandardCharsets.UTF_8).contains("idle"), logBytes.toString(StandardCharsets.UTF_8));
    }

    @Test
    void aDaemonStopsWhenItsJarChanges() throws Exception {
        AtomicBoolean changed = new AtomicBoolean();
        // Idle time of a second: the daemon looks at its jar every quarter of it.
        Running running = start(dir.resolve("d.sock"), Duration.ofSeconds(1), changed::get, () -> false, (args, terminal) -> 0);
        Thread.sleep(50);
        assertFalse(running.stopped().isDone());

        changed.set(true);

        running.stopped().get(10, TimeUnit.SECONDS);
        assertTrue(logBytes.toString(StandardCharsets.UTF_8).contains("jar changed"), logBytes.toString(StandardCharsets.UTF_8));
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

        BuildDaemon second = new BuildDaemon(socket, KEY, LONG, () -> false, () -> false, (args, terminal) -> 2, log);
        second.run(); // returns at once: the first holds the lock

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

        others.get(0).stopped().get(10, TimeUnit.SECONDS);
        Thread.sleep(100);
        for (Running kept : others.subList(1, 4)) {
            assertFalse(kept.stopped().isDone(), "the three used last keep running");
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
        DaemonClient client = new DaemonClient(dir.resolve("d.sock"), KEY, List.of(java, "-XX:+NoSuchOptionAnywhere", "-version"),
                dir.resolve("d.log"), Duration.ofMinutes(2));
        long start = System.nanoTime();

        assertEquals(Optional.empty(), client.build(List.of("build"), new Captured(false).terminal));

        assertTrue(System.nanoTime() - start < TimeUnit.SECONDS.toNanos(20), "gave up when the JVM exited with an error");
        assertTrue(Files.exists(dir.resolve("d.log")), "the failed start is in the daemon's log");
    }
}
