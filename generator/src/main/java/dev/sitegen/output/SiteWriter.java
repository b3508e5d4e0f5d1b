package dev.sitegen.output;

import dev.sitegen.diag.SiteGenException;
import dev.sitegen.diag.SourcePosition;
import dev.sitegen.parallel.ParallelMap;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.function.BooleanSupplier;
import java.util.stream.Stream;

/**
 * Writes a site so that the output folder only ever holds a whole site: nothing in it changes
 * until every file of the new site has been written, so a failed build leaves the previous site as
 * it was. Thread-safe: pages are written from many threads.
 *
 * <p>Into an empty or missing folder, the site is written to a staging folder beside it and
 * renamed into place. Over a previous site, only files whose bytes changed are staged, then moved
 * over their old versions, and files the new site no longer has are removed. Unchanged files are
 * never touched: on most disks, deleting and truncating files costs far more than writing new
 * ones, and a rebuild usually changes few files.
 */
public final class SiteWriter implements AutoCloseable {

    private final Path outputDir;
    private final Path staging;
    private final boolean fresh;
    private final Set<String> produced = ConcurrentHashMap.newKeySet();
    private final Set<String> changed = ConcurrentHashMap.newKeySet();
    private final java.util.concurrent.atomic.AtomicInteger changedCount = new java.util.concurrent.atomic.AtomicInteger();
    private boolean committed;

    private SiteWriter(Path outputDir, Path staging, boolean fresh) {
        this.outputDir = outputDir;
        this.staging = staging;
        this.fresh = fresh;
    }

    /** Opens a fresh staging folder for {@code outputDir}, removing any left by a crashed build. */
    public static SiteWriter open(Path outputDir) {
        Path out = outputDir.toAbsolutePath().normalize();
        Path parent = out.getParent();
        if (parent == null) {
            throw new SiteGenException(SourcePosition.of(outputDir), "the output folder cannot be a file-system root");
        }
        if (Files.exists(out) && !Files.isDirectory(out)) {
            throw new SiteGenException(SourcePosition.of(outputDir), "the output folder is a file, not a folder");
        }
        Path staging = parent.resolve("." + out.getFileName() + ".staging");
        try {
            Files.createDirectories(parent);
            deleteRecursively(staging);
            Files.createDirectories(staging);
            return new SiteWriter(out, staging, isEmptyOrMissing(out));
        } catch (IOException e) {
            throw new SiteGenException(SourcePosition.of(outputDir), "cannot prepare the output folder: " + e.getMessage(), e);
        }
    }

    /**
     * Whether every one of {@code files} is still in {@code outputDir}: a rebuild that trusts the
     * last site must notice a file deleted by hand. Checked on {@code pool}, a stat per file.
     */
    public static boolean allPresent(Path outputDir, Collection<String> files, ExecutorService pool, int threads) {
        List<String> list = new ArrayList<>(files);
        int chunks = threads * 4;
        List<List<String>> parts = new ArrayList<>(chunks);
        for (int c = 0; c < chunks; c++) {
            parts.add(list.subList(list.size() * c / chunks, list.size() * (c + 1) / chunks));
        }
        return ParallelMap.map(parts, part -> allPresent(outputDir, part, () -> false), pool, threads).stream()
                .allMatch(Boolean::booleanValue);
    }

    /**
     * As {@link #allPresent(Path, Collection, ExecutorService, int)}, on the calling thread, and
     * answering false as soon as {@code giveUp} is true: the answer is no longer wanted.
     */
    public static boolean allPresent(Path outputDir, Collection<String> files, BooleanSupplier giveUp) {
        File root = outputDir.toAbsolutePath().normalize().toFile();
        // java.io.File: a stat per name without building and normalising a Path for each.
        return files.stream().allMatch(f -> !giveUp.getAsBoolean() && new File(root, f).isFile());
    }

    public void write(String relativePath, String content) {
        write(relativePath, content.getBytes(StandardCharsets.UTF_8));
    }

    public void write(String relativePath, byte[] content) {
        Path staged = resolve(staging, relativePath);
        String key = key(staging, staged);
        if (!produced.add(key)) {
            throw new IllegalStateException("two outputs want the same file: " + relativePath);
        }
        try {
            if (!fresh && sameBytes(outputDir.resolve(key), content)) {
                return;
            }
            Files.createDirectories(staged.getParent());
            Files.write(staged, content);
            changedCount.incrementAndGet();
            if (!fresh) {
                changed.add(key); // to move over the old file at commit; a fresh site moves whole
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + relativePath + ": " + e.getMessage(), e);
        }
    }

    /**
     * Keeps the previous site's file at {@code relativePath} as it is, when there is one: its
     * inputs are known not to have changed. Returns false when it must be written instead.
     */
    public boolean keep(String relativePath) {
        if (fresh) {
            return false;
        }
        Path existing = resolve(outputDir, relativePath);
        if (!Files.isRegularFile(existing, LinkOption.NOFOLLOW_LINKS)) {
            return false;
        }
        if (!produced.add(key(outputDir, existing))) {
            throw new IllegalStateException("two outputs want the same file: " + relativePath);
        }
        return true;
    }

    /** Whether the output folder was empty or missing, so the site is written whole and moved into place. */
    public boolean isFresh() {
        return fresh;
    }

    /** How many files differ from the previous site (all of them for a first build). */
    public int changedFiles() {
        return changedCount.get();
    }

    /** Rejects any path that leaves the site. */
    private static Path resolve(Path root, String relativePath) {
        Objects.requireNonNull(relativePath, "relativePath");
        Path target = root.resolve(relativePath).normalize();
        if (!target.startsWith(root) || target.equals(root)) {
            throw new IllegalArgumentException("refusing to write outside the site: '" + relativePath + "'");
        }
        return target;
    }

    /** A file's path relative to a root, with forward slashes on every OS. */
    private static String key(Path root, Path file) {
        return root.relativize(file).toString().replace('\\', '/');
    }

    /** Puts the new site in place of the old one, finding stale files by walking the old site. */
    public void commit() {
        commit(Optional.empty());
    }

    /**
     * Puts the new site in place of the old one.
     *
     * @param previous the files the old site had, when known: stale files are then found without
     *                 walking the whole output folder
     */
    public void commit(Optional<Set<String>> previous) {
        try {
            if (fresh) {
                if (Files.exists(outputDir)) {
                    Files.delete(outputDir); // empty, see open()
                }
                move(staging, outputDir);
            } else {
                List<String> moves = new ArrayList<>(changed);
                moves.sort(Comparator.naturalOrder());
                for (String key : moves) {
                    Path target = outputDir.resolve(key);
                    if (Files.isDirectory(target, LinkOption.NOFOLLOW_LINKS)) {
                        deleteRecursively(target); // a folder where the new site has a file
                    }
                    clearFileAncestors(target);
                    Files.createDirectories(target.getParent());
                    move(staging.resolve(key), target);
                }
                if (previous.isPresent()) {
                    removeStale(previous.get());
                } else {
                    removeStale();
                }
                deleteRecursively(staging);
            }
            committed = true;
        } catch (IOException e) {
            throw new SiteGenException(SourcePosition.of(outputDir), "cannot put the new site in place: " + e.getMessage(), e);
        }
    }

    /** A file of the old site where the new one needs a folder is removed. */
    private void clearFileAncestors(Path target) throws IOException {
        for (Path p = target.getParent(); p != null && p.startsWith(outputDir) && !p.equals(outputDir); p = p.getParent()) {
            if (Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS)) {
                Files.delete(p);
                return;
            }
        }
    }

    /** Deletes the listed files of the previous site that this one does not have, and folders left empty. */
    private void removeStale(Set<String> previous) throws IOException {
        for (String key : previous) {
            if (produced.contains(key)) {
                continue;
            }
            Path file = resolve(outputDir, key);
            if (Files.deleteIfExists(file)) {
                for (Path d = file.getParent(); !d.equals(outputDir) && isEmptyOrMissing(d); d = d.getParent()) {
                    Files.deleteIfExists(d);
                }
            }
        }
    }

    /** Deletes what the previous site had and this one does not, then the folders left empty. */
    private void removeStale() throws IOException {
        List<Path> dirs = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(outputDir)) {
            for (Path p : (Iterable<Path>) walk::iterator) {
                if (Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS)) {
                    dirs.add(p);
                } else if (!produced.contains(key(outputDir, p))) {
                    Files.delete(p);
                }
            }
        }
        dirs.sort(Comparator.reverseOrder());
        for (Path d : dirs) {
            if (!d.equals(outputDir) && isEmptyOrMissing(d)) {
                Files.delete(d);
            }
        }
    }

    /** Removes the staging folder unless the site was committed; the old site stays as it was. */
    @Override
    public void close() {
        if (!committed) {
            try {
                deleteRecursively(staging);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot remove " + staging + ": " + e.getMessage(), e);
            }
        }
    }

    private static boolean sameBytes(Path existing, byte[] content) throws IOException {
        if (!Files.isRegularFile(existing, LinkOption.NOFOLLOW_LINKS) || Files.size(existing) != content.length) {
            return false;
        }
        return Arrays.equals(Files.readAllBytes(existing), content);
    }

    private static boolean isEmptyOrMissing(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return true;
        }
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(dir)) {
            return !entries.iterator().hasNext();
        }
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    static void deleteRecursively(Path dir) throws IOException {
        if (!Files.exists(dir, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        Files.walkFileTree(dir, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                Files.delete(file);
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult postVisitDirectory(Path d, IOException exc) throws IOException {
                if (exc != null) {
                    throw exc;
                }
                Files.delete(d);
                return FileVisitResult.CONTINUE;
            }
        });
    }
}
