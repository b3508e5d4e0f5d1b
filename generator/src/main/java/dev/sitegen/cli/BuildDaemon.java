package dev.sitegen.cli;

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
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.BooleanSupplier;

/**
 * The build daemon: a JVM that stays up after a build and runs the next {@code site-gen build} of
 * the same project, with the same jar, JDK and settings, already warm. A cold JVM spends most of a
 * rebuild after one edit starting up and running code for the first time (some 1.1-1.7 s at
 * 10,000 articles on two slow cores); warm, the same rebuild takes 0.2-0.35 s.
 *
 * <p>It builds exactly as a new JVM would: each request is a fresh command, parsed and run as one,
 * reading the cache from disk. Nothing of a build is kept for the next but loaded classes and
 * compiled code, and the daemon is keyed on everything else a build depends on (see
 * {@link DaemonKey}). One build runs at a time: a request while one runs is answered "busy", and
 * that client asks again until it is not, as two builds of one project would race each other.
 *
 * <p>It listens on a Unix domain socket in a folder only its user can enter, holds a lock beside
 * it so that a second daemon for the same key does not start, gives its heap back a minute after a
 * build, and exits when it has been idle for a while, when its jar changes or its working folder
 * is removed, or when daemons for three other keys have been used since.
 */
final class BuildDaemon {

    /** Daemons for other keys left running when one starts (see {@link #stopOthers}). */
    static final int OTHERS_KEPT = 3;
    /** How long the daemon waits after a build before it gives the heap back. */
    static final Duration TRIM_AFTER = Duration.ofMinutes(1);

    /** Runs one build: the command line, {@code build} first, printing to a terminal. */
    interface Builds {
        int build(List<String> args, Terminal terminal);
    }

    private final Path socket;
    private final String key;
    private final Duration idle;
    private final BooleanSupplier outdated;
    private final Builds builds;
    private final PrintStream log;
    private final BooleanSupplier movedAway;
    private final AtomicBoolean busy = new AtomicBoolean();
    private volatile boolean trimmed;
    private volatile boolean closing;
    private volatile long idleSince = System.nanoTime();
    private volatile ServerSocketChannel server;

    /**
     * @param socket   where to listen
     * @param key      what a request must name to be built here
     * @param idle     how long to wait for a request before exiting
     * @param outdated  whether the daemon's own classes changed on disk, so that it should exit
     * @param movedAway whether its working folder was removed (the path may name a new one by now,
     *                  which its relative paths would not reach), so that it should exit
     * @param builds    what runs a build
     * @param log       where the daemon says what it does (its log file)
     */
    BuildDaemon(Path socket, String key, Duration idle, BooleanSupplier outdated, BooleanSupplier movedAway, Builds builds,
                PrintStream log) {
        this.socket = socket;
        this.key = key;
        this.idle = idle;
        this.outdated = outdated;
        this.movedAway = movedAway;
        this.builds = builds;
        this.log = log;
    }

    /**
     * The daemon this JVM was started as (see {@link DaemonLauncher}), listening on {@code socket}
     * and logging to its standard error, which is the daemon's log file.
     */
    static BuildDaemon forThisJvm(Path socket, Builds builds) {
        Duration idle = Duration.ofMinutes(Integer.getInteger(DaemonLauncher.IDLE_PROPERTY, DaemonLauncher.DEFAULT_IDLE_MINUTES));
        String classPath = System.getProperty("java.class.path", "");
        Optional<String> jars = JarStamps.of(classPath);
        return new BuildDaemon(socket, System.getProperty(DaemonLauncher.KEY_PROPERTY, ""), idle,
                () -> !JarStamps.of(classPath).equals(jars), BuildDaemon::workingFolderRemoved, builds, System.err);
    }

    /**
     * Whether this process's working folder is gone: relative paths reach it, not the folder its
     * path names now, which may be a new one by the same name (a project cloned again).
     */
    static boolean workingFolderRemoved() {
        try {
            Object named = Files.readAttributes(Path.of(System.getProperty("user.dir")), BasicFileAttributes.class).fileKey();
            Object reached = Files.readAttributes(Path.of("."), BasicFileAttributes.class).fileKey();
            return named == null ? !Files.isDirectory(Path.of(System.getProperty("user.dir"))) : !named.equals(reached);
        } catch (IOException e) {
            return true;
        }
    }

    /** The lock file beside {@code socket}, held by the daemon listening there. */
    static Path lockFile(Path socket) {
        return socket.resolveSibling(socket.getFileName() + ".lock");
    }

    /**
     * Listens and builds until idle; returns at once when another daemon holds the lock. Returns
     * after the build in progress, if any, has ended.
     */
    void run() throws IOException, InterruptedException {
        try (FileChannel lockChannel = FileChannel.open(lockFile(socket), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
             FileLock lock = tryLock(lockChannel)) {
            if (lock == null) {
                log.println("another daemon listens on " + socket + "; exiting");
                return;
            }
            // A daemon killed outright leaves its socket file, which would fail the bind.
            Files.deleteIfExists(socket);
            // One stopped by a signal (a logout, kill) removes it, while it holds the lock.
            Thread removeSocket = new Thread(() -> deleteQuietly(socket), "site-gen-daemon-stopped");
            Runtime.getRuntime().addShutdownHook(removeSocket);
            try (ServerSocketChannel server = ServerSocketChannel.open(StandardProtocolFamily.UNIX)) {
                server.bind(UnixDomainSocketAddress.of(socket));
                ownerOnly(socket);
                this.server = server;
                log.println("listening on " + socket);
                stopOthers();
                Thread watch = new Thread(this::closeWhenIdle, "site-gen-daemon-idle");
                watch.setDaemon(true);
                watch.start();
                accept(server);
            } finally {
                closing = true;
                while (busy.get()) {
                    Thread.sleep(20); // the build in progress ends before the JVM does
                }
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

    /**
     * Stops the daemons for other keys in this one's folder but the {@link #OTHERS_KEPT} used last:
     * each project folder, jar or setting has a daemon of its own, and a script that builds many
     * sites would otherwise leave one per site for the idle time.
     */
    private void stopOthers() {
        List<Path> others = new ArrayList<>();
        try (DirectoryStream<Path> sockets = Files.newDirectoryStream(socket.getParent(), "*.sock")) {
            sockets.forEach(other -> {
                if (!other.equals(socket)) {
                    others.add(other);
                }
            });
        } catch (IOException e) {
            return;
        }
        others.sort(Comparator.comparing(BuildDaemon::lastUsed).reversed());
        for (Path other : others.subList(Math.min(OTHERS_KEPT, others.size()), others.size())) {
            try (SocketChannel channel = SocketChannel.open(UnixDomainSocketAddress.of(other))) {
                DaemonProtocol.Request.stopping().write(new DataOutputStream(Channels.newOutputStream(channel)));
                log.println("asked the daemon on " + other + " to stop");
            } catch (IOException e) {
                // gone already: its socket file is removed by the next daemon of its key
            }
        }
    }

    private static FileTime lastUsed(Path socket) {
        try {
            return Files.getLastModifiedTime(socket);
        } catch (IOException e) {
            return FileTime.fromMillis(0);
        }
    }

    /** Marks the socket as the one used last: a new daemon stops those used longest ago (see {@link #stopOthers}). */
    private static void touch(Path socket) {
        try {
            Files.setLastModifiedTime(socket, FileTime.fromMillis(System.currentTimeMillis()));
        } catch (IOException e) {
            // only the choice of daemons to stop is less apt
        }
    }

    /** The lock, or null when another daemon holds it (in another JVM, or in this one: tests). */
    private static FileLock tryLock(FileChannel channel) throws IOException {
        try {
            return channel.tryLock();
        } catch (OverlappingFileLockException heldHere) {
            return null;
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
            // the folder is its owner's only already (see DaemonKey.folder); this is a second lock
        }
    }

    private void accept(ServerSocketChannel server) throws IOException {
        while (true) {
            SocketChannel client;
            try {
                client = server.accept();
            } catch (ClosedChannelException closed) {
                return; // idle, or outdated
            }
            // A thread per connection: a client that connects and says nothing holds up no other.
            Thread serving = new Thread(() -> serve(client), "site-gen-daemon-request");
            serving.setDaemon(true);
            serving.start();
        }
    }

    private void serve(SocketChannel client) {
        try (client) {
            DataInputStream in = new DataInputStream(Channels.newInputStream(client));
            DataOutputStream out = new DataOutputStream(Channels.newOutputStream(client));
            DaemonProtocol.Request request = DaemonProtocol.Request.read(in);
            if (request.stop()) {
                log.println("asked to stop: " + (busy.get() ? "after the build in progress" : "now"));
                closing = true;
                close();
                return;
            }
            if (!request.key().equals(key) || movedAway.getAsBoolean()) {
                DaemonProtocol.writeAnswer(out, DaemonProtocol.OTHER);
                if (movedAway.getAsBoolean()) {
                    log.println("the working folder was removed; stopping");
                    close();
                }
                return;
            }
            if (!busy.compareAndSet(false, true)) {
                DaemonProtocol.writeAnswer(out, DaemonProtocol.BUSY);
                return;
            }
            try {
                if (closing) {
                    DaemonProtocol.writeAnswer(out, DaemonProtocol.BUSY);
                    return;
                }
                build(request, out);
            } finally {
                idleSince = System.nanoTime();
                trimmed = false;
                touch(socket);
                busy.set(false);
            }
        } catch (IOException e) {
            log.println("a request failed: " + e.getMessage());
        }
    }

    private void build(DaemonProtocol.Request request, DataOutputStream out) throws IOException {
        Terminal terminal = new Terminal(DaemonProtocol.printStream(out, DaemonProtocol.OUT),
                DaemonProtocol.printStream(out, DaemonProtocol.ERR), request.interactive());
        int status;
        boolean broken = false;
        try {
            status = builds.build(request.args(), terminal);
        } catch (RuntimeException | Error e) {
            // Past the command's own error handling: an OutOfMemoryError, say. This JVM may be in
            // no state to build again, so it reports the failure and stops.
            terminal.err().println("internal error in the build daemon (please report it):");
            e.printStackTrace(terminal.err());
            e.printStackTrace(log);
            status = 3;
            broken = true;
        }
        terminal.out().flush();
        terminal.err().flush();
        DaemonProtocol.writeExit(out, status);
        log.println("built " + request.args() + ": exit " + status);
        if (broken) {
            closing = true;
            close();
        }
    }

    private void closeWhenIdle() {
        long tick = Math.max(10, Math.min(idle.toMillis() / 4, 10_000));
        while (server.isOpen()) {
            try {
                Thread.sleep(tick);
            } catch (InterruptedException e) {
                return;
            }
            if (busy.get()) {
                continue;
            }
            long idleFor = System.nanoTime() - idleSince;
            if (idleFor >= TRIM_AFTER.toNanos() && !trimmed) {
                // The heap a build grew is given back once the edits pause: the serial collector
                // shrinks it after a full collection, down to the daemon's small minimum heap.
                trimmed = true;
                System.gc();
            }
            if (idleFor >= idle.toNanos()) {
                log.println("idle for " + idle.toMinutes() + " min; stopping");
                close();
            } else if (outdated.getAsBoolean()) {
                log.println("site-gen's jar changed; stopping");
                close();
            } else if (movedAway.getAsBoolean()) {
                log.println("the working folder was removed; stopping");
                close();
            }
        }
    }

    private void close() {
        try {
            server.close();
        } catch (IOException e) {
            log.println("closing: " + e.getMessage());
        }
    }
}
