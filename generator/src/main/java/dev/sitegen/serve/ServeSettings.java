package dev.sitegen.serve;

import dev.sitegen.config.SiteConfig;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * What the preview server needs to run.
 *
 * @param config       makes the settings afresh; called before every build, so an edited
 *                     configuration file takes effect without a restart. It throws when the file is
 *                     wrong, which is shown like any other build error.
 * @param watchedFiles single files whose change triggers a rebuild, such as the configuration file
 * @param port         TCP port on 127.0.0.1; 0 picks a free one
 */
public record ServeSettings(Supplier<SiteConfig> config, List<Path> watchedFiles, int port) {

    /** The port a user gets when they set none. */
    public static final int DEFAULT_PORT = 1313;

    public ServeSettings {
        Objects.requireNonNull(config, "config");
        watchedFiles = List.copyOf(watchedFiles);
        if (port < 0 || port > 65_535) {
            throw new IllegalArgumentException("port must be between 0 and 65535, got " + port);
        }
    }
}
