package dev.sitegen.maven;

import dev.sitegen.BuildReport;
import dev.sitegen.config.SiteConfig;
import dev.sitegen.diag.Diagnostic;
import dev.sitegen.diag.SiteGenException;
import dev.sitegen.serve.PreviewServer;
import dev.sitegen.serve.ServeListener;
import dev.sitegen.serve.ServeSettings;
import java.io.File;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugin.logging.Log;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Previews the site with live reload: {@code mvn site-gen:serve}. Builds the site, serves it on
 * 127.0.0.1 and rebuilds and reloads open pages when seeds, templates or settings change, until
 * Ctrl-C. A build error is logged and shown in the pages; the server keeps running.
 */
@Mojo(name = "serve", threadSafe = true, aggregator = true)
public class ServeMojo extends AbstractSiteMojo {

    /** Port on 127.0.0.1; 0 picks a free one. */
    @Parameter(property = "site-gen.port", defaultValue = "" + ServeSettings.DEFAULT_PORT)
    private int port;

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        if (skip()) {
            return;
        }
        PreviewServer server;
        try {
            SiteConfig first = siteConfig();
            ServeSettings settings = new ServeSettings(this::siteConfig, watchedFiles(first), port);
            server = PreviewServer.start(settings, new Logged(getLog()));
        } catch (SiteGenException e) {
            throw new MojoFailureException(e.describe(), e);
        } catch (IllegalArgumentException e) {
            throw new MojoFailureException(e.getMessage(), e);
        } catch (UncheckedIOException e) {
            throw new MojoExecutionException(e.getMessage(), e);
        }
        // Ctrl-C ends Maven's JVM: stop serving and watching on the way out.
        Thread stop = new Thread(server::close, "site-gen-serve-stop");
        Runtime.getRuntime().addShutdownHook(stop);
        try {
            server.awaitClosed();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            server.close();
            Runtime.getRuntime().removeShutdownHook(stop);
        }
    }

    /** The settings file, watched so edits to it apply at once. */
    private List<Path> watchedFiles(SiteConfig config) {
        File file = configFile();
        return file != null && file.isFile() ? List.of(file.toPath()) : List.of();
    }

    /** Logs what the server does through Maven's log. */
    private static final class Logged implements ServeListener {
        private final Log log;

        Logged(Log log) {
            this.log = log;
        }

        @Override
        public void serving(URI url) {
            log.info("Serving " + url + " (Ctrl-C to stop)");
        }

        @Override
        public void changed(Set<Path> files) {
            log.info("Changed: " + files.iterator().next() + (files.size() > 1 ? " and " + (files.size() - 1) + " more" : ""));
        }

        @Override
        public void built(BuildReport report) {
            log.info(report.rebuildLine());
            for (Diagnostic w : report.warnings()) {
                log.warn(w.toString());
            }
        }

        @Override
        public void failed(String message) {
            log.error(message);
            log.error("(the server keeps running; fix the file and save to rebuild)");
        }
    }
}
