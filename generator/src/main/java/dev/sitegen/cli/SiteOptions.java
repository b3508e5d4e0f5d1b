package dev.sitegen.cli;

import dev.sitegen.config.ConfigLoader;
import dev.sitegen.config.SiteConfig;
import java.nio.file.Files;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/**
 * The settings shared by {@code build} and {@code serve}. The configuration file is read first;
 * options given on the command line win over it.
 */
final class SiteOptions {

    @Option(names = "--seeds", paramLabel = "DIR", description = "Input folder of .txt dumps and .md page models (default: seeds).")
    Path seeds;

    @Option(names = "--out", paramLabel = "DIR", description = "Output folder, replaced on each build (default: site).")
    Path out;

    @Option(names = "--templates", paramLabel = "DIR", description = "Folder of templates overriding the built-in theme's.")
    Path templates;

    @Option(names = "--base-url", paramLabel = "URL", description = "Where the site is served, e.g. https://user.github.io/repo/ (default: /).")
    String baseUrl;

    @Option(names = "--title", paramLabel = "TEXT", description = "The site's title (default: site-gen news).")
    String title;

    @Option(names = "--page-size", paramLabel = "N", description = "Entries per page on list pages (default: 10).")
    Integer pageSize;

    @Option(names = "--config", paramLabel = "FILE", description = "Settings file (default: site-gen.yml if present).")
    Path config;

    @Option(names = "--threads", paramLabel = "N", description = "Worker threads (default: one per core).")
    Integer threads;

    @Option(names = "--cache", paramLabel = "DIR",
            description = "Incremental-build cache folder, safe to delete (default: target/site-gen-cache).")
    Path cache;

    @Option(names = "--no-cache", description = "Build everything afresh and keep no cache.")
    boolean noCache;

    /** The cache folder unless {@code --cache} names another. */
    static final Path DEFAULT_CACHE = Path.of("target", "site-gen-cache");

    SiteConfig toConfig() {
        SiteConfig.Builder b = SiteConfig.builder();
        Path file = config != null ? config : Path.of(ConfigLoader.DEFAULT_FILE_NAME);
        if (config != null || Files.isRegularFile(file)) {
            ConfigLoader.load(file, b);
        }
        if (seeds != null) {
            b.seedsDir(seeds);
        }
        if (out != null) {
            b.outputDir(out);
        }
        if (templates != null) {
            b.templatesDir(templates);
        }
        if (baseUrl != null) {
            b.baseUrl(baseUrl);
        }
        if (title != null) {
            b.title(title);
        }
        if (pageSize != null) {
            b.pageSize(pageSize);
        }
        if (threads != null) {
            b.threads(threads);
        }
        b.cacheDir(noCache ? null : cache != null ? cache : DEFAULT_CACHE);
        return b.build();
    }
}
