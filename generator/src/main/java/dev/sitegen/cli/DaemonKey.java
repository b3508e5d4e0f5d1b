package dev.sitegen.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributes;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Which build daemon a build may use: one started by the same command, from the same jar and JDK,
 * in the same working folder (relative paths in the arguments and the default seeds, site and cache
 * folders resolve against it), with the same locale and time zone settings. A SHA-256 digest of all
 * of that names the daemon's socket and is checked on every request.
 *
 * @param digest the digest, in hex
 */
record DaemonKey(String digest) {

    /** Variables that change how a JVM reads and prints text and dates. */
    static final List<String> ENVIRONMENT = List.of("LANG", "LC_ALL", "LC_CTYPE", "TZ");
    /** Longest socket path: Linux allows 107 bytes, macOS 103. */
    private static final int MAX_SOCKET_PATH = 100;

    /**
     * @param command    the daemon's command line, up to its main class
     * @param jars       the stamps of its class path (see {@link JarStamps})
     * @param workingDir the folder the build runs in
     * @param env        the environment the build runs with
     */
    static DaemonKey of(List<String> command, String jars, Path workingDir, Map<String, String> env) {
        StringBuilder key = new StringBuilder();
        command.forEach(part -> key.append(part).append('\n'));
        key.append(jars).append(workingDir.toAbsolutePath().normalize()).append('\n');
        ENVIRONMENT.forEach(name -> key.append(name).append('=').append(env.getOrDefault(name, "")).append('\n'));
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            return new DaemonKey(HexFormat.of().formatHex(sha.digest(key.toString().getBytes(StandardCharsets.UTF_8))));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }

    /** Where the daemon for this key listens in {@code folder}; empty when the path is too long for a socket. */
    Optional<Path> socketIn(Path folder) {
        Path socket = folder.resolve(digest.substring(0, 16) + ".sock");
        return socket.toString().getBytes(StandardCharsets.UTF_8).length <= MAX_SOCKET_PATH ? Optional.of(socket) : Optional.empty();
    }

    /**
     * The folder for daemon sockets in the cache folder {@code cache} of user {@code user}, made if
     * need be; empty when it cannot be made, or is not the user's, or others may enter it. Whoever
     * can connect to a daemon can have it write files as its user.
     */
    static Optional<Path> folder(Path cache, String user) {
        Path folder = cache.resolve("daemons");
        try {
            if (!cache.getFileSystem().supportedFileAttributeViews().contains("posix")) {
                Files.createDirectories(folder); // Windows: the user's local application data is theirs alone
                return Optional.of(folder);
            }
            Files.createDirectories(cache);
            if (!Files.isDirectory(folder, LinkOption.NOFOLLOW_LINKS)) {
                Files.createDirectory(folder, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
            }
            PosixFileAttributes attributes = Files.readAttributes(folder, PosixFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
            Set<PosixFilePermission> permissions = attributes.permissions();
            boolean ownersOnly = permissions.stream().allMatch(p -> p.name().startsWith("OWNER_"));
            boolean mine = attributes.owner().getName().equals(user);
            return attributes.isDirectory() && ownersOnly && mine ? Optional.of(folder) : Optional.empty();
        } catch (IOException | RuntimeException e) {
            return Optional.empty(); // no daemon: builds run as they would without one
        }
    }
}
