package dev.sitegen.check;

import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

/**
 * Checks every {@code feed.xml} of the site: well-formed Atom with the elements readers rely on, and every
 * internal link resolving to a file of the site.
 */
final class FeedChecker {

    static final String FILE_NAME = "feed.xml";
    static final String ATOM = "http://www.w3.org/2005/Atom";

    private final UrlMapper mapper;
    private final XmlParser xml = new XmlParser();

    FeedChecker(UrlMapper mapper) {
        this.mapper = mapper;
    }

    LinkCount check(SiteFiles files) {
        List<CheckProblem> problems = new ArrayList<>();
        int links = 0;
        int external = 0;
        List<String> feeds = files.named(FILE_NAME);
        if (!feeds.contains(FILE_NAME)) {
            problems.add(new CheckProblem(CheckProblem.Kind.FEED, FILE_NAME, 0, 0, "feed.xml is missing"));
        }
        for (String feed : feeds) {
            XmlElement root;
            try {
                root = xml.parse(files.read(feed));
            } catch (XmlParser.MalformedXmlException e) {
                problems.add(new CheckProblem(CheckProblem.Kind.FEED, feed, e.line(), e.column(), e.getMessage()));
                continue;
            }
            if (!root.is(ATOM, "feed")) {
                problems.add(problem(feed, root, "root element is " + root.qualifiedName()
                        + ", expected feed in the Atom namespace " + ATOM));
                continue;
            }
            requireChildren(feed, root, "<feed>", problems, "id", "title", "updated");
            List<XmlElement> linkElements = new ArrayList<>(root.children(ATOM, "link"));
            for (XmlElement entry : root.children(ATOM, "entry")) {
                requireChildren(feed, entry, "<entry>", problems, "id", "title", "updated", "link");
                linkElements.addAll(entry.children(ATOM, "link"));
            }
            for (XmlElement link : linkElements) {
                String href = link.attribute("href");
                if (href.isEmpty()) {
                    problems.add(problem(feed, link, "<link> has no href"));
                    continue;
                }
                links++;
                Target target = mapper.resolve(feed, href);
                switch (target.kind()) {
                    case EXTERNAL -> external++;
                    case FOUND -> {
                    }
                    case MISSING -> problems.add(problem(feed, link,
                            "<link> '" + href + "' does not resolve: no file " + target.expectedFile()));
                    case OUTSIDE_BASE -> problems.add(problem(feed, link,
                            "<link> '" + href + "' is outside the base path " + mapper.basePath()));
                    case MALFORMED -> problems.add(problem(feed, link,
                            "<link> '" + href + "' is not a valid URL: " + target.reason()));
                }
            }
        }
        return new LinkCount(problems, links, external);
    }

    private static void requireChildren(String feed, XmlElement parent, String what, List<CheckProblem> problems,
                                        String... names) {
        for (String name : names) {
            List<XmlElement> found = parent.children(ATOM, name);
            if (found.isEmpty()) {
                problems.add(problem(feed, parent, what + " has no <" + name + ">"));
            } else if (name.equals("updated") && !isRfc3339(found.get(0).text())) {
                problems.add(problem(feed, found.get(0), "<updated> '" + found.get(0).text()
                        + "' is not an RFC 3339 date-time"));
            } else if (!name.equals("link") && found.get(0).text().isEmpty() && found.get(0).children().isEmpty()) {
                problems.add(problem(feed, found.get(0), "<" + name + "> is empty"));
            }
        }
    }

    private static boolean isRfc3339(String s) {
        try {
            OffsetDateTime.parse(s);
            return true;
        } catch (DateTimeParseException e) {
            return false;
        }
    }

    private static CheckProblem problem(String feed, XmlElement at, String message) {
        return new CheckProblem(CheckProblem.Kind.FEED, feed, at.line(), at.column(), message);
    }
}
