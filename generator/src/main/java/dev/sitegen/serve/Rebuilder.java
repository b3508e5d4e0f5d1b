package dev.sitegen.serve;

import dev.sitegen.BuildReport;
import dev.sitegen.BuildListener;
import dev.sitegen.SiteGenerator;
import dev.sitegen.cache.BuildCache;
import dev.sitegen.config.SiteConfig;
import dev.sitegen.diag.BuildFailedException;
import dev.sitegen.diag.SiteGenException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Builds the site, one build at a time, and keeps the outcome of the latest one. Requests read the
 * output folder while no build runs, so they never see it in the middle of being swapped.
 * Thread-safe.
 */
final class Rebuilder implements AutoCloseable {

    private final Supplier<SiteConfig> configs;
    private final ServeListener listener;
    private final Consumer<BuildState> onBuilt;
    private final SiteGenerator generator = new SiteGenerator();
    /** Kept in memory across rebuilds, so an edit re-renders only the pages it affects. */
    private final BuildCache cache = BuildCache.owningOutput();
    private final ReadWriteLock lock = new ReentrantReadWriteLock();
    private final ExecutorService worker;
    private final AtomicBoolean queued = new AtomicBoolean();
    private final Set<Path> pending = new HashSet<>();
    private final AtomicLong builds = new AtomicLong();
    /** Tells this server's builds from those of an earlier run, whose pages must reload too. */
    private final String run = Long.toString(System.currentTimeMillis(), 36);
    private volatile BuildState state;
    private volatile boolean closed;

    /**
     * @param configs the settings, read afresh for every build
     * @param first   the settings read at start, used until a later read succeeds
     * @param onBuilt told after every build attempt, from the building thread
     */
    Rebuilder(Supplier<SiteConfig> configs, SiteConfig first, ServeListener listener, Consumer<BuildState> onBuilt) {
        this.configs = Objects.requireNonNull(configs, "configs");
        this.listener = Objects.requireNonNull(listener, "listener");
        this.onBuilt = Objects.requireNonNull(onBuilt, "onBuilt");
        this.state = new BuildState(run + "-0", Objects.requireNonNull(first, "first"), Optional.empty());
        this.worker = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "site-gen-rebuild");
            t.setDaemon(true);
            return t;
        });
    }

    /** Builds now, on the calling thread, with {@code config}; failures are reported, not thrown. */
    BuildState buildNow(SiteConfig config) {
        return run(() -> config, Optional.empty());
    }

    /**
     * Builds soon on the build thread, after {@code changed} files changed; requests arriving while
     * one is queued add their files to it.
     */
    void requestBuild(Set<Path> changed) {
        synchronized (pending) {
            pending.addAll(changed);
        }
        if (!closed && queued.compareAndSet(false, true)) {
            worker.execute(() -> {
                queued.set(false);
                Set<Path> files;
                synchronized (pending) {
                    files = Set.copyOf(pending);
                    pending.clear();
                }
                if (!closed && !files.isEmpty()) {
                    run(configs, Optional.of(files));
                }
            });
        }
    }

    BuildState state() {
        return state;
    }

    /** Runs {@code read} while no build is writing, with the state the files belong to. */
    <T> T whileIdle(Function<BuildState, T> read) {
        lock.readLock().lock();
        try {
            return read.apply(state);
        } finally {
            lock.readLock().unlock();
        }
    }

    @Override
    public void close() {
        closed = true;
        worker.shutdownNow();
    }

    private record Outcome(SiteConfig config, Optional<BuildReport> report, Optional<String> error) {
    }

    /** @param changed the files that changed since the last build, when known */
    private Outcome attempt(Supplier<SiteConfig> source, Optional<Set<Path>> changed) {
        SiteConfig config = state.config();
        try {
            config = source.get();
            SiteConfig c = config;
            BuildReport report = changed.map(files -> generator.rebuild(c, BuildListener.NONE, cache, files))
                    .orElseGet(() -> generator.build(c, BuildListener.NONE, cache));
            return new Outcome(config, Optional.of(report), Optional.empty());
        } catch (BuildFailedException e) {
            return failure(config, e.getMessage());
        } catch (SiteGenException e) {
            return failure(config, e.describe());
        } catch (IllegalArgumentException | UncheckedIOException e) {
            return failure(config, e.getMessage());
        } catch (RuntimeException e) {
            // A bug in site-gen must not stop the preview; the user sees it and can report it.
            return failure(config, "internal error (please report it): " + e);
        }
    }

    private static Outcome failure(SiteConfig config, String message) {
        return new Outcome(config, Optional.empty(), Optional.of(message));
    }

    private BuildState run(Supplier<SiteConfig> source, Optional<Set<Path>> changed) {
        Outcome outcome;
        BuildState next;
        lock.writeLock().lock();
        try {
            outcome = attempt(source, changed);
            next = new BuildState(run + "-" + builds.incrementAndGet(), outcome.config(), outcome.error());
            state = next;
        } finally {
            lock.writeLock().unlock();
        }
        // Told after the lock is released, so reloading pages are served at once.
        if (!closed) {
            outcome.report().ifPresent(listener::built);
            outcome.error().ifPresent(listener::failed);
            onBuilt.accept(next);
        }
        return next;
    }
}
