package dev.sitegen.cli;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.zip.CRC32;

/**
 * A class data sharing archive of the classes a build loads, for the JVM a build is relaunched in
 * (JDK's dynamic AppCDS: {@code -XX:ArchiveClassesAtExit}, then {@code -XX:SharedArchiveFile}).
 * A build loads some 3,000 classes; read from an archive they are parsed and verified already,
 * which took a quarter off a rebuild after one edit at 10,000 articles (1.19 s against 1.44 s,
 * medians of 7 in one run). The first build with a jar and JDK writes the archive as it exits, at
 * the cost of about half a second; the others map it.
 *
 * <p>Archives live in the user's cache folder, one per jar and JDK (both are in the file name's
 * hash, so a new jar or JDK writes a new one and never maps a stale one); the JVM checks them
 * again itself and, if one does not fit, runs without it. A class path holding folders (tests, an
 * IDE), a JVM without class data sharing, or {@code -Dsite-gen.classArchive=false} means none.
 */
final class ClassArchive {

    /** System property that, set to false, keeps build JVMs from using or writing an archive. */
    static final String PROPERTY = "site-gen.classArchive";
    private static final String PREFIX = "classes-";
    private static final String SUFFIX = ".jsa";
    /** Archives being written by a JVM that was killed are left behind: removed once this old. */
    private static final Duration STALE = Duration.ofHours(1);
    /** Archives kept for other jars or JDKs, the most recent first: a new jar writes a new archive each time. */
    private static final int KEPT = 4;
    /** The JVM logs under these tags when an archive cannot be written or mapped; the build runs on either way. */
    private static final List<String> QUIET = List.of("-Xlog:cds=off", "-Xlog:cds+dynamic=off");

    static final ClassArchive NONE = new ClassArchive(null, null);

    private final Path archive;
    private final Path writing;

    private ClassArchive(Path archive, Path writing) {
        this.archive = archive;
        this.writing = writing;
    }

    /**
     * The archive for build JVMs started from this one with {@code classPath} and {@code options},
     * or {@link #NONE}.
     */
    static ClassArchive forThisJvm(String classPath, List<String> options) {
        String setting = System.getProperty(PROPERTY, "true").toLowerCase(Locale.ROOT);
        if (Set.of("false", "no", "off", "0").contains(setting)
                || !System.getProperty("java.vm.info", "").contains("sharing")) {
            return NONE; // off, or this JVM maps no archive, not even the JDK's own
        }
        return cacheFolder(System.getenv(), System.getProperty("os.name", ""), System.getProperty("user.home", ""))
                .map(folder -> in(folder, classPath, options, System.getProperty("java.home", "") + " "
                        + System.getProperty("java.vm.version", "")))
                .orElse(NONE);
    }

    /**
     * The archive in {@code folder} for {@code classPath}, build JVM {@code options} and JDK
     * {@code jdk}, or {@link #NONE} when the class path holds anything but jar files.
     */
    static ClassArchive in(Path folder, String classPath, List<String> options, String jdk) {
        StringBuilder key = new StringBuilder(jdk).append('\n').append(String.join(" ", options));
        for (String entry : classPath.split(File.pathSeparator)) {
            Path jar = Path.of(entry);
            try {
                if (!entry.endsWith(".jar") || !Files.isRegularFile(jar)) {
                    return NONE; // the JVM archives classes from jar files only
                }
                key.append('\n').append(jar.toAbsolutePath()).append(' ').append(Files.size(jar)).append(' ')
                        .append(Files.getLastModifiedTime(jar).toMillis());
            } catch (IOException | RuntimeException e) {
                return NONE;
            }
        }
        CRC32 crc = new CRC32();
        crc.update(key.toString().getBytes(StandardCharsets.UTF_8));
        String name = PREFIX + Long.toHexString(crc.getValue()) + Integer.toHexString(key.length());
        return new ClassArchive(folder.resolve(name + SUFFIX), folder.resolve(name + "." + ProcessHandle.current().pid() + ".tmp"));
    }

    /**
     * Where a tool keeps files it can make again, per user and system convention; empty when there
     * is no such folder.
     */
    static Optional<Path> cacheFolder(Map<String, String> env, String osName, String userHome) {
        String xdg = env.get("XDG_CACHE_HOME");
        if (xdg != null && !xdg.isBlank() && Path.of(xdg).isAbsolute()) {
            return Optional.of(Path.of(xdg, "site-gen"));
        }
        String os = osName.toLowerCase(Locale.ROOT);
        if (os.startsWith("windows")) {
            String local = env.get("LOCALAPPDATA");
            return local == null || local.isBlank() ? Optional.empty() : Optional.of(Path.of(local, "site-gen", "cache"));
        }
        if (userHome.isBlank() || !Path.of(userHome).isAbsolute()) {
            return Optional.empty();
        }
        return Optional.of(os.startsWith("mac") ? Path.of(userHome, "Library", "Caches", "site-gen")
                : Path.of(userHome, ".cache", "site-gen"));
    }

    /**
     * The options that have the build JVM map the archive, or write it as it exits when there is
     * none yet (to a file of its own, which {@link #finish} puts in place). None when the cache
     * folder cannot be made.
     */
    List<String> options() {
        if (archive == null) {
            return List.of();
        }
        List<String> options = new ArrayList<>();
        if (Files.isRegularFile(archive)) {
            options.add("-XX:SharedArchiveFile=" + archive);
        } else {
            try {
                Files.createDirectories(archive.getParent());
            } catch (IOException | RuntimeException e) {
                return List.of(); // a read-only home: builds run as they would without
            }
            removeStale();
            options.add("-XX:ArchiveClassesAtExit=" + writing);
        }
        options.addAll(QUIET);
        return options;
    }

    /**
     * After the build JVM exited with {@code status}: the archive it wrote is put in place when the
     * build succeeded (a failed one may have stopped before loading most classes), else removed.
     */
    void finish(int status) {
        if (writing == null || !Files.exists(writing)) {
            return;
        }
        try {
            if (status == 0) {
                try {
                    Files.move(writing, archive, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
                } catch (AtomicMoveNotSupportedException e) {
                    Files.move(writing, archive, StandardCopyOption.REPLACE_EXISTING);
                }
                removeOld();
            } else {
                Files.deleteIfExists(writing);
            }
        } catch (IOException | RuntimeException e) {
            // Only a start-up speed-up is lost; the next build tries again.
        }
    }

    /** Removes all but the most recent archives: those of jars and JDKs no longer used, most likely. */
    private void removeOld() {
        List<Path> archives = new ArrayList<>();
        try (DirectoryStream<Path> files = Files.newDirectoryStream(archive.getParent(), PREFIX + "*" + SUFFIX)) {
            files.forEach(archives::add);
            archives.sort(Comparator.comparing(ClassArchive::modified).reversed().thenComparing(Comparator.naturalOrder()));
            for (Path old : archives.subList(Math.min(KEPT, archives.size()), archives.size())) {
                Files.deleteIfExists(old);
            }
        } catch (IOException | RuntimeException e) {
            // left for another time
        }
    }

    private static FileTime modified(Path file) {
        try {
            return Files.getLastModifiedTime(file);
        } catch (IOException e) {
            return FileTime.fromMillis(0);
        }
    }

    /** Removes archives half-written by JVMs killed long ago. */
    private void removeStale() {
        Instant before = Instant.now().minus(STALE);
        try (DirectoryStream<Path> files = Files.newDirectoryStream(archive.getParent(), PREFIX + "*.tmp")) {
            for (Path f : files) {
                if (Files.getLastModifiedTime(f).compareTo(FileTime.from(before)) < 0) {
                    Files.deleteIfExists(f);
                }
            }
        } catch (IOException | RuntimeException e) {
            // left for another time
        }
    }
}
