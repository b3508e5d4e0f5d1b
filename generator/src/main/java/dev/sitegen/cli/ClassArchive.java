package dev.sitegen.cli;

import java.io.File;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
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
 * the cost of about a second; the others map it.
 *
 * <p>Archives live in the user's cache folder, one per jar and JDK (both are in the file name's
 * hash, so a new jar or JDK writes a new one and never maps a stale one), named with their size:
 * one cut short (a crash of the machine, a copy) is not mapped, as mapping it would crash the JVM.
 * An archive is only a speed-up, so nothing about it may fail a build: the folder is tried for
 * writing first, and the build JVM reports its status in a file of its own, as the JVM exits with
 * 1 when it cannot write the archive after the build. A class path holding folders (tests, an
 * IDE), a JVM without class data sharing, or {@code -Dsite-gen.classArchive=false} means none.
 */
final class ClassArchive {

    /** System property that, set to false, keeps build JVMs from using or writing an archive. */
    static final String PROPERTY = "site-gen.classArchive";
    /** System property naming the file a build JVM writing an archive puts its exit status in. */
    static final String STATUS_PROPERTY = "site-gen.statusFile";
    private static final String PREFIX = "classes-";
    private static final String SUFFIX = ".jsa";
    /** Files left by JVMs killed while writing an archive: removed once this old. */
    private static final Duration STALE = Duration.ofHours(1);
    /** Archives kept for other jars or JDKs, the most recent first: a new jar writes a new archive each time. */
    private static final int KEPT = 4;
    /** Space a new archive needs at least (they are about 10 MB), so that a full disk is not filled further. */
    private static final long SPACE_NEEDED = 64L << 20;
    /** Exit codes of a JVM stopped by SIGABRT, SIGBUS or SIGSEGV: after mapping an archive, perhaps its fault. */
    private static final Set<Integer> CRASHES = Set.of(134, 135, 139);
    /** The JVM logs under these tags when an archive cannot be written or mapped; the build runs on either way. */
    private static final List<String> QUIET = List.of("-Xlog:cds=off", "-Xlog:cds+dynamic=off");

    static final ClassArchive NONE = new ClassArchive(null, null);

    private final Path folder;
    /** What names this jar's and JDK's archive: {@code classes-<hash>-<size>.jsa}. */
    private final String name;
    private Path mapped;
    private Path writing;
    private Path status;

    private ClassArchive(Path folder, String name) {
        this.folder = folder;
        this.name = name;
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
        if (folder.toString().contains(File.pathSeparator)) {
            return NONE; // the JVM reads a path separator in the option as two archives
        }
        Optional<String> jars = JarStamps.of(classPath); // the JVM archives classes from jar files only
        if (jars.isEmpty()) {
            return NONE;
        }
        StringBuilder key = new StringBuilder(jdk).append('\n').append(String.join(" ", options)).append('\n')
                .append(jars.get());
        CRC32 crc = new CRC32();
        crc.update(key.toString().getBytes(StandardCharsets.UTF_8));
        return new ClassArchive(folder, PREFIX + Long.toHexString(crc.getValue()) + Integer.toHexString(key.length()));
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
     * folder cannot be written.
     */
    List<String> options() {
        if (folder == null) {
            return List.of();
        }
        List<String> options = new ArrayList<>();
        Optional<Path> found = find();
        if (found.isPresent()) {
            mapped = found.get();
            options.add("-XX:SharedArchiveFile=" + mapped);
        } else {
            long pid = ProcessHandle.current().pid();
            Path tmp = folder.resolve(name + "." + pid + ".tmp");
            try {
                Files.createDirectories(folder);
                if (Files.getFileStore(folder).getUsableSpace() < SPACE_NEEDED) {
                    return List.of();
                }
                // Tried first: the JVM fails its exit when it cannot write the archive.
                Files.deleteIfExists(tmp);
                Files.createFile(tmp);
                Files.delete(tmp);
            } catch (IOException | RuntimeException e) {
                return List.of(); // a read-only or full cache folder: builds run as they would without
            }
            writing = tmp;
            status = folder.resolve(name + "." + pid + ".status");
            options.add("-XX:ArchiveClassesAtExit=" + writing);
            options.add("-D" + STATUS_PROPERTY + "=" + status);
        }
        options.addAll(QUIET);
        return options;
    }

    /**
     * The options that have a JVM map the archive when there is one, and nothing else: for the
     * build daemon, which would write one only as it exits, with nobody left to put it in place.
     */
    List<String> mappingOptions() {
        if (folder == null) {
            return List.of();
        }
        Optional<Path> found = find();
        if (found.isEmpty()) {
            return List.of();
        }
        mapped = found.get();
        List<String> options = new ArrayList<>(List.of("-XX:SharedArchiveFile=" + mapped));
        options.addAll(QUIET);
        return options;
    }

    /** This jar's and JDK's archive, when one is there whole; removes files left by killed JVMs on the way. */
    private Optional<Path> find() {
        if (!Files.isDirectory(folder)) {
            return Optional.empty();
        }
        Path found = null;
        Instant stale = Instant.now().minus(STALE);
        try (DirectoryStream<Path> files = Files.newDirectoryStream(folder, PREFIX + "*")) {
            for (Path f : files) {
                String file = f.getFileName().toString();
                if (file.startsWith(name + "-") && file.endsWith(SUFFIX)) {
                    String size = file.substring(name.length() + 1, file.length() - SUFFIX.length());
                    if (size.matches("[0-9]{1,18}") && Files.size(f) == Long.parseLong(size)) {
                        found = f;
                    }
                } else if ((file.endsWith(".tmp") || file.endsWith(".status")) && modified(f).toInstant().isBefore(stale)) {
                    delete(f);
                }
            }
        } catch (IOException | RuntimeException e) {
            // what was found before the listing failed is still whole
        }
        return Optional.ofNullable(found);
    }

    /**
     * After the build JVM exited with {@code exitCode}: the build's own status, which the archive
     * never changes. The archive it wrote is put in place when the build succeeded (a failed one may
     * have stopped before loading most classes), else removed; an archive mapped by a JVM that
     * crashed is removed, in case it was the cause.
     */
    int finish(int exitCode) {
        if (mapped != null && CRASHES.contains(exitCode)) {
            delete(mapped);
        }
        if (writing == null) {
            return exitCode;
        }
        int result = reported().orElse(exitCode);
        try {
            long size = Files.exists(writing) ? Files.size(writing) : 0;
            if (result == 0 && size > 0) {
                try (FileChannel channel = FileChannel.open(writing, StandardOpenOption.READ)) {
                    channel.force(true); // on disk before it has the name that says it is whole
                }
                Path archive = folder.resolve(name + "-" + size + SUFFIX);
                if (Files.exists(archive)) {
                    delete(writing); // another build wrote it meanwhile
                } else {
                    move(writing, archive);
                    removeOld();
                }
            } else {
                delete(writing);
            }
        } catch (IOException | RuntimeException e) {
            delete(writing); // only a start-up speed-up is lost; the next build tries again
        }
        return result;
    }

    /** The status the build JVM wrote, if it got that far. */
    private Optional<Integer> reported() {
        try {
            return Optional.of(Integer.parseInt(Files.readString(status).strip()));
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        } finally {
            delete(status);
        }
    }

    /** In a build JVM writing an archive, records its exit status for the JVM that started it. */
    static void reportStatus(int exitCode) {
        String file = System.getProperty(STATUS_PROPERTY);
        if (file != null) {
            try {
                Files.writeString(Path.of(file), Integer.toString(exitCode));
            } catch (IOException | RuntimeException e) {
                // the exit code says it, unless writing the archive fails too
            }
        }
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to);
        }
    }

    /** Removes all but the most recent archives: those of jars and JDKs no longer used, most likely. */
    private void removeOld() {
        List<Path> archives = new ArrayList<>();
        try (DirectoryStream<Path> files = Files.newDirectoryStream(folder, PREFIX + "*" + SUFFIX)) {
            files.forEach(archives::add);
        } catch (IOException | RuntimeException e) {
            return; // left for another time
        }
        archives.sort(Comparator.comparing(ClassArchive::modified).reversed().thenComparing(Comparator.naturalOrder()));
        archives.subList(Math.min(KEPT, archives.size()), archives.size()).forEach(ClassArchive::delete);
    }

    private static FileTime modified(Path file) {
        try {
            return Files.getLastModifiedTime(file);
        } catch (IOException e) {
            return FileTime.fromMillis(0);
        }
    }

    /** Deletes {@code file} if it can; the JVM makes archives read-only, which on Windows forbids deleting them. */
    private static void delete(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException first) {
            try {
                Files.setAttribute(file, "dos:readonly", false);
                Files.deleteIfExists(file);
            } catch (IOException | RuntimeException e) {
                // left for another time
            }
        } catch (RuntimeException e) {
            // left for another time
        }
    }
}
