package dev.sitegen.cli;

import dev.sitegen.check.CheckOptions;
import dev.sitegen.check.CheckReport;
import dev.sitegen.check.SiteChecker;
import dev.sitegen.diag.SiteGenException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import dev.sitegen.config.SiteConfig;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;

/** {@code site-gen check}: checks a built site and exits 1 when it found problems (codes as in {@link Main#run}). */
@Command(name = "check", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = {
            "Checks a built site before publishing: internal links and #anchors, HTML validity "
                    + "(Nu Html Checker, offline), sitemap.xml and Atom feeds. External links are not fetched.",
            "Exit status: 0 no problems, 1 problems found or no site to check, 2 bad usage."
        })
public final class CheckCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    /** The same settings as build (--out, --base-url, --config, ...), so a check sees the site as it was built. */
    @Mixin
    private SiteOptions site;

    @Option(names = "--no-html", description = "Skip HTML validation.")
    private boolean noHtml;

    @Override
    public Integer call() {
        CheckOptions options;
        SiteConfig config;
        try {
            config = site.toConfig();
            options = CheckOptions.builder().baseUrl(config.baseUrl()).validateHtml(!noHtml).threads(config.threads()).build();
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), "Invalid setting: " + e.getMessage(), e);
        } catch (SiteGenException e) {
            spec.commandLine().getErr().println("error: " + e.describe());
            return 1;
        }
        CheckReport report;
        try {
            report = new SiteChecker(options).check(config.outputDir());
        } catch (SiteGenException e) {
            spec.commandLine().getErr().println("error: " + e.describe());
            return 1;
        } catch (UncheckedIOException e) {
            spec.commandLine().getErr().println("error: " + e.getMessage() + ": " + e.getCause().getMessage());
            return 1;
        }
        spec.commandLine().getOut().print(report.format());
        spec.commandLine().getOut().flush();
        return report.ok() ? 0 : 1;
    }
}
