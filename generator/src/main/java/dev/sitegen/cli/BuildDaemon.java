package dev.sitegen.cli;

import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.Channels;
import java.nio.channels.ClosedChannelException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.PosixFilePermissions;
import java.nio.file.attribute.UserPrincipal;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BooleanSupplier;
import jdk.net.ExtendedSocketOptions;
import jdk.net.UnixDomainPrincipal;

/**
 * The build daemon: a JVM that stays up after a build and runs the next {@code site-gen build} of
 * the same project, with the same jar, JDK and settings, already warm. A new JVM spends most of a
 * rebuild after one edit starting up and running code for the first time (1.1-1.7 s at 10,000
 * articles on two slow cores, most of it); in the daemon, the same rebuild takes 0.2-0.35 s.
 *
 * <p>It builds as a new JVM would: each request is a fresh command, parsed and run as one. Nothing
 * of a build is kept for the next but loaded classes, compiled code and the decoded cache it saved,
 * which the next build gets only while the cache folder is as that save left it (see
 * {@link WarmCache}); the daemon is keyed on everything else a build depends on (see {@link DaemonKey}).
 *
 * <p>One build runs at a time. The daemon is idle, building, or closed, and moves between them
 * atomically: a request while it builds is answered "busy" and its client asks again, as two
 * builds of one project would race; it closes only when idle, so a client told it is closing
 * knows no build of it still runs.
 *
 * <p>It listens on a Unix domain socket in a folder only its user can enter (see
 * {@link DaemonFolder}), answers only its own user where the system says who connects, and holds a
 * lock beside the socket so that no second daemon serves the same key. It gives its heap back a
 * minute after a build and closes when it has been idle for a while, when its jar changes or its
 * working folder is removed, or when a newer daemon asks it to.
 */
final class BuildDaemon {

    /** How long the daemon waits after a build before it gives the heap back. */
    static final Duration TRIM_AFTER = Duration.ofMinutes(1);
    /** How long a daemon starting waits for the lock of one that is closing. */
    private static final Duration LOCK_WAIT = Duration.ofSeconds(5);

    /** Runs one build: the command line, {@code build} first, printing to a terminal. */
    interface Builds {
        int build(List<String> args, Terminal terminal);
    }

    private enum State { IDLE, BUILDING, CLOSED }

    private final Path socket;
    private final String key;
    private final Duration idle;
    private final Duration tick;
    private final BooleanSupplier outdated;
    private final BooleanSupplier movedAway;
    private final Builds builds;
    private final PrintStream log;
    private final AtomicReference<State> state = new AtomicReference<>(State.IDLE);
    private final Optional<UserPrincipal> user;
    private volatile boolean trimmed;
    private volatile long idleSince = System.nanoTime();
    private volatile ServerSocketChannel server;

    /**
     * @param socket    where to listen
     * @param key       the text of the {@link DaemonKey} a request must name to be built here
     * @param idle      how long to wait for a request before closing
     * @param tick      how often to look whether it should close
     * @param outdated  whether the daemon's own classes changed on disk
     * @param movedAway whether its working folder was removed (the path may name a new one by now,
     *                  which its relative paths would not reach)
     * @param builds    what runs a build
     * @param log       where the daemon says what it does (its log file)
     */
    BuildDaemon(Path socket, String key, Duration idle, Duration tick, BooleanSupplier outdated, BooleanSupplier movedAway,
                Builds builds, PrintStream log) {
        this.socket = socket;
        this.key = key;
        this.idle = idle;
        this.tick = tick;
        this.outdated = outdated;
        this.movedAway = movedAway;
        this.builds = builds;
        this.log = log;
        this.user = thisUser();
    }

    /**
     * The daemon this JVM was started as (see {@link DaemonLauncher}), listening on {@code socket}
     * and logging to its standard error, which is the daemon's log file.
     */
    static BuildDaemon forThisJvm(Path socket, Builds builds) {
        Duration idle = Duration.ofMinutes(Integer.getInteger(DaemonLauncher.IDLE_PROPERTY, DaemonLauncher.DEFAULT_IDLE_MINUTES));
        String classPath = System.getProperty("java.class.path", "");
        Optional<String> jars = JarStamps.of(classPath);
        return new BuildDaemon(socket, DaemonKey.decode(System.getProperty(DaemonLauncher.KEY_PROPERTY, "")).text(), idle,
                Duration.ofSeconds(10), () -> !JarStamps.of(classPath).equals(jars), BuildDaemon::workingFolderRemoved, builds,
                System.err);
    }

    /**
     * Whether this process's working folder is gone: relative paths reach it, not the folder its
     * path names now, which may be a new one by the same name (a project cloned again).
     */
    static boolean workingFolderRemoved() {
        try {
            Path named = Path.of(System.getProperty("user.dir"));
            Object namedKey = Files.readAttributes(named, BasicFileAttributes.class).fileKey();
            Object reachedKey = Files.readAttributes(Path.of("."), BasicFileAttributes.class).fileKey();
            return namedKey == null ? !Files.isDirectory(named) : !namedKey.equals(reachedKey);
        } catch (IOException e) {
            return true;
        }
    }

    /** The lock file beside {@code socket}, held by the daemon listening there. */
    static Path lockFile(Path socket) {
        return socket.resolveSibling(socket.getFileName() + ".lock");
    }

    /**
     * Listens and builds until closed. Returns at once when another daemon holds the lock for
     * longer than a closing one would.
     */
    void run() throws IOException, InterruptedException {
        try (FileChannel lockChannel = FileChannel.open(lockFile(socket), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
             FileLock lock = waitForLock(lockChannel)) {
            if (lock == null) {
                log.println("another daemon listens on " + socket + "; exiting");
                return;
            }
            // A daemon killed outright leaves its socket file, which would fail the bind.
            Files.deleteIfExists(socket);
            // One stopped by a signal (kill, a shutdown) removes it, while it holds the lock.
            Thread removeSocket = new Thread(() -> deleteQuietly(socket), "site-gen-daemon-stopped");
            Runtime.getRuntime().addShutdownHook(removeSocket);
            try (ServerSocketChannel listening = ServerSocketChannel.open(StandardProtocolFamily.UNIX)) {
                listening.bind(UnixDomainSocketAddress.of(socket));
                ownerOnly(socket);
                server = listening;
                log.println("listening on " + socket + " (pid " + ProcessHandle.current().pid() + ")");
                DaemonFolder.tidy(socket, log);
                Thread watch = new Thread(this::closeWhenDue, "site-gen-daemon-watch");
                watch.setDaemon(true);
                watch.start();
                accept(listening);
            } finally {
                state.set(State.CLOSED);
                Files.deleteIfExists(socket);
                try {
                    Runtime.getRuntime().removeShutdownHook(removeSocket);
                } catch (IllegalStateException stopping) {
                    // the hook is running, and removes the socket itself
                }
                log.println("stopped");
            }
        }
    }

    /** The lock, waiting a little for a daemon that is closing; null when another keeps it. */
    private static FileLock waitForLock(FileChannel channel) throws IOException, InterruptedException {
        long deadline = System.nanoTime() + LOCK_WAIT.toNanos();
        while (true) {
            try {
                FileLock lock = channel.tryLock();
                if (lock != null || System.nanoTime() > deadline) {
                    return lock;
                }
            } catch (OverlappingFileLockException heldInThisJvm) {
                return null; // by another daemon in this JVM: tests
            }
            Thread.sleep(20);
        }
    }

    private void accept(ServerSocketChannel listening) throws InterruptedException {
        while (true) {
            SocketChannel client;
            try {
                client = listening.accept();
            } catch (ClosedChannelException closed) {
                return;
            } catch (IOException e) {
                // Out of file descriptors, say: a build in progress goes on, and so does listening.
                log.println("accepting a connection failed: " + e.getMessage());
                Thread.sleep(100);
                continue;
            }
            // A thread per connection: a client that connects and says nothing holds up no other.
            Thread serving = new Thread(() -> serve(client), "site-gen-daemon-request");
            serving.setDaemon(true);
            serving.start();
        }
    }

    private void serve(SocketChannel client) {
        try (client) {
            if (!fromThisUser(client)) {
                log.println("refused a connection from another user");
                return;
            }
            DataInputStream in = new DataInputStream(Channels.newInputStream(client));
            DataOutputStream out = new DataOutputStream(new BufferedOutputStream(Channels.newOutputStream(client)));
            DaemonProtocol.Request request = DaemonProtocol.Request.read(in);
            if (request.stop()) {
                boolean stopping = close("asked to stop");
                if (!stopping) {
                    log.println("asked to stop while building; staying");
                }
                DaemonProtocol.writeAnswer(out, stopping ? DaemonProtocol.CLOSING : DaemonProtocol.BUSY);
            } else if (!request.key().equals(key)) {
                DaemonProtocol.writeAnswer(out, DaemonProtocol.OTHER);
            } else if (movedAway.getAsBoolean()) {
                // Closing, or busy with a build begun before: its client waits, then meets this.
                boolean closed = close("the working folder was removed");
                DaemonProtocol.writeAnswer(out, closed ? DaemonProtocol.CLOSING : DaemonProtocol.BUSY);
            } else if (state.compareAndSet(State.IDLE, State.BUILDING)) {
                boolean ended = false;
                try {
                    DaemonFolder.touch(socket);
                    DaemonProtocol.writeAnswer(out, DaemonProtocol.ACCEPTED);
                    int status = build(request, out);
                    ended = true;
                    DaemonProtocol.writeExit(out, status);
                } finally {
                    if (!ended) {
                        end(false); // the client went away before the build began
                    }
                }
            } else {
                DaemonProtocol.writeAnswer(out, state.get() == State.CLOSED ? DaemonProtocol.CLOSING : DaemonProtocol.BUSY);
            }
        } catch (IOException e) {
            log.println("a request failed: " + e.getMessage());
        }
    }

    /**
     * Runs the build and ends it (see {@link #end}) before its exit code goes out: a client that
     * has it may build again, or ask the daemon to stop, at once.
     */
    private int build(DaemonProtocol.Request request, DataOutputStream out) throws IOException {
        Terminal terminal = new Terminal(DaemonProtocol.printStream(out, DaemonProtocol.OUT),
                DaemonProtocol.printStream(out, DaemonProtocol.ERR), request.interactive(), DaemonProtocol.CHARSET);
        int status;
        boolean broken = false;
        long start = System.nanoTime();
        try {
            status = builds.build(request.args(), terminal);
        } catch (RuntimeException | Error e) {
            // Past the command's own error handling: an OutOfMemoryError, say. This JVM may be in
            // no state to build again, so it reports the failure and closes.
            terminal.err().println("internal error in the build daemon (please report it):");
            e.printStackTrace(terminal.err());
            e.printStackTrace(log);
            status = 3;
            broken = true;
        }
        terminal.out().flush();
        terminal.err().flush();
        log.println("built " + request.args() + ": exit " + status + ", " + (System.nanoTime() - start) / 1_000_000 + " ms");
        end(broken);
        return status;
    }

    /** Ends a build: the daemon is idle again, or closes when the build broke it. */
    private void end(boolean broken) {
        idleSince = System.nanoTime();
        trimmed = false;
        DaemonFolder.touch(socket);
        if (broken) {
            state.set(State.CLOSED); // from BUILDING: no other build can start meanwhile
            closeServer("a build failed past its own error handling");
        } else {
            state.compareAndSet(State.BUILDING, State.IDLE);
        }
    }

    /** Closes the daemon if it is idle, and says whether it did. */
    private boolean close(String why) {
        if (!state.compareAndSet(State.IDLE, State.CLOSED)) {
            return false;
        }
        closeServer(why);
        return true;
    }

    private void closeServer(String why) {
        log.println("closing: " + why);
        try {
            server.close();
        } catch (IOException e) {
            log.println("closing: " + e.getMessage());
        }
    }

    private void closeWhenDue() {
        while (state.get() != State.CLOSED) {
            try {
                Thread.sleep(tick.toMillis());
            } catch (InterruptedException e) {
                return;
            }
            if (state.get() != State.IDLE) {
                continue;
            }
            long idleFor = System.nanoTime() - idleSince;
            if (idleFor >= TRIM_AFTER.toNanos() && !trimmed) {
                // The heap a build grew is given back once the edits pause: the serial collector
                // shrinks it after a full collection, down to the daemon's small initial heap.
                trimmed = true;
                System.gc();
            }
            if (idleFor >= idle.toNanos()) {
                close("idle for " + idle.toMinutes() + " min");
            } else if (outdated.getAsBoolean()) {
                close("site-gen's jar changed");
            } else if (movedAway.getAsBoolean()) {
                close("the working folder was removed");
            }
        }
    }

    /** The user this JVM runs as, where the system can say. */
    private static Optional<UserPrincipal> thisUser() {
        try {
            return Optional.of(Path.of("").getFileSystem().getUserPrincipalLookupService()
                    .lookupPrincipalByName(System.getProperty("user.name", "")));
        } catch (IOException | UnsupportedOperationException e) {
            return Optional.empty();
        }
    }

    /**
     * Whether {@code client} runs as this daemon's user. The daemons' folder keeps others out; this
     * is a second lock, where the system tells who connected (Linux and macOS do).
     */
    private boolean fromThisUser(SocketChannel client) {
        if (user.isEmpty()) {
            return true;
        }
        try {
            UnixDomainPrincipal peer = client.getOption(ExtendedSocketOptions.SO_PEERCRED);
            return peer.user().equals(user.get());
        } catch (IOException | UnsupportedOperationException e) {
            return true;
        }
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            // the next daemon for the key removes it
        }
    }

    private static void ownerOnly(Path file) {
        try {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        } catch (IOException | UnsupportedOperationException e) {
            // the folder is its owner's only already (see DaemonFolder); this is a second lock
        }
    }
}
