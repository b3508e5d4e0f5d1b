package dev.sitegen.cli;

import dev.sitegen.check.CheckOptions;
import dev.sitegen.check.CheckReport;
import dev.sitegen.check.SiteChecker;
import dev.sitegen.diag.SiteGenException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;

/** {@code site-gen check}: checks a built site and exits 1 when it found problems (codes as in {@link Main#run}). */
@Command(name = "check", mixinStandardHelpOptions = true,
        description = {
            "Checks a built site before publishing: internal links and #anchors, HTML validity "
                    + "(Nu Html Checker, offline), sitemap.xml and Atom feeds. External links are not fetched.",
            "Exit status: 0 no problems, 1 problems found or no site to check, 2 bad usage."
        })
public final class CheckCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Option(names = "--out", paramLabel = "DIR", defaultValue = "site",
            description = "The built site to check (default: ${DEFAULT-VALUE}).")
    private Path out;

    @Option(names = "--base-url", paramLabel = "URL", defaultValue = "/",
            description = "The site's base URL: an absolute URL such as https://user.github.io/repo/, "
                    + "or just its path such as /repo/ (default: ${DEFAULT-VALUE}).")
    private String baseUrl;

    @Option(names = "--no-html", description = "Skip HTML validation.")
    private boolean noHtml;

    @Override
    public Integer call() {
        CheckOptions options;
        try {
            options = CheckOptions.builder().baseUrl(baseUrl).validateHtml(!noHtml).build();
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), "Invalid value for option '--base-url': " + e.getMessage(), e);
        }
        CheckReport report;
        try {
            report = new SiteChecker(options).check(out);
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
