package dev.sitegen.serve;

import static java.nio.file.StandardWatchEventKinds.ENTRY_CREATE;
import static java.nio.file.StandardWatchEventKinds.ENTRY_DELETE;
import static java.nio.file.StandardWatchEventKinds.ENTRY_MODIFY;
import static java.nio.file.StandardWatchEventKinds.OVERFLOW;

import dev.sitegen.diag.SiteGenException;
import dev.sitegen.diag.SourcePosition;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystems;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.Predicate;

/**
 * Watches folders (with their sub-folders, also ones created later) and single files, and reports
 * each burst of changes once: an editor's save is often several events within a few milliseconds.
 */
final class SiteWatcher implements AutoCloseable {

    /**
     * A burst ends after this long without events... An editor's save takes a few milliseconds;
     * every millisecond here is one more between a save and the reload.
     */
    static final Duration QUIET = Duration.ofMillis(50);
    /** ...or after this long, so a steady stream of changes cannot hold back a rebuild forever. */
    private static final Duration MAX_WAIT = Duration.ofSeconds(1);

    private final WatchService service;
    private final Map<WatchKey, Path> dirs = new ConcurrentHashMap<>();
    private final Set<Path> trees = ConcurrentHashMap.newKeySet();
    private final Set<Path> files;
    private final Predicate<Path> ignored;
    private final Consumer<Set<Path>> onChange;
    private final Thread thread;

    /**
     * Starts watching at once.
     *
     * @param trees    folders watched with everything inside them; each must exist
     * @param files    single files, watched through their folder, which must exist
     * @param ignored  paths whose changes mean nothing, such as the output folder
     * @param onChange told, on the watcher's thread, the absolute paths that changed in a burst
     */
    static SiteWatcher start(List<Path> trees, List<Path> files, Predicate<Path> ignored, Consumer<Set<Path>> onChange) {
        SiteWatcher watcher;
        try {
            watcher = new SiteWatcher(FileSystems.getDefault().newWatchService(), files, ignored, onChange);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot watch files for changes: " + e.getMessage(), e);
        }
        try {
            for (Path tree : trees) {
                watcher.registerTree(absolute(tree));
            }
            for (Path file : watcher.files) {
                watcher.register(requireFolder(file.getParent()));
            }
        } catch (RuntimeException e) {
            watcher.close();
            throw e;
        }
        watcher.thread.start();
        return watcher;
    }

    private SiteWatcher(WatchService service, List<Path> files, Predicate<Path> ignored, Consumer<Set<Path>> onChange) {
        this.service = service;
        this.files = Set.copyOf(files.stream().map(SiteWatcher::absolute).toList());
        this.ignored = Objects.requireNonNull(ignored, "ignored");
        this.onChange = Objects.requireNonNull(onChange, "onChange");
        this.thread = new Thread(this::loop, "site-gen-watch");
        this.thread.setDaemon(true);
    }

    @Override
    public void close() {
        try {
            service.close(); // wakes the watching thread, which then ends
        } catch (IOException e) {
            throw new UncheckedIOException("cannot stop watching files: " + e.getMessage(), e);
        }
    }

    private void loop() {
        try {
            while (true) {
                Set<Path> changed = new TreeSet<>();
                collect(service.take(), changed);
                long deadline = System.nanoTime() + MAX_WAIT.toNanos();
                WatchKey next;
                while (System.nanoTime() < deadline && (next = service.poll(QUIET.toMillis(), TimeUnit.MILLISECONDS)) != null) {
                    collect(next, changed);
                }
                if (!changed.isEmpty()) {
                    onChange.accept(changed);
                }
            }
        } catch (ClosedWatchServiceException | InterruptedException e) {
            // close() was called: stop quietly.
        }
    }

    private void collect(WatchKey key, Set<Path> changed) {
        Path dir = dirs.get(key);
        for (WatchEvent<?> event : key.pollEvents()) {
            if (dir == null) {
                continue;
            }
            if (event.kind() == OVERFLOW) {
                changed.add(dir); // events were lost: something changed in here
                continue;
            }
            Path child = dir.resolve((Path) event.context());
            if (trees.contains(dir)) {
                if (isIgnored(child)) {
                    continue;
                }
                if (event.kind() == ENTRY_CREATE && Files.isDirectory(child)) {
                    registerNewTree(child);
                }
                changed.add(child);
            } else if (files.contains(child)) {
                changed.add(child);
            }
        }
        if (!key.reset()) {
            dirs.remove(key); // the folder is gone
        }
    }

    private boolean isIgnored(Path path) {
        String name = path.getFileName().toString();
        // Hidden files and editor backups are not seeds or templates.
        return name.startsWith(".") || name.endsWith("~") || ignored.test(path);
    }

    private void registerNewTree(Path dir) {
        try {
            registerTree(dir);
        } catch (SiteGenException e) {
            // Removed again before it could be watched: the next rebuild reads the folder as it is.
        }
    }

    private void registerTree(Path root) {
        requireFolder(root);
        try {
            // A walk does not enter a linked folder, not even the one it starts from, so a tree that
            // is a link is walked where it leads; its folders are still watched and named through
            // the link, as the build names the seeds in them.
            Path start = Files.isSymbolicLink(root) ? root.toRealPath() : root;
            Files.walkFileTree(start, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path found, BasicFileAttributes attrs) throws IOException {
                    Path dir = root.resolve(start.relativize(found));
                    if (!dir.equals(root) && isIgnored(dir)) {
                        return FileVisitResult.SKIP_SUBTREE;
                    }
                    trees.add(dir);
                    dirs.put(dir.register(service, ENTRY_CREATE, ENTRY_DELETE, ENTRY_MODIFY), dir);
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            throw new SiteGenException(SourcePosition.of(root), "cannot watch for changes: " + e.getMessage(), e);
        }
    }

    private void register(Path dir) {
        try {
            dirs.put(dir.register(service, ENTRY_CREATE, ENTRY_DELETE, ENTRY_MODIFY), dir);
        } catch (IOException e) {
            throw new SiteGenException(SourcePosition.of(dir), "cannot watch for changes: " + e.getMessage(), e);
        }
    }

    private static Path requireFolder(Path dir) {
        if (dir == null || !Files.isDirectory(dir)) {
            throw new SiteGenException(SourcePosition.of(dir == null ? Path.of("") : dir),
                    "cannot watch for changes: the folder does not exist");
        }
        return dir;
    }

    private static Path absolute(Path p) {
        return p.toAbsolutePath().normalize();
    }
}
