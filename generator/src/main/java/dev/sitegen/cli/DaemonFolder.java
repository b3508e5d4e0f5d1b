package dev.sitegen.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.channels.SocketChannel;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFileAttributes;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The folder the build daemons listen in: one socket per daemon, with its lock and its log beside
 * it, all named by the daemon's {@link DaemonKey}. Whoever can connect to a daemon can have it
 * write files as its user, so the folder is its owner's alone.
 */
final class DaemonFolder {

    /** Daemons of other keys left running when one starts. */
    static final int OTHERS_KEPT = 3;
    /** The files of a key unused for this long are removed when a daemon starts. */
    private static final Duration FORGOTTEN = Duration.ofDays(1);

    private DaemonFolder() {
    }

    /**
     * The daemons' folder in the cache folder {@code cache} of user {@code user}, made if need be;
     * empty when it cannot be made, or is not the user's, or others may enter it.
     */
    static Optional<Path> of(Path cache, String user) {
        Path folder = cache.resolve("daemons");
        try {
            if (!cache.getFileSystem().supportedFileAttributeViews().contains("posix")) {
                return Optional.empty(); // Windows: the daemon is off there (see DaemonLauncher)
            }
            Files.createDirectories(cache);
            if (!Files.isDirectory(folder, LinkOption.NOFOLLOW_LINKS)) {
                Files.createDirectory(folder, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
            }
            PosixFileAttributes attributes = Files.readAttributes(folder, PosixFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
            boolean ownersOnly = true;
            for (PosixFilePermission permission : attributes.permissions()) {
                ownersOnly &= permission.name().startsWith("OWNER_");
            }
            boolean mine = attributes.owner().getName().equals(user);
            return attributes.isDirectory() && ownersOnly && mine ? Optional.of(folder) : Optional.empty();
        } catch (IOException | RuntimeException e) {
            return Optional.empty(); // no daemon: builds run as they would without one
        }
    }

    /** Marks {@code socket} as used now: a newer daemon stops those used longest ago. */
    static void touch(Path socket) {
        try {
            Files.setLastModifiedTime(socket, FileTime.from(Instant.now()));
        } catch (IOException e) {
            // only the choice of daemons to stop is less apt
        }
    }

    /**
     * Called by the daemon listening on {@code socket} as it starts: asks the daemons of other
     * keys but the {@link #OTHERS_KEPT} used last to stop (each project folder, jar or setting has
     * a daemon of its own, and a script that builds many sites would leave one per site), and
     * removes the files of keys nobody used for a day (a new jar is a new key).
     */
    static void tidy(Path socket, PrintStream log) {
        List<Path> others = new ArrayList<>();
        try (DirectoryStream<Path> sockets = Files.newDirectoryStream(socket.getParent(), "*.sock")) {
            for (Path other : sockets) {
                if (!other.equals(socket)) {
                    others.add(other);
                }
            }
        } catch (IOException e) {
            return;
        }
        others.sort(Comparator.comparing(DaemonFolder::lastUsed).reversed());
        int asked = 0;
        for (Path other : others.subList(Math.min(OTHERS_KEPT, others.size()), others.size())) {
            try (SocketChannel channel = DaemonProtocol.askToStop(other)) {
                asked++; // its answer is not waited for: a daemon starting must not hang on another
            } catch (IOException e) {
                // none listens: the socket of a daemon killed outright
            }
        }
        log.println("asked " + asked + " other daemon(s) to stop");
        removeForgotten(socket, log);
    }

    static FileTime lastUsed(Path socket) {
        try {
            return Files.getLastModifiedTime(socket);
        } catch (IOException e) {
            return FileTime.fromMillis(0);
        }
    }

    /** Removes the socket, lock and log of each key whose lock is free and whose log is a day old. */
    private static void removeForgotten(Path socket, PrintStream log) {
        Instant forgotten = Instant.now().minus(FORGOTTEN);
        try (DirectoryStream<Path> locks = Files.newDirectoryStream(socket.getParent(), "*.sock.lock")) {
            for (Path lockFile : locks) {
                String name = lockFile.getFileName().toString();
                Path other = lockFile.resolveSibling(name.substring(0, name.length() - ".lock".length()));
                Path otherLog = lockFile.resolveSibling(name.substring(0, name.length() - ".sock.lock".length()) + ".log");
                if (other.equals(socket) || lastUsed(otherLog).toInstant().isAfter(forgotten)
                        || lastUsed(lockFile).toInstant().isAfter(forgotten)) {
                    continue;
                }
                try (FileChannel channel = FileChannel.open(lockFile, StandardOpenOption.WRITE);
                     FileLock lock = channel.tryLock()) {
                    if (lock != null) {
                        Files.deleteIfExists(other);
                        Files.deleteIfExists(otherLog);
                        Files.delete(lockFile);
                        log.println("removed the files of " + other.getFileName());
                    }
                } catch (IOException | OverlappingFileLockException e) {
                    // in use, or gone already
                }
            }
        } catch (IOException e) {
            // the folder is tidied by the next daemon
        }
    }
}
