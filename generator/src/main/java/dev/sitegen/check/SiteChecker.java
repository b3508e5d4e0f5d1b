package dev.sitegen.check;

import dev.sitegen.diag.SiteGenException;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Checks a built site before it is published: internal links and anchors, HTML validity (Nu Html Checker),
 * {@code sitemap.xml} and every Atom {@code feed.xml}. External links are recognised but never fetched.
 *
 * <pre>{@code
 * CheckReport report = new SiteChecker(CheckOptions.forBaseUrl("https://example.github.io/news-demo/"))
 *         .check(Path.of("site"));
 * System.out.print(report.format());
 * }</pre>
 *
 * <p>Instances hold only their options; {@link #check} may be called repeatedly and concurrently.
 */
public final class SiteChecker {

    private final CheckOptions options;

    public SiteChecker(CheckOptions options) {
        this.options = Objects.requireNonNull(options, "options");
    }

    /**
     * Checks the site in {@code siteDir}.
     *
     * @return every problem found; the report is {@link CheckReport#ok()} when there is none
     * @throws SiteGenException when {@code siteDir} is missing, not a directory or empty
     * @throws java.io.UncheckedIOException when a file of the site cannot be read
     */
    public CheckReport check(Path siteDir) {
        Objects.requireNonNull(siteDir, "siteDir");
        SiteFiles files = SiteFiles.list(siteDir);

        SitemapChecker.Result sitemap = new SitemapChecker(options.basePath(), options.siteUrl()).check(files);
        UrlMapper mapper = new UrlMapper(options.basePath(), sitemap.siteUrl(), files);

        List<String> pages = files.htmlFiles();
        List<PageWorkers.PageResult> results = new PageWorkers(options.threads(), options.validateHtml()).run(files, pages);
        List<ScannedPage> scanned = new ArrayList<>();
        List<CheckProblem> problems = new ArrayList<>();
        int htmlWarnings = 0;
        for (PageWorkers.PageResult r : results) {
            scanned.add(r.page());
            problems.addAll(r.htmlErrors());
            htmlWarnings += r.htmlWarnings();
        }
        LinkCount links = new LinkChecker(mapper).check(scanned);
        LinkCount feeds = new FeedChecker(mapper).check(files);

        problems.addAll(links.problems());
        problems.addAll(sitemap.count().problems());
        problems.addAll(feeds.problems());
        int linkCount = links.links() + sitemap.count().links() + feeds.links();
        int external = links.externalLinks() + sitemap.count().externalLinks() + feeds.externalLinks();
        return new CheckReport(problems, pages.size(), linkCount, external, htmlWarnings);
    }
}
