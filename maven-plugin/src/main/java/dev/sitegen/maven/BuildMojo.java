package dev.sitegen.maven;

import dev.sitegen.BuildReport;
import dev.sitegen.SiteGenerator;
import dev.sitegen.diag.BuildFailedException;
import dev.sitegen.diag.Diagnostic;
import dev.sitegen.diag.SiteGenException;
import java.io.UncheckedIOException;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Mojo;

/**
 * Builds the site: {@code mvn site-gen:build}. An aggregator, so in a multi-module build it runs
 * once, for the project Maven was started in.
 */
@Mojo(name = "build", threadSafe = true, aggregator = true)
public class BuildMojo extends AbstractSiteMojo {

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        if (skip()) {
            return;
        }
        BuildReport report;
        try {
            report = new SiteGenerator().build(siteConfig());
        } catch (BuildFailedException e) {
            throw new MojoFailureException(e.getMessage());
        } catch (SiteGenException e) {
            throw new MojoFailureException(e.describe(), e);
        } catch (IllegalArgumentException e) {
            throw new MojoFailureException(e.getMessage(), e);
        } catch (UncheckedIOException e) {
            throw new MojoExecutionException(e.getMessage(), e);
        }
        report.summaryLines().forEach(getLog()::info);
        for (Diagnostic w : report.warnings()) {
            getLog().warn(w.toString());
        }
    }
}
