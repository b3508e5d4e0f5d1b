package dev.sitegen.render;

import dev.sitegen.config.SiteConfig;
import dev.sitegen.markdown.MarkdownRenderer;
import dev.sitegen.markdown.PageModelWriter;
import dev.sitegen.model.Page;
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

    /** The theme's templates, loaded before any page is rendered. */
    public static final List<String> TEMPLATES = List.of("home.ftlh", "article.ftlh", "list.ftlh", "terms.ftlh",
            "search.ftlh", "404.ftlh");

    private final SiteConfig config;
    private final TemplateEngine engine;
    private final MarkdownRenderer markdown;
    private final PageModelWriter twinWriter = new PageModelWriter();
    private final ThemeAssets assets;

    public SiteRenderer(SiteConfig config, TemplateEngine engine, MarkdownRenderer markdown) {
        this.config = config;
        this.engine = engine;
        this.markdown = markdown;
        engine.preload(TEMPLATES);
        this.assets = new ThemeAssets(config.templatesDir());
    }

    public List<OutputJob> plan(Site site) {
        ViewFactory views = new ViewFactory(config, site, markdown);
        Urls urls = views.urls();
        FeedRenderer feeds = new FeedRenderer(urls, config.title(), config.language());
        List<OutputJob> jobs = new ArrayList<>();
        List<SitemapRenderer.Entry> sitemap = new ArrayList<>();

        jobs.add(html("index.html", "home", "home.ftlh", views, views::home));
        sitemap.add(new SitemapRenderer.Entry("", site.pages().stream().flatMap(p -> p.date().stream()).findFirst()));
        for (Page p : site.pages()) {
            String folder = Urls.article(p.slug());
            String kind = p.kind() == PageKind.BRIEF ? "brief" : "article";
            jobs.add(html(folder + "index.html", kind, "article.ftlh", views, () -> views.article(p)));
            jobs.add(OutputJob.text(folder + "index.md", "markdown twin", () -> twinWriter.write(p)));
            sitemap.add(new SitemapRenderer.Entry(folder, p.date()));
        }
        int archivePages = views.pageCount(site.pages().size());
        for (int i = 1; i <= archivePages; i++) {
            int n = i;
            jobs.add(html(Urls.listPage("articles/", n) + "index.html", "list", "list.ftlh", views, () -> views.archivePage(n)));
            sitemap.add(new SitemapRenderer.Entry(Urls.listPage("articles/", n), Optional.empty()));
        }
        for (Taxonomy t : site.taxonomies()) {
            String kind = t.singular().toLowerCase(java.util.Locale.ROOT);
            jobs.add(html(t.key() + "/index.html", "index", "terms.ftlh", views, () -> views.termIndex(t)));
            sitemap.add(new SitemapRenderer.Entry(t.key() + "/", Optional.empty()));
            for (Term term : t.terms()) {
                String folder = Urls.term(t.key(), term.slug());
                int pages = views.pageCount(term.pages().size());
                for (int i = 1; i <= pages; i++) {
                    int n = i;
                    String pageKind = n == 1 ? kind : "list";
                    jobs.add(html(Urls.listPage(folder, n) + "index.html", pageKind, "list.ftlh", views,
                            () -> views.termPage(t, term, n)));
                    sitemap.add(new SitemapRenderer.Entry(Urls.listPage(folder, n), Optional.empty()));
                }
                jobs.add(OutputJob.text(folder + "feed.xml", "feed",
                        () -> feeds.feed(config.title() + ": " + term.name(), folder, term.pages())));
            }
        }
        jobs.add(html("search/index.html", "other", "search.ftlh", views, views::search));
        sitemap.add(new SitemapRenderer.Entry("search/", Optional.empty()));
        jobs.add(html("404.html", "other", "404.ftlh", views, views::notFound));
        jobs.add(OutputJob.text("feed.xml", "feed", () -> feeds.feed(config.title(), "", site.pages())));
        jobs.add(OutputJob.text("search-index.json", "other", () -> new SearchIndexRenderer(urls).index(site.pages())));
        if (urls.hasAbsoluteBase()) {
            // The protocol wants absolute URLs; without an absolute base URL there is no valid sitemap to write.
            jobs.add(OutputJob.text("sitemap.xml", "other", () -> new SitemapRenderer(urls).sitemap(sitemap)));
        }
        jobs.add(OutputJob.text("robots.txt", "other", () -> robots(urls)));
        jobs.add(OutputJob.text(".nojekyll", "other", () -> ""));
        config.cname().ifPresent(c -> jobs.add(OutputJob.text("CNAME", "other", () -> c + "\n")));
        jobs.addAll(assets.jobs());
        return jobs;
    }

    private OutputJob html(String path, String kind, String template, ViewFactory views,
                           java.util.function.Supplier<Object> view) {
        return OutputJob.text(path, kind, () -> engine.render(template, views.model(view.get())));
    }

    private static String robots(Urls urls) {
        StringBuilder sb = new StringBuilder("User-agent: *\nAllow: /\n");
        if (urls.hasAbsoluteBase()) {
            sb.append("Sitemap: ").append(urls.absolute("sitemap.xml")).append('\n');
        }
        return sb.toString();
    }
}
