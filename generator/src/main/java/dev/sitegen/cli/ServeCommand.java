package dev.sitegen.cli;

import dev.sitegen.BuildReport;
import dev.sitegen.config.ConfigLoader;
import dev.sitegen.diag.Diagnostic;
import dev.sitegen.serve.PreviewServer;
import dev.sitegen.serve.ServeListener;
import dev.sitegen.serve.ServeSettings;
import java.io.PrintStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code site-gen serve}: builds the site, serves it locally and rebuilds and reloads on every change. */
@Command(name = "serve", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = "Build the site, serve it on 127.0.0.1 and rebuild and reload open pages when seeds, "
                + "templates or settings change. For previewing only. Stop with Ctrl-C.")
final class ServeCommand implements Callable<Integer> {

    @Mixin
    SiteOptions options;

    @Option(names = "--port", paramLabel = "N", defaultValue = "${sys:site-gen.port:-1313}",
            description = "Port on 127.0.0.1; 0 picks a free one (default: ${DEFAULT-VALUE}, or -Dsite-gen.port=N).")
    int port;

    @Override
    public Integer call() {
        PrintStream out = System.out;
        PrintStream err = System.err;
        return Failures.guard(err, () -> {
            ServeSettings settings = new ServeSettings(options::toConfig, configFile(), port);
            PreviewServer server = PreviewServer.start(settings, new Console(out, err));
            // Ctrl-C ends the JVM: stop serving and watching on the way out, without a stack trace.
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                server.close();
                out.println("Stopped.");
            }, "site-gen-serve-stop"));
            try {
                server.awaitClosed();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                server.close();
            }
            return 0;
        });
    }

    private List<Path> configFile() {
        Path file = options.config != null ? options.config : Path.of(ConfigLoader.DEFAULT_FILE_NAME);
        return Files.isRegularFile(file) ? List.of(file) : List.of();
    }

    /** Prints what the server does; paths relative to the working folder, as the user typed them. */
    private static final class Console implements ServeListener {
        private final PrintStream out;
        private final PrintStream err;
        private final Path here = Path.of("").toAbsolutePath();

        Console(PrintStream out, PrintStream err) {
            this.out = out;
            this.err = err;
        }

        @Override
        public void serving(URI url) {
            out.println("Serving " + url + " (Ctrl-C to stop)");
        }

        @Override
        public void changed(Set<Path> files) {
            Path first = files.iterator().next();
            String more = files.size() > 1 ? " and " + (files.size() - 1) + " more" : "";
            out.println("Changed: " + (first.startsWith(here) ? here.relativize(first) : first) + more + "; rebuilding");
        }

        @Override
        public void built(BuildReport report) {
            out.println(report.rebuildLine());
            for (Diagnostic w : report.warnings()) {
                out.println("  warning: " + w);
            }
        }

        @Override
        public void failed(String message) {
            err.println("error: " + message);
            err.println("  (the server keeps running; fix the file and save to rebuild)");
        }
    }
}
