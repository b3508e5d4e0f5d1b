package dev.sitegen.serve;

import dev.sitegen.BuildReport;
import java.net.URI;
import java.nio.file.Path;
import java.util.Set;

/**
 * Hears what the preview server does, so the CLI can print it and the Maven plugin can log it; the
 * serve package itself never writes to the console. Called from the server's watching and building
 * threads (and the starting thread for the first build), so implementations must be thread-safe;
 * printing a line is.
 */
public interface ServeListener {

    ServeListener NONE = new ServeListener() {
    };

    /** The server is up and the site can be opened at {@code url}. */
    default void serving(URI url) {
    }

    /** Watched files changed (absolute paths); a rebuild follows. */
    default void changed(Set<Path> files) {
    }

    /** A build succeeded and open pages are being reloaded. */
    default void built(BuildReport report) {
    }

    /**
     * A build failed; open pages show {@code message} and the server keeps the last good site.
     *
     * @param message what the user must fix, e.g. {@code seeds/a.md:3: date 'x' is not ISO-8601}
     */
    default void failed(String message) {
    }
}
