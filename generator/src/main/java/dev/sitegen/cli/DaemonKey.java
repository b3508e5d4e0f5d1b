package dev.sitegen.cli;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.zip.CRC32;

/**
 * Which build daemon a build may use: one started by the same command, from the same jar and JDK,
 * in the same working folder (relative paths in the arguments and the default seeds, site and cache
 * folders resolve against it), with the same locale and time zone settings. All of that, as text,
 * is checked on every request; a hash of it names the daemon's socket.
 *
 * @param text what the key is made of, one line per part
 */
record DaemonKey(String text) {

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
        for (String part : command) {
            key.append(part).append('\n');
        }
        key.append(jars).append(workingDir.toAbsolutePath().normalize()).append('\n');
        for (String name : ENVIRONMENT) {
            key.append(name).append('=').append(env.getOrDefault(name, "")).append('\n');
        }
        return new DaemonKey(key.toString());
    }

    /**
     * A name for the key: 64 bits of two hashes, in hex. Two keys may share it; a daemon checks the
     * whole key of each request. (SHA-256 would cost 15 ms of the client's start, loading its provider.)
     */
    String name() {
        CRC32 crc = new CRC32();
        crc.update(text.getBytes(StandardCharsets.UTF_8));
        String hex = Long.toHexString(crc.getValue() << 32 | (text.hashCode() & 0xffff_ffffL));
        return "0".repeat(16 - hex.length()) + hex;
    }

    /** The key as one command-line argument of the daemon's, where new lines may not survive. */
    String encoded() {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(text.getBytes(StandardCharsets.UTF_8));
    }

    /** The key {@link #encoded()} gave, or an empty one. */
    static DaemonKey decode(String encoded) {
        try {
            return new DaemonKey(new String(Base64.getUrlDecoder().decode(encoded), StandardCharsets.UTF_8));
        } catch (IllegalArgumentException e) {
            return new DaemonKey("");
        }
    }

    /** Where the daemon for this key listens in {@code folder}; empty when the path is too long for a socket. */
    Optional<Path> socketIn(Path folder) {
        Path socket = folder.resolve(name() + ".sock");
        return socket.toString().getBytes(StandardCharsets.UTF_8).length <= MAX_SOCKET_PATH ? Optional.of(socket) : Optional.empty();
    }
}
