package dev.sitegen.render;

import dev.sitegen.config.SiteConfig;
import dev.sitegen.markdown.MarkdownRenderer;
import dev.sitegen.model.DateSource;
import dev.sitegen.model.Page;
import dev.sitegen.seeds.PageBodies;
import dev.sitegen.model.PageKind;
import dev.sitegen.model.RelatedItem;
import dev.sitegen.model.Site;
import dev.sitegen.model.Slugs;
import dev.sitegen.model.Summaries;
import dev.sitegen.model.Taxonomy;
import dev.sitegen.model.Term;
import dev.sitegen.render.view.ArticleView;
import dev.sitegen.render.view.Card;
import dev.sitegen.render.view.CoverageView;
import dev.sitegen.render.view.HomeView;
import dev.sitegen.render.view.Link;
import dev.sitegen.render.view.ListView;
import dev.sitegen.render.view.Meta;
import dev.sitegen.render.view.Pager;
import dev.sitegen.render.view.PlainView;
import dev.sitegen.render.view.SiteView;
import dev.sitegen.render.view.TermCount;
import dev.sitegen.render.view.TermIndexView;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Builds the view records templates receive, from the indexed site. Everything a template shows is
 * decided here (URLs, labels, which date to trust), so templates stay free of logic.
 */
public final class ViewFactory {

    private static final int HOME_TOPICS = 12;
    private static final int HOME_TAGS = 24;
    private static final int PAGER_RADIUS = 2;

    private final SiteConfig config;
    private final Site site;
    private final Urls urls;
    private final Dates dates;
    private final MarkdownRenderer markdown;
    private final Map<String, Map<String, String>> slugByName = new HashMap<>();
    private final Set<String> pageSlugs;
    private final SiteView siteView;
    private final TemplateEngine engine;
    private final Map<String, Map<String, Card>> cards = new ConcurrentHashMap<>();

    public ViewFactory(SiteConfig config, Site site, MarkdownRenderer markdown, TemplateEngine engine) {
        this.config = config;
        this.engine = engine;
        this.site = site;
        this.urls = new Urls(config);
        this.dates = new Dates(config.language());
        this.markdown = markdown;
        for (Taxonomy t : site.taxonomies()) {
            Map<String, String> map = new HashMap<>();
            for (Term term : t.terms()) {
                map.put(term.name(), term.slug());
            }
            slugByName.put(t.key(), map);
        }
        Set<String> slugs = new java.util.HashSet<>(site.pages().size() * 2);
        site.pages().forEach(p -> slugs.add(p.slug()));
        this.pageSlugs = slugs;
        List<Link> nav = new ArrayList<>();
        nav.add(new Link("Latest", urls.path("articles/")));
        for (Taxonomy t : site.taxonomies()) {
            if (!t.terms().isEmpty()) {
                nav.add(new Link(t.title(), urls.path(t.key() + "/")));
            }
        }
        nav.add(new Link("Search", urls.path("search/")));
        this.siteView = new SiteView(config.title(), config.language(), config.basePath(), urls.path(""),
                urls.path("assets/style.css"), urls.path("search/"), urls.path("assets/search.js"),
                urls.path("search-index.json"), urls.path("feed.xml"), nav);
    }

    public SiteView site() {
        return siteView;
    }

    /** Whether the site has a page at {@code slug}. */
    public boolean hasPage(String slug) {
        return pageSlugs.contains(slug);
    }

    public Urls urls() {
        return urls;
    }

    /** The pages the home page lists: the latest articles, topped up with briefs on a small site. */
    public List<Page> homePages() {
        List<Page> shown = new ArrayList<>(config.homeSize());
        site.pages().stream().filter(p -> p.kind() == PageKind.ARTICLE).limit(config.homeSize()).forEach(shown::add);
        if (shown.size() < config.homeSize()) {
            site.pages().stream().filter(p -> p.kind() == PageKind.BRIEF).limit(config.homeSize() - shown.size())
                    .forEach(shown::add);
        }
        return shown;
    }

    public HomeView home() {
        List<Page> shown = homePages();
        long articleCount = site.pages().stream().filter(p -> p.kind() == PageKind.ARTICLE).count();
        Meta meta = new Meta(config.title(), "Latest news: " + count((int) articleCount, "article") + ".", urls.absolute(""),
                "website", urls.path("feed.xml"), "");
        return new HomeView(meta, shown.stream().map(p -> card(p, "h2")).toList(), counts(site.taxonomy("topics"), HOME_TOPICS, false),
                counts(site.taxonomy("tags"), HOME_TAGS, true), urls.path("articles/"), (int) articleCount);
    }

    public ArticleView article(Page p) {
        String rel = Urls.article(p.slug());
        String dateIso = p.date().map(Object::toString).orElse("");
        String dateLabel = p.date().map(dates::label).orElse("");
        String dateNote = p.dateSource().filter(s -> s == DateSource.CAPTION).map(s -> "date of the photo").orElse("");
        List<CoverageView> coverage = new ArrayList<>();
        for (RelatedItem r : p.related()) {
            String url = pageSlugs.contains(r.slug()) ? urls.path(Urls.article(r.slug())) : "";
            coverage.add(new CoverageView(r.title(), url, r.source(), Summaries.shorten(r.summary())));
        }
        List<Card> related = site.related().getOrDefault(p.slug(), List.of()).stream().map(r -> card(r, "h3")).toList();
        List<Link> mentionedIn = site.mentionedIn().getOrDefault(p.slug(), List.of()).stream()
                .map(o -> new Link(o.title(), urls.path(Urls.article(o.slug())))).toList();
        String description = p.summary().isEmpty() ? p.title() : p.summary();
        Meta meta = new Meta(p.title(), description, urls.absolute(rel), "article", "",
                JsonLd.newsArticle(p, urls.absolute(rel), config.title(), description));
        return new ArticleView(meta, p.title(), p.kind() == PageKind.BRIEF, p.source(),
                p.source().isEmpty() ? "" : termUrl("sources", p.source()), dateIso, dateLabel, dateNote,
                links("authors", p.authors()), p.location(), p.imageCaption(), p.imageCredit(),
                markdown.html(PageBodies.of(p)), p.copyright(), coverage, links("topics", p.topics()),
                links("tags", p.tags()), related, mentionedIn, urls.path(rel + "index.md"), p.seed());
    }

    public TermIndexView termIndex(Taxonomy t) {
        boolean byCount = t.key().equals("tags");
        String description = count(t.terms().size(), t.singular().toLowerCase(java.util.Locale.ROOT)) + ".";
        Meta meta = new Meta(t.title(), description, urls.absolute(t.key() + "/"), "website", "", "");
        return new TermIndexView(meta, t.title(), description, counts(t, Integer.MAX_VALUE, byCount));
    }

    /** The pages shown on page {@code pageNo} (from 1) of a list. */
    public List<Page> slice(List<Page> pages, int pageNo) {
        int from = Math.min((pageNo - 1) * config.pageSize(), pages.size());
        return pages.subList(from, Math.min(from + config.pageSize(), pages.size()));
    }

    /** Number of pages a list of {@code size} entries needs (at least one, even when empty). */
    public int pageCount(int size) {
        return Math.max(1, (size + config.pageSize() - 1) / config.pageSize());
    }

    public ListView termPage(Taxonomy t, Term term, int pageNo) {
        String folder = Urls.term(t.key(), term.slug());
        String description = count(term.pages().size(), "page") + " under " + t.singular().toLowerCase(java.util.Locale.ROOT) + " " + term.name() + ", newest first.";
        return list(folder, t.singular(), term.name(), description, term.pages(), pageNo, urls.path(folder + "feed.xml"),
                new Link(t.title(), urls.path(t.key() + "/")));
    }

    public ListView archivePage(int pageNo) {
        List<Page> articles = site.pages();
        return list("articles/", "Archive", "All articles", count(articles.size(), "page") + ", newest first.", articles, pageNo,
                urls.path("feed.xml"), new Link("Home", urls.path("")));
    }

    public PlainView search() {
        return new PlainView(new Meta("Search", "Search the articles of " + config.title() + ".",
                urls.absolute("search/"), "website", "", ""));
    }

    public PlainView notFound() {
        return new PlainView(new Meta("Page not found", "This page does not exist.",
                urls.absolute("404.html"), "website", "", ""));
    }

    private ListView list(String folder, String kicker, String heading, String description, List<Page> pages, int pageNo,
                          String feedUrl, Link parent) {
        int total = pageCount(pages.size());
        List<Card> items = slice(pages, pageNo).stream().map(p -> card(p, "h2")).toList();
        List<Pager.Item> window = new ArrayList<>();
        for (int i = 1; i <= total; i++) {
            if (i == 1 || i == total || Math.abs(i - pageNo) <= PAGER_RADIUS) {
                window.add(new Pager.Item(i, urls.path(Urls.listPage(folder, i)), i == pageNo, false));
            } else if (window.get(window.size() - 1).number() != 0) {
                window.add(new Pager.Item(0, "", false, true));
            }
        }
        Pager pager = new Pager(pageNo, total, pageNo > 1 ? urls.path(Urls.listPage(folder, pageNo - 1)) : "",
                pageNo < total ? urls.path(Urls.listPage(folder, pageNo + 1)) : "", window);
        String title = heading + (pageNo > 1 ? " (page " + pageNo + ")" : "");
        Meta meta = new Meta(title, description, urls.absolute(Urls.listPage(folder, pageNo)), "website", feedUrl, "");
        return new ListView(meta, kicker, heading, description, items, pager, feedUrl, parent);
    }

    /** "1 page", "2 pages": English plurals of the theme's own words. */
    private static String count(int n, String noun) {
        return n + " " + (n == 1 ? noun : noun + "s");
    }

    /** A page's card with its HTML, made on first use and reused by every list that shows the page. */
    Card card(Page p, String level) {
        // Keyed by slug, one map per level: a key built per lookup would be hashed afresh every time.
        return cards.computeIfAbsent(level, k -> new ConcurrentHashMap<>()).computeIfAbsent(p.slug(), k -> {
            Card card = new Card(p.title(), urls.path(Urls.article(p.slug())), p.kind() == PageKind.BRIEF, p.source(),
                    p.date().map(Object::toString).orElse(""), p.date().map(dates::label).orElse(""),
                    p.summary(), links("topics", p.topics()), "");
            Map<String, Object> model = model(card);
            model.put("card", card);
            model.put("level", level);
            return card.withHtml(engine.render("card.ftlh", model));
        });
    }

    private List<TermCount> counts(Taxonomy t, int limit, boolean byCount) {
        Comparator<Term> order = byCount
                ? Comparator.<Term>comparingInt(term -> term.pages().size()).reversed().thenComparing(Term::slug)
                : Comparator.comparing(Term::slug);
        List<Term> terms = new ArrayList<>(t.terms());
        if (byCount && limit < terms.size()) {
            terms.sort(order);
            terms = new ArrayList<>(terms.subList(0, limit));
            // Shown alphabetically once the most used are chosen: a cloud reads better sorted.
            terms.sort(Comparator.comparing((Term term) -> term.name().toLowerCase(java.util.Locale.ROOT)));
        }
        return terms.stream().limit(limit)
                .map(term -> new TermCount(term.name(), urls.path(Urls.term(t.key(), term.slug())), term.pages().size()))
                .toList();
    }

    private List<Link> links(String taxonomy, List<String> names) {
        List<Link> out = new ArrayList<>(names.size());
        for (String name : names) {
            String url = termUrl(taxonomy, name);
            if (!url.isEmpty()) {
                out.add(new Link(name, url));
            }
        }
        return out;
    }

    private String termUrl(String taxonomy, String name) {
        String slug = slugByName.getOrDefault(taxonomy, Map.of()).get(name);
        if (slug == null) {
            slug = Slugs.slugify(name);
            if (slug.isEmpty()) {
                return "";
            }
        }
        return urls.path(Urls.term(taxonomy, slug));
    }

    public Map<String, Object> model(Object page) {
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("site", siteView);
        model.put("page", page);
        return model;
    }
}
