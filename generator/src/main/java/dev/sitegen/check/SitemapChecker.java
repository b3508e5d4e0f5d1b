package dev.sitegen.check;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Checks {@code sitemap.xml}: well-formed, in the sitemaps.org namespace, and every {@code <loc>} an
 * absolute URL under the site URL that a file of the site serves. It must exist when the site URL is known.
 */
final class SitemapChecker {

    static final String FILE = "sitemap.xml";
    static final String NAMESPACE = "http://www.sitemaps.org/schemas/sitemap/0.9";
    private static final Pattern YEAR_OR_MONTH = Pattern.compile("\\d{4}(-\\d{2})?");

    /**
     * @param count   the problems and the number of {@code <loc>} checked
     * @param siteUrl the site URL the locations were checked against: the configured one, or else the
     *                origin of the first {@code <loc>} joined with the base path
     */
    record Result(LinkCount count, Optional<URI> siteUrl) {
    }

    private final String basePath;
    private final Optional<URI> siteUrl;
    private final XmlParser xml = new XmlParser();

    SitemapChecker(String basePath, Optional<URI> siteUrl) {
        this.basePath = basePath;
        this.siteUrl = siteUrl;
    }

    Result check(SiteFiles files) {
        if (!files.exists(FILE)) {
            // Sitemaps need absolute URLs, so a site built with only a base path rightly has none.
            List<CheckProblem> problems = siteUrl.isPresent()
                    ? List.of(problem(0, 0, "sitemap.xml is missing"))
                    : List.of();
            return new Result(new LinkCount(problems, 0, 0), siteUrl);
        }
        XmlElement root;
        try {
            root = xml.parse(files.read(FILE));
        } catch (XmlParser.MalformedXmlException e) {
            return new Result(new LinkCount(List.of(problem(e.line(), e.column(), e.getMessage())), 0, 0), siteUrl);
        }
        if (!root.is(NAMESPACE, "urlset") && !root.is(NAMESPACE, "sitemapindex")) {
            String message = "root element is " + root.qualifiedName() + ", expected urlset in the namespace " + NAMESPACE;
            return new Result(new LinkCount(List.of(problem(root.line(), root.column(), message)), 0, 0), siteUrl);
        }
        String entryName = root.name().equals("urlset") ? "url" : "sitemap";
        List<XmlElement> entries = root.children(NAMESPACE, entryName);
        Optional<URI> url = siteUrl.or(() -> inferSiteUrl(entries));
        UrlMapper mapper = new UrlMapper(basePath, url, files);
        List<CheckProblem> problems = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        int links = 0;
        for (XmlElement entry : entries) {
            List<XmlElement> locs = entry.children(NAMESPACE, "loc");
            if (locs.size() != 1) {
                problems.add(problem(entry.line(), entry.column(), "<" + entryName + "> must have exactly one <loc>, has " + locs.size()));
            }
            for (XmlElement loc : locs) {
                links++;
                checkLoc(loc, mapper, seen, problems);
            }
            entry.child(NAMESPACE, "lastmod").ifPresent(lastmod -> {
                if (!isW3cDate(lastmod.text())) {
                    problems.add(problem(lastmod.line(), lastmod.column(),
                            "<lastmod> '" + lastmod.text() + "' is not a W3C date or date-time"));
                }
            });
        }
        return new Result(new LinkCount(problems, links, 0), url);
    }

    private void checkLoc(XmlElement loc, UrlMapper mapper, Set<String> seen, List<CheckProblem> problems) {
        String text = loc.text();
        if (!seen.add(text)) {
            problems.add(problem(loc.line(), loc.column(), "<loc> '" + text + "' is listed twice"));
            return;
        }
        if (!isAbsoluteHttp(text)) {
            problems.add(problem(loc.line(), loc.column(), "<loc> '" + text + "' is not an absolute http(s) URL"));
            return;
        }
        Target target = mapper.resolve(FILE, text);
        String siteUrlText = mapper.siteUrl().map(URI::toString).orElse(basePath);
        switch (target.kind()) {
            case FOUND -> {
            }
            case MISSING -> problems.add(problem(loc.line(), loc.column(),
                    "<loc> '" + text + "' does not resolve: no file " + target.expectedFile()));
            case MALFORMED -> problems.add(problem(loc.line(), loc.column(),
                    "<loc> '" + text + "' is not a valid URL: " + target.reason()));
            case EXTERNAL, OUTSIDE_BASE -> problems.add(problem(loc.line(), loc.column(),
                    "<loc> '" + text + "' is not under the site URL " + siteUrlText));
        }
    }

    /** The origin of the first absolute {@code <loc>}, with the base path. */
    private Optional<URI> inferSiteUrl(List<XmlElement> entries) {
        for (XmlElement entry : entries) {
            for (XmlElement loc : entry.children(NAMESPACE, "loc")) {
                if (isAbsoluteHttp(loc.text())) {
                    try {
                        URI u = new URI(loc.text());
                        return Optional.of(new URI(u.getScheme().toLowerCase(Locale.ROOT), null,
                                u.getHost().toLowerCase(Locale.ROOT), u.getPort(), basePath, null, null));
                    } catch (URISyntaxException e) {
                        return Optional.empty();
                    }
                }
            }
        }
        return Optional.empty();
    }

    private static boolean isAbsoluteHttp(String url) {
        try {
            URI u = new URI(url);
            String scheme = u.getScheme() == null ? "" : u.getScheme().toLowerCase(Locale.ROOT);
            return (scheme.equals("http") || scheme.equals("https")) && u.getHost() != null;
        } catch (URISyntaxException e) {
            return false;
        }
    }

    private static boolean isW3cDate(String s) {
        if (YEAR_OR_MONTH.matcher(s).matches()) {
            return true;
        }
        try {
            LocalDate.parse(s);
            return true;
        } catch (DateTimeParseException notADate) {
            try {
                OffsetDateTime.parse(s);
                return true;
            } catch (DateTimeParseException notADateTime) {
                return false;
            }
        }
    }

    private static CheckProblem problem(int line, int column, String message) {
        return new CheckProblem(CheckProblem.Kind.SITEMAP, FILE, line, column, message);
    }
}
