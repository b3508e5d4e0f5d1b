package dev.sitegen.check;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * How to check a built site.
 *
 * @param basePath     the path the site is served under, starting and ending with {@code /}: {@code /} at a
 *                     domain root, {@code /news-demo/} for a GitHub Pages project site. Root-absolute links
 *                     must stay under it.
 * @param siteUrl      the absolute URL of the site, ending with {@code /}, whose path is {@code basePath}; it
 *                     tells which absolute URLs (sitemap, feeds, canonical links) are the site's own. When
 *                     empty, the checker takes the origin of the first sitemap {@code <loc>}.
 * @param validateHtml whether to run the Nu Html Checker over every page
 * @param threads      worker threads for reading and validating pages, at least 1
 */
public record CheckOptions(String basePath, Optional<URI> siteUrl, boolean validateHtml, int threads) {

    public CheckOptions {
        Objects.requireNonNull(basePath, "basePath");
        Objects.requireNonNull(siteUrl, "siteUrl");
        basePath = normalizeBasePath(basePath);
        siteUrl = siteUrl.map(CheckOptions::normalizeSiteUrl);
        if (siteUrl.isPresent() && !siteUrl.get().getPath().equals(basePath)) {
            throw new IllegalArgumentException("siteUrl " + siteUrl.get() + " is not under basePath " + basePath);
        }
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be >= 1, got " + threads);
        }
    }

    /** Base path {@code /}, no site URL, HTML validation on, one thread per processor. */
    public static CheckOptions defaults() {
        return builder().build();
    }

    /** Options for a site whose {@code baseUrl} setting is an absolute URL or a path such as {@code /news-demo/}. */
    public static CheckOptions forBaseUrl(String baseUrl) {
        return builder().baseUrl(baseUrl).build();
    }

    public static Builder builder() {
        return new Builder();
    }

    private static String normalizeBasePath(String path) {
        if (path.isEmpty()) {
            return "/";
        }
        if (!path.startsWith("/") || path.contains("?") || path.contains("#")) {
            throw new IllegalArgumentException("base path must be a path starting with '/', got '" + path + "'");
        }
        return path.endsWith("/") ? path : path + "/";
    }

    private static URI normalizeSiteUrl(URI url) {
        String scheme = url.getScheme() == null ? "" : url.getScheme().toLowerCase(Locale.ROOT);
        if (!(scheme.equals("http") || scheme.equals("https")) || url.getHost() == null) {
            throw new IllegalArgumentException("site URL must be an absolute http(s) URL, got '" + url + "'");
        }
        if (url.getRawQuery() != null || url.getRawFragment() != null) {
            throw new IllegalArgumentException("site URL must not have a query or fragment, got '" + url + "'");
        }
        String path = normalizeBasePath(url.getPath() == null ? "" : url.getPath());
        try {
            return new URI(scheme, null, url.getHost().toLowerCase(Locale.ROOT), url.getPort(), path, null, null);
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("site URL '" + url + "' is malformed: " + e.getReason(), e);
        }
    }

    private static URI parse(String url) {
        try {
            return new URI(url.strip());
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("'" + url + "' is not a URL: " + e.getReason(), e);
        }
    }

    /** Builds {@link CheckOptions}; every setter is optional. */
    public static final class Builder {
        private String basePath = "/";
        private Optional<URI> siteUrl = Optional.empty();
        private boolean validateHtml = true;
        private int threads = Runtime.getRuntime().availableProcessors();

        private Builder() {
        }

        /**
         * The site's {@code baseUrl} setting: an absolute URL sets the site URL and the base path, a path
         * ({@code /news-demo/}) only the base path.
         */
        public Builder baseUrl(String baseUrl) {
            Objects.requireNonNull(baseUrl, "baseUrl");
            URI uri = parse(baseUrl);
            if (uri.getScheme() != null) {
                return siteUrl(baseUrl);
            }
            if (uri.getRawQuery() != null || uri.getRawFragment() != null || uri.getRawAuthority() != null) {
                throw new IllegalArgumentException("base URL must be an absolute URL or a path, got '" + baseUrl + "'");
            }
            this.siteUrl = Optional.empty();
            return basePath(uri.getPath());
        }

        public Builder basePath(String basePath) {
            this.basePath = Objects.requireNonNull(basePath, "basePath");
            return this;
        }

        /** The absolute site URL; also sets the base path to its path. */
        public Builder siteUrl(String siteUrl) {
            Objects.requireNonNull(siteUrl, "siteUrl");
            URI url = normalizeSiteUrl(parse(siteUrl));
            this.siteUrl = Optional.of(url);
            this.basePath = url.getPath();
            return this;
        }

        public Builder validateHtml(boolean validateHtml) {
            this.validateHtml = validateHtml;
            return this;
        }

        public Builder threads(int threads) {
            this.threads = threads;
            return this;
        }

        public CheckOptions build() {
            return new CheckOptions(basePath, siteUrl, validateHtml, threads);
        }
    }
}
