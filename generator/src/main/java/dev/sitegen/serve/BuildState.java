package dev.sitegen.serve;

import dev.sitegen.config.SiteConfig;
import java.util.Objects;
import java.util.Optional;

/**
 * The outcome of the latest build attempt, as served pages see it.
 *
 * @param token  changes with every build attempt; a page reloads when the token it was served with
 *               differs from the one the live-reload stream announces
 * @param config the settings of the latest build whose settings could be read
 * @param error  what went wrong when the latest build failed
 */
record BuildState(String token, SiteConfig config, Optional<String> error) {

    BuildState {
        Objects.requireNonNull(token, "token");
        Objects.requireNonNull(config, "config");
        Objects.requireNonNull(error, "error");
    }
}
