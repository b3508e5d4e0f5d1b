package dev.sitegen.render;

import dev.sitegen.config.SiteConfig;
import dev.sitegen.markdown.MarkdownRenderer;
import dev.sitegen.markdown.PageModelWriter;
import dev.sitegen.model.Fingerprint;
import dev.sitegen.model.Page;
import dev.sitegen.seeds.PageBodies;
import dev.sitegen.model.PageKind;
import dev.sitegen.model.Site;
import dev.sitegen.model.Taxonomy;
import dev.sitegen.model.Term;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Lists every file of the site as an {@link OutputJob}: pages from templates, Markdown twins,
 * feeds, sitemap, search index and the GitHub Pages files.
 */
public final class SiteRenderer {

    /** Changes whenever what site-gen writes for the same input changes, so old fingerprints no longer match. */
    private static final String FORMAT_VERSION = "site-gen output 1";

    /** The theme's templates, loaded before any page is rendered. */
    public static final List<String> TEMPLATES = List.of("home.ftlh", "article.ftlh", "card.ftlh", "list.ftlh", "terms.ftlh",
            "search.ftlh", "404.ftlh");

    private final SiteConfig config;
    private final TemplateEngine engine;
    private final MarkdownRenderer markdown;
    private final PageModelWriter twinWriter = new PageModelWriter();
    private final ThemeAssets assets;
    private final long theme;

    public SiteRenderer(SiteConfig config, TemplateEngine engine, MarkdownRenderer markdown) {
        this.config = config;
        this.engine = engine;
        this.markdown = markdown;
        // Taken before the templates are read: a file saved in between then makes the next build
        // see a changed theme, rather than keep a template older than its fingerprint says.
        this.theme = ThemeFingerprint.of(config.templatesDir());
        engine.preload(TEMPLATES);
        this.assets = new ThemeAssets(config.templatesDir());
    }

    /** Whether this renderer is what {@code config} and the theme files now on disk would make. */
    public boolean isCurrent(SiteConfig config) {
        return this.config.equals(config) && theme == ThemeFingerprint.of(config.templatesDir());
    }

    public List<OutputJob> plan(Site site) {
        ViewFactory views = new ViewFactory(config, site, markdown, engine);
        Urls urls = views.urls();
        FeedRenderer feeds = new FeedRenderer(urls, config.title(), config.language());
        PageKeys keys = new PageKeys();
        long global = globalFingerprint(views);
        List<OutputJob> jobs = new ArrayList<>();
        List<SitemapRenderer.Entry> sitemap = new ArrayList<>();
        List<Page> pages = site.pages();

        List<Page> homePages = views.homePages();
        long home = fp(global, "home").add(keys.cards(homePages)).add(pages.size())
                .add(termCounts(site.taxonomy("topics"))).add(termCounts(site.taxonomy("tags"))).value();
        jobs.add(html("index.html", "home", home, "home.ftlh", views, views::home));
        sitemap.add(new SitemapRenderer.Entry("", pages.stream().flatMap(p -> p.date().stream()).findFirst()));
        for (Page p : pages) {
            jobs.addAll(articleJobs(site, p, views, keys, global));
            sitemap.add(new SitemapRenderer.Entry(Urls.article(p.slug()), p.date()));
        }
        int archivePages = views.pageCount(pages.size());
        for (int i = 1; i <= archivePages; i++) {
            int n = i;
            long list = fp(global, "archive").add(n).add(pages.size()).add(keys.cards(views.slice(pages, n))).value();
            jobs.add(html(Urls.listPage("articles/", n) + "index.html", "list", list, "list.ftlh", views,
                    () -> views.archivePage(n)));
            sitemap.add(new SitemapRenderer.Entry(Urls.listPage("articles/", n), Optional.empty()));
        }
        for (Taxonomy t : site.taxonomies()) {
            String kind = t.singular().toLowerCase(java.util.Locale.ROOT);
            jobs.add(html(t.key() + "/index.html", "index", fp(global, t.key()).add(termCounts(t)).value(), "terms.ftlh",
                    views, () -> views.termIndex(t)));
            sitemap.add(new SitemapRenderer.Entry(t.key() + "/", Optional.empty()));
            for (Term term : t.terms()) {
                String folder = Urls.term(t.key(), term.slug());
                int count = views.pageCount(term.pages().size());
                for (int i = 1; i <= count; i++) {
                    int n = i;
                    long list = fp(global, folder).add(term.name()).add(n).add(term.pages().size())
                            .add(keys.cards(views.slice(term.pages(), n))).value();
                    jobs.add(html(Urls.listPage(folder, n) + "index.html", n == 1 ? kind : "list", list, "list.ftlh",
                            views, () -> views.termPage(t, term, n)));
                    sitemap.add(new SitemapRenderer.Entry(Urls.listPage(folder, n), Optional.empty()));
                }
                long feed = fp(global, folder + "feed.xml").add(term.name()).add(keys.listings(feedPages(term.pages()))).value();
                jobs.add(OutputJob.text(folder + "feed.xml", "feed", feed,
                        () -> feeds.feed(config.title() + ": " + term.name(), folder, term.pages())));
            }
        }
        long all = keys.listings(pages);
        jobs.add(html("search/index.html", "other", fp(global, "search").value(), "search.ftlh", views, views::search));
        sitemap.add(new SitemapRenderer.Entry("search/", Optional.empty()));
        jobs.add(html("404.html", "other", fp(global, "404").value(), "404.ftlh", views, views::notFound));
        jobs.add(OutputJob.text("feed.xml", "feed", fp(global, "feed.xml").add(keys.listings(feedPages(pages))).value(),
                () -> feeds.feed(config.title(), "", pages)));
        jobs.add(OutputJob.text("search-index.json", "other", fp(global, "search-index").add(all).value(),
                () -> new SearchIndexRenderer(urls).index(pages)));
        if (urls.hasAbsoluteBase()) {
            // The protocol wants absolute URLs; without an absolute base URL there is no valid sitemap to write.
            long map = fp(global, "sitemap").add(all).add(sitemap.size()).value();
            jobs.add(OutputJob.text("sitemap.xml", "other", map, () -> new SitemapRenderer(urls).sitemap(sitemap)));
        }
        jobs.add(OutputJob.text("robots.txt", "other", fp(global, "robots").value(), () -> robots(urls)));
        jobs.add(OutputJob.text(".nojekyll", "other", fp(global, "nojekyll").value(), () -> ""));
        config.cname().ifPresent(c -> jobs.add(OutputJob.text("CNAME", "other", fp(global, "cname").value(), () -> c + "\n")));
        jobs.addAll(assets.jobs(global));
        return jobs;
    }

    /**
     * Only the files of {@code changed} pages of {@code site} (each page's own page and Markdown
     * twin), for a rebuild where nothing else can have changed.
     */
    public List<OutputJob> planPages(Site site, List<Page> changed) {
        ViewFactory views = new ViewFactory(config, site, markdown, engine);
        PageKeys keys = new PageKeys();
        long global = globalFingerprint(views);
        List<OutputJob> jobs = new ArrayList<>();
        for (Page p : changed) {
            jobs.addAll(articleJobs(site, p, views, keys, global));
        }
        return jobs;
    }

    /** A page's own page and its Markdown twin. */
    private List<OutputJob> articleJobs(Site site, Page p, ViewFactory views, PageKeys keys, long global) {
        String folder = Urls.article(p.slug());
        String kind = p.kind() == PageKind.BRIEF ? "brief" : "article";
        Fingerprint article = fp(global, "article").add(keys.content(p))
                .add(keys.cards(site.related().getOrDefault(p.slug(), List.of())));
        for (Page m : site.mentionedIn().getOrDefault(p.slug(), List.of())) {
            article.add(m.slug()).add(m.title());
        }
        p.related().forEach(r -> article.add(views.hasPage(r.slug()) ? 1 : 0));
        return List.of(html(folder + "index.html", kind, article.value(), "article.ftlh", views, () -> views.article(p)),
                OutputJob.text(folder + "index.md", "markdown twin", keys.content(p), () -> twinWriter.write(PageBodies.withBody(p))));
    }

    /**
     * What every output depends on besides pages: the settings that shape pages and the theme. A
     * build whose settings fingerprint differs from the last one's renders every file again.
     */
    public long settings() {
        return new Fingerprint().add(FORMAT_VERSION).add(config.baseUrl()).add(config.title())
                .add(config.language()).add(config.pageSize()).add(config.homeSize()).add(config.timeZone().getId())
                .add(config.cname().orElse("")).add(config.taxonomy().toString()).add(theme).value();
    }

    /**
     * What every output depends on: the settings that shape pages, the theme, and the navigation
     * (which lists only taxonomies that have terms).
     */
    private long globalFingerprint(ViewFactory views) {
        Fingerprint f = new Fingerprint().add(settings());
        views.site().nav().forEach(l -> f.add(l.title()).add(l.url()));
        return f.value();
    }

    private static Fingerprint fp(long global, String what) {
        return new Fingerprint().add(global).add(what);
    }

    private static List<Page> feedPages(List<Page> pages) {
        return pages.subList(0, Math.min(FeedRenderer.ENTRIES, pages.size()));
    }

    private static long termCounts(Taxonomy t) {
        Fingerprint f = new Fingerprint();
        for (Term term : t.terms()) {
            f.add(term.slug()).add(term.name()).add(term.pages().size());
        }
        return f.value();
    }

    private OutputJob html(String path, String kind, long fingerprint, String template, ViewFactory views,
                           java.util.function.Supplier<Object> view) {
        return new OutputJob(path, kind, fingerprint, () -> engine.renderUtf8(template, views.model(view.get())));
    }

    private static String robots(Urls urls) {
        StringBuilder sb = new StringBuilder("User-agent: *\nAllow: /\n");
        if (urls.hasAbsoluteBase()) {
            sb.append("Sitemap: ").append(urls.absolute("sitemap.xml")).append('\n');
        }
        return sb.toString();
    }
}
