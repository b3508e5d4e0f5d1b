package dev.sitegen.maven;

import dev.sitegen.check.CheckOptions;
import dev.sitegen.check.CheckReport;
import dev.sitegen.check.SiteChecker;
import dev.sitegen.diag.SiteGenException;
import org.apache.maven.plugin.AbstractMojo;
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
@Mojo(name = "check", defaultPhase = LifecyclePhase.VERIFY, threadSafe = true)
public final class CheckMojo extends AbstractMojo {

    /** Skip the check. */
    @Parameter(property = "site-gen.skip", defaultValue = "false")
    private boolean skip;

    /** The built site to check. */
    @Parameter(property = "site-gen.outputDirectory", defaultValue = "${project.basedir}/site")
    private File outputDirectory;

    /** The site's base URL: an absolute URL such as https://user.github.io/repo/, or its path, such as /repo/. */
    @Parameter(property = "site-gen.baseUrl", defaultValue = "/")
    private String baseUrl;

    /** Validate every page with the Nu Html Checker. */
    @Parameter(property = "site-gen.validateHtml", defaultValue = "true")
    private boolean validateHtml;

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        if (skip) {
            getLog().info("site-gen check skipped");
            return;
        }
        CheckOptions options;
        try {
            options = CheckOptions.builder().baseUrl(baseUrl).validateHtml(validateHtml).build();
        } catch (IllegalArgumentException e) {
            throw new MojoFailureException("site-gen.baseUrl: " + e.getMessage(), e);
        }
        CheckReport report;
        try {
            report = new SiteChecker(options).check(outputDirectory.toPath());
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
