package dev.sitegen.maven;

import dev.sitegen.config.ConfigLoader;
import dev.sitegen.config.SiteConfig;
import java.io.File;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * The settings the build and serve goals share, each a parameter that {@code -Dsite-gen.<name>}
 * also sets. Unset parameters fall back to the project's {@code site-gen.yml}, then to defaults.
 */
abstract class AbstractSiteMojo extends AbstractMojo {

    /** The project folder: input paths in messages are shown relative to it. */
    @Parameter(defaultValue = "${project.basedir}", readonly = true, required = true)
    private File basedir;

    /** Folder of raw dumps (.txt) and page models (.md). */
    @Parameter(property = "site-gen.seedsDirectory", defaultValue = "${project.basedir}/seeds")
    private File seedsDirectory;

    /** Where the site is written; replaced as a whole on each build. */
    @Parameter(property = "site-gen.outputDirectory", defaultValue = "${project.basedir}/site")
    private File outputDirectory;

    /** Templates overriding files of the built-in theme. */
    @Parameter(property = "site-gen.templatesDirectory")
    private File templatesDirectory;

    /** Settings file; read when it exists. */
    @Parameter(property = "site-gen.configFile", defaultValue = "${project.basedir}/site-gen.yml")
    private File configFile;

    /** Where the site is served, e.g. {@code https://user.github.io/repo/}; default {@code /}. */
    @Parameter(property = "site-gen.baseUrl")
    private String baseUrl;

    /** The site's title. */
    @Parameter(property = "site-gen.title")
    private String title;

    /** Entries per page on list pages; default 10. */
    @Parameter(property = "site-gen.pageSize")
    private Integer pageSize;

    /** Worker threads; default one per core. */
    @Parameter(property = "site-gen.threads")
    private Integer threads;

    /** Incremental-build cache folder; delete it to force a full build. */
    @Parameter(property = "site-gen.cacheDirectory", defaultValue = "${project.build.directory}/site-gen-cache")
    private File cacheDirectory;

    /** Use the incremental-build cache. */
    @Parameter(property = "site-gen.useCache", defaultValue = "true")
    private boolean useCache;

    /** Skip this goal. */
    @Parameter(property = "site-gen.skip", defaultValue = "false")
    private boolean skip;

    protected boolean skip() {
        if (skip) {
            getLog().info("site-gen: skipped (site-gen.skip=true)");
        }
        return skip;
    }

    protected File outputDirectory() {
        return outputDirectory;
    }

    protected File configFile() {
        return configFile;
    }

    protected String baseUrl() {
        return baseUrl;
    }

    /** Reads the config file and applies the parameters over it; throws IllegalArgumentException or SiteGenException. */
    protected SiteConfig siteConfig() {
        SiteConfig.Builder b = SiteConfig.builder().projectDir(basedir.toPath());
        if (configFile != null && configFile.isFile()) {
            ConfigLoader.load(configFile.toPath(), b);
        }
        b.seedsDir(seedsDirectory.toPath()).outputDir(outputDirectory.toPath());
        if (templatesDirectory != null) {
            b.templatesDir(templatesDirectory.toPath());
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
        if (useCache && cacheDirectory != null) {
            b.cacheDir(cacheDirectory.toPath());
        }
        return b.build();
    }
}
