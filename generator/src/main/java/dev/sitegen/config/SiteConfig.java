package dev.sitegen.config;

import java.net.URI;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * Every setting of a build, validated once. The CLI, the Maven plugin and tests all make one with
 * {@link #builder()}; nothing reads settings from anywhere else.
 *
 * @param projectDir    the folder input paths are shown relative to in messages ({@code seeds/a.md:3})
 * @param seedsDir      input folder of raw dumps (.txt) and page models (.md)
 * @param outputDir     where the site is written; replaced as a whole, never left half-written
 * @param templatesDir  a user theme folder whose files override the built-in theme's, if any
 * @param baseUrl       where the site is served, ending in '/': {@code /}, {@code https://x.github.io/repo/}
 * @param title         the site's name, shown in the header and feeds
 * @param language      BCP 47 tag for {@code <html lang>}
 * @param pageSize      entries per page on term and list pages
 * @param homeSize      articles listed on the home page
 * @param timeZone      zone in which dates are shown
 * @param cname         custom domain written to CNAME for GitHub Pages, if any
 * @param threads       worker threads for extraction, rendering and writing
 * @param cacheDir      incremental-build cache folder, if incremental builds are wanted
 * @param taxonomy      how topics and tags are chosen
 */
public record SiteConfig(
        Path projectDir,
        Path seedsDir,
        Path outputDir,
        Optional<Path> templatesDir,
        String baseUrl,
        String title,
        String language,
        int pageSize,
        int homeSize,
        ZoneId timeZone,
        Optional<String> cname,
        int threads,
        Optional<Path> cacheDir,
        TaxonomySettings taxonomy) {

    public SiteConfig {
        Objects.requireNonNull(projectDir, "projectDir");
        Objects.requireNonNull(seedsDir, "seedsDir");
        Objects.requireNonNull(outputDir, "outputDir");
        Objects.requireNonNull(templatesDir, "templatesDir");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(language, "language");
        Objects.requireNonNull(timeZone, "timeZone");
        Objects.requireNonNull(cname, "cname");
        Objects.requireNonNull(cacheDir, "cacheDir");
        Objects.requireNonNull(taxonomy, "taxonomy");
        baseUrl = normalizeBaseUrl(baseUrl);
        if (pageSize < 1) {
            throw new IllegalArgumentException("pageSize must be at least 1, got " + pageSize);
        }
        if (homeSize < 1) {
            throw new IllegalArgumentException("homeSize must be at least 1, got " + homeSize);
        }
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1, got " + threads);
        }
        if (title.isBlank()) {
            throw new IllegalArgumentException("title must not be blank");
        }
    }

    public static Builder builder() {
        return new Builder();
    }

    public Builder toBuilder() {
        return new Builder().projectDir(projectDir).seedsDir(seedsDir).outputDir(outputDir).templatesDir(templatesDir.orElse(null))
                .baseUrl(baseUrl).title(title).language(language).pageSize(pageSize).homeSize(homeSize)
                .timeZone(timeZone).cname(cname.orElse(null)).threads(threads).cacheDir(cacheDir.orElse(null))
                .taxonomy(taxonomy);
    }

    /** The path part of {@link #baseUrl}, starting and ending with '/': {@code /} or {@code /repo/}. */
    public String basePath() {
        if (baseUrl.startsWith("/")) {
            return baseUrl;
        }
        String path = URI.create(baseUrl).getRawPath();
        return path == null || path.isEmpty() ? "/" : path;
    }

    /** The absolute site URL ending in '/', or empty when the base URL is only a path. */
    public Optional<String> absoluteBaseUrl() {
        return baseUrl.startsWith("/") ? Optional.empty() : Optional.of(baseUrl);
    }

    static String normalizeBaseUrl(String raw) {
        Objects.requireNonNull(raw, "baseUrl");
        String s = raw.strip();
        if (s.isEmpty()) {
            return "/";
        }
        if (!s.startsWith("/")) {
            URI uri;
            try {
                uri = new URI(s);
            } catch (java.net.URISyntaxException e) {
                throw new IllegalArgumentException("baseUrl '" + raw + "' is not a URL: " + e.getReason());
            }
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if (!(scheme.equals("http") || scheme.equals("https")) || uri.getHost() == null) {
                throw new IllegalArgumentException(
                        "baseUrl '" + raw + "' must be an http(s) URL such as https://user.github.io/repo/ or a path such as /repo/");
            }
            if (uri.getQuery() != null || uri.getFragment() != null) {
                throw new IllegalArgumentException("baseUrl '" + raw + "' must not have a query or fragment");
            }
        }
        return s.endsWith("/") ? s : s + "/";
    }

    /** Builder with the defaults a user gets when they set nothing. */
    public static final class Builder {
        private Path projectDir = Path.of("");
        private Path seedsDir = Path.of("seeds");
        private Path outputDir = Path.of("site");
        private Path templatesDir;
        private String baseUrl = "/";
        private String title = "site-gen news";
        private String language = "en";
        private int pageSize = 10;
        private int homeSize = 20;
        private ZoneId timeZone = ZoneId.of("UTC");
        private String cname;
        private int threads = Runtime.getRuntime().availableProcessors();
        private Path cacheDir;
        private TaxonomySettings taxonomy = TaxonomySettings.DEFAULTS;

        private Builder() {
        }

        public Builder projectDir(Path v) { projectDir = v; return this; }
        public Builder seedsDir(Path v) { seedsDir = v; return this; }
        public Builder outputDir(Path v) { outputDir = v; return this; }
        public Builder templatesDir(Path v) { templatesDir = v; return this; }
        public Builder baseUrl(String v) { baseUrl = v; return this; }
        public Builder title(String v) { title = v; return this; }
        public Builder language(String v) { language = v; return this; }
        public Builder pageSize(int v) { pageSize = v; return this; }
        public Builder homeSize(int v) { homeSize = v; return this; }
        public Builder timeZone(ZoneId v) { timeZone = v; return this; }
        public Builder cname(String v) { cname = v == null || v.isBlank() ? null : v.strip(); return this; }
        public Builder threads(int v) { threads = v; return this; }
        public Builder cacheDir(Path v) { cacheDir = v; return this; }
        public Builder taxonomy(TaxonomySettings v) { taxonomy = v; return this; }

        public SiteConfig build() {
            return new SiteConfig(projectDir, seedsDir, outputDir, Optional.ofNullable(templatesDir), baseUrl, title, language,
                    pageSize, homeSize, timeZone, Optional.ofNullable(cname), threads, Optional.ofNullable(cacheDir),
                    taxonomy);
        }
    }
}
