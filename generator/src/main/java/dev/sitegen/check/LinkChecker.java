package dev.sitegen.check;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Checks that every internal link and resource of every page resolves to a file of the site, and that
 * every fragment names an element of the target page.
 */
final class LinkChecker {

    private static final String NOT_FOUND_PAGE = "404.html";

    private final UrlMapper mapper;

    LinkChecker(UrlMapper mapper) {
        this.mapper = mapper;
    }

    LinkCount check(List<ScannedPage> pages) {
        Map<String, Set<String>> anchors = new HashMap<>();
        for (ScannedPage page : pages) {
            anchors.put(page.file(), page.anchors());
        }
        List<CheckProblem> problems = new ArrayList<>();
        int links = 0;
        int external = 0;
        for (ScannedPage page : pages) {
            for (Reference ref : page.references()) {
                links++;
                Target target = mapper.resolve(page.file(), ref.url());
                if (target.kind() == Target.Kind.EXTERNAL) {
                    external++;
                    continue;
                }
                problems.addAll(problemsOf(page.file(), ref, target, anchors));
            }
        }
        return new LinkCount(problems, links, external);
    }

    private List<CheckProblem> problemsOf(String file, Reference ref, Target target, Map<String, Set<String>> anchors) {
        String what = ref.source() + " '" + ref.url() + "'";
        List<CheckProblem> found = new ArrayList<>();
        switch (target.kind()) {
            case MALFORMED -> found.add(link(file, ref, what + " is not a valid URL: " + target.reason()));
            case OUTSIDE_BASE -> found.add(link(file, ref, what + " is outside the base path " + mapper.basePath()
                    + ": it would be a 404 once published"));
            case MISSING -> found.add(link(file, ref, what + " does not resolve: no file " + target.expectedFile()));
            case FOUND -> {
                String fragment = target.fragment();
                Set<String> ids = anchors.get(target.file());
                // "#top" scrolls to the top of any page, with or without such an id.
                if (!fragment.isEmpty() && ids != null && !ids.contains(fragment) && !fragment.equalsIgnoreCase("top")) {
                    found.add(new CheckProblem(CheckProblem.Kind.ANCHOR, file, ref.line(), ref.column(),
                            what + ": no element with id '" + fragment + "' in " + target.file()));
                }
            }
            case EXTERNAL -> {
                // Never fetched.
            }
        }
        if (file.equals(NOT_FOUND_PAGE) && target.internal() && isRelative(ref.url())) {
            // GitHub Pages serves 404.html at whatever URL was missing, so a relative link breaks there.
            found.add(link(file, ref, what + " is relative, but 404.html is served at any depth: use a root-absolute URL"));
        }
        return found;
    }

    private static boolean isRelative(String url) {
        String u = url.strip();
        return !u.isEmpty() && !u.startsWith("/") && !u.startsWith("#") && !u.startsWith("?") && !u.contains(":");
    }

    private static CheckProblem link(String file, Reference ref, String message) {
        return new CheckProblem(CheckProblem.Kind.LINK, file, ref.line(), ref.column(), message);
    }
}
