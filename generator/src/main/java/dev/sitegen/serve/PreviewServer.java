package dev.sitegen.serve;

import com.sun.net.httpserver.HttpServer;
import dev.sitegen.config.SiteConfig;
import dev.sitegen.diag.SiteGenException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.BindException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;

/**
 * The development preview: builds the site, serves it on 127.0.0.1 under its base path, rebuilds
 * when seeds, templates or settings change, and reloads open pages. Not meant for production:
 * it binds to the loopback address only.
 *
 * <pre>{@code
 * try (PreviewServer server = PreviewServer.start(settings, listener)) {
 *     server.awaitClosed(); // until close(), e.g. from a shutdown hook on Ctrl-C
 * }
 * }</pre>
 */
public final class PreviewServer implements AutoCloseable {

    /** Request threads; SSE streams do not hold one, so a few are plenty for one developer. */
    private static final int REQUEST_THREADS = 8;

    private final HttpServer http;
    private final ExecutorService requests;
    private final LiveReload live;
    private final Rebuilder rebuilder;
    private final SiteWatcher watcher;
    private final URI url;
    private final AtomicBoolean closed = new AtomicBoolean();
    private final CountDownLatch stopped = new CountDownLatch(1);

    private PreviewServer(HttpServer http, ExecutorService requests, LiveReload live, Rebuilder rebuilder,
                          SiteWatcher watcher, URI url) {
        this.http = http;
        this.requests = requests;
        this.live = live;
        this.rebuilder = rebuilder;
        this.watcher = watcher;
        this.url = url;
    }

    /**
     * Reads the settings, binds the port, builds the site once and starts serving and watching.
     * A failing build does not stop the server: the error is reported and shown in the pages.
     *
     * @throws SiteGenException         when the settings are wrong, a folder to watch is missing or the port is taken
     * @throws IllegalArgumentException when a setting is invalid
     */
    public static PreviewServer start(ServeSettings settings, ServeListener listener) {
        Objects.requireNonNull(settings, "settings");
        Objects.requireNonNull(listener, "listener");
        SiteConfig config = settings.config().get();
        HttpServer http = bind(settings.port());
        ExecutorService requests = Executors.newFixedThreadPool(REQUEST_THREADS, daemonThreads("site-gen-http-"));
        LiveReload live = null;
        Rebuilder rebuilder = null;
        SiteWatcher watcher = null;
        try {
            LiveReload stream = new LiveReload("starting");
            live = stream;
            rebuilder = new Rebuilder(settings.config(), config, listener, state -> stream.publish(state.token()));
            Rebuilder builds = rebuilder;
            watcher = SiteWatcher.start(watchedTrees(config), existing(settings.watchedFiles()), outputOf(config), changed -> {
                listener.changed(changed);
                builds.requestBuild(changed);
            });
            // Started watching before building, so an edit made during the first build is not missed.
            stream.publish(rebuilder.buildNow(config).token());
            http.setExecutor(requests);
            http.createContext(ReloadScript.ENDPOINT, stream);
            http.createContext("/", new SiteHandler(rebuilder));
            http.start();
        } catch (RuntimeException e) {
            closeAll(watcher, live, http, rebuilder, requests);
            throw e;
        }
        URI url = URI.create("http://127.0.0.1:" + http.getAddress().getPort() + config.basePath());
        listener.serving(url);
        return new PreviewServer(http, requests, live, rebuilder, watcher, url);
    }

    /** Where the site is served, e.g. {@code http://127.0.0.1:1313/news-demo/}. */
    public URI url() {
        return url;
    }

    /** Blocks until {@link #close()} is called. */
    public void awaitClosed() throws InterruptedException {
        stopped.await();
    }

    /** Stops serving and watching; safe to call more than once and from a shutdown hook. */
    @Override
    public void close() {
        if (closed.compareAndSet(false, true)) {
            try {
                closeAll(watcher, live, http, rebuilder, requests);
            } finally {
                stopped.countDown();
            }
        }
    }

    int liveClients() {
        return live.clientCount();
    }

    private static void closeAll(SiteWatcher watcher, LiveReload live, HttpServer http, Rebuilder rebuilder,
                                 ExecutorService requests) {
        if (watcher != null) {
            watcher.close();
        }
        if (live != null) {
            live.close(); // ends the open streams, which would otherwise hold up the stop
        }
        http.stop(0);
        if (rebuilder != null) {
            rebuilder.close();
        }
        requests.shutdownNow();
    }

    private static HttpServer bind(int port) {
        try {
            return HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 0);
        } catch (BindException e) {
            throw new SiteGenException("port " + port + " on 127.0.0.1 is in use: stop the other server or choose "
                    + "another port (--port N or -Dsite-gen.port=N; 0 picks a free one)");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start the preview server: " + e.getMessage(), e);
        }
    }

    private static List<Path> watchedTrees(SiteConfig config) {
        List<Path> trees = new ArrayList<>();
        trees.add(config.seedsDir());
        config.templatesDir().ifPresent(trees::add);
        return trees;
    }

    /** A settings file that does not exist yet cannot be watched; nothing reads it either. */
    private static List<Path> existing(List<Path> files) {
        return files.stream().filter(Files::isRegularFile).toList();
    }

    /** The output folder and the writer's staging and old folders beside it change on every build. */
    private static Predicate<Path> outputOf(SiteConfig config) {
        Path out = config.outputDir().toAbsolutePath().normalize();
        String name = out.getFileName().toString();
        Path parent = out.getParent();
        return p -> p.startsWith(out)
                || (parent != null && p.startsWith(parent) && p.getNameCount() > parent.getNameCount()
                && p.getName(parent.getNameCount()).toString().startsWith("." + name + "."));
    }

    private static java.util.concurrent.ThreadFactory daemonThreads(String prefix) {
        AtomicInteger n = new AtomicInteger();
        return r -> {
            Thread t = new Thread(r, prefix + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
    }
}
