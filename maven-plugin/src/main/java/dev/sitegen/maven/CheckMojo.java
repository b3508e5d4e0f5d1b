package dev.sitegen.maven;

import dev.sitegen.check.CheckOptions;
import dev.sitegen.config.SiteConfig;
import dev.sitegen.check.CheckReport;
import dev.sitegen.check.SiteChecker;
import dev.sitegen.diag.SiteGenException;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

import java.io.File;

/**
 * Checks the built site: internal links and anchors, HTML validity, sitemap and feeds. Fails the build
 * when it finds a problem. A thin adapter over {@link SiteChecker}.
 */
@Mojo(name = "check", defaultPhase = LifecyclePhase.VERIFY, threadSafe = true, aggregator = true)
public final class CheckMojo extends AbstractSiteMojo {

    /** Validate every page with the Nu Html Checker. */
    @Parameter(property = "site-gen.validateHtml", defaultValue = "true")
    private boolean validateHtml;

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        if (skip()) {
            return;
        }
        CheckOptions options;
        SiteConfig config;
        try {
            config = siteConfig();
            options = CheckOptions.builder().baseUrl(config.baseUrl()).validateHtml(validateHtml)
                    .threads(config.threads()).build();
        } catch (IllegalArgumentException e) {
            throw new MojoFailureException(e.getMessage(), e);
        } catch (SiteGenException e) {
            throw new MojoFailureException(e.describe(), e);
        }
        CheckReport report;
        try {
            report = new SiteChecker(options).check(config.outputDir());
        } catch (SiteGenException e) {
            throw new MojoFailureException(e.describe(), e);
        } catch (RuntimeException e) {
            throw new MojoExecutionException("site-gen check could not run: " + e.getMessage(), e);
        }
        for (String line : report.format().split("\n")) {
            if (report.ok()) {
                getLog().info(line);
            } else {
                getLog().error(line);
            }
        }
        if (!report.ok()) {
            throw new MojoFailureException("site-gen check: " + report.summary());
        }
    }
}
