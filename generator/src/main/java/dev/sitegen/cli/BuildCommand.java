package dev.sitegen.cli;

import dev.sitegen.BuildReport;
import dev.sitegen.SiteGenerator;
import dev.sitegen.config.SiteConfig;
import dev.sitegen.diag.Diagnostic;
import java.io.PrintStream;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code site-gen build}: seeds in, site out, and a summary of what was done. */
@Command(name = "build", mixinStandardHelpOptions = true, description = "Build the site from the seeds folder.")
final class BuildCommand implements Callable<Integer> {

    @Mixin
    SiteOptions options;

    @Option(names = {"-q", "--quiet"}, description = "Print only warnings and errors.")
    boolean quiet;

    @Option(names = {"-v", "--verbose"}, description = "Print how long each phase took.")
    boolean verbose;

    @Override
    public Integer call() {
        PrintStream out = System.out;
        PrintStream err = System.err;
        return Failures.guard(err, () -> {
            SiteConfig config = options.toConfig();
            ProgressLine progress = new ProgressLine(err, !quiet && System.console() != null, verbose);
            BuildReport report = new SiteGenerator().build(config, progress);
            progress.finish();
            if (!quiet) {
                report.summaryLines().forEach(out::println);
            } else if (!report.warnings().isEmpty()) {
                err.println(report.warningsHeading());
            }
            for (Diagnostic w : report.warnings()) {
                (quiet ? err : out).println("  warning: " + w);
            }
            return 0;
        });
    }
}
