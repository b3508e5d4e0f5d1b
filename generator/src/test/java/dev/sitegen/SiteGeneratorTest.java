package dev.sitegen;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sitegen.config.SiteConfig;
import dev.sitegen.diag.BuildFailedException;
import dev.sitegen.diag.Diagnostic;
import dev.sitegen.diag.SiteGenException;
import dev.sitegen.markdown.PageModelReader;
import dev.sitegen.model.Page;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Whole builds over a few hand-written seeds in a temporary project. */
class SiteGeneratorTest {

    private static final String HARBOUR = """
            ---
            title: Harbour reopens after storm
            date: 2025-06-09
            topics: [Weather]
            tags: [Storms, Ports]
            authors: [Ana Silva]
            source: Coast Times
            ---
            The harbour reopened on Monday after three days of storm.

            # Damage

            Some boats sank. See [the strike story](/articles/port-strike-ends/).
            """;

    private static final String STRIKE = """
            ---
            title: Port strike ends
            date: 2025-06-08
            topics: [Business]
            tags: [Ports, Labour]
            source: Coast Times
            ---
            Dock workers returned to work after a two-week strike.
            """;

    private static final String DUMP = """
            Ferry service resumes on island route

            Ferry service resumes on island route

            Coast Times2 hours ago

            The island ferry sailed again on Tuesday, a week after the storm damaged its pier.
            Engineers said the temporary pier would hold until a new one is built next year.
            """;

    @TempDir
    Path project;

    private Path seeds() {
        return project.resolve("seeds");
    }

    private Path site() {
        return project.resolve("site");
    }

    private SiteConfig.Builder configBuilder() {
        return SiteConfig.builder().projectDir(project).seedsDir(seeds()).outputDir(site()).baseUrl("/repo/")
                .title("Harbour News").threads(4);
    }

    private SiteConfig config() {
        return configBuilder().build();
    }

    private void seed(String name, String text) throws IOException {
        Path file = seeds().resolve(name);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
    }

    private void goodSeeds() throws IOException {
        seed("harbour.md", HARBOUR);
        seed("strike.md", STRIKE);
        seed("ferry.txt", DUMP);
    }

    private BuildReport build() {
        return new SiteGenerator().build(config());
    }

    private String read(String relative) throws IOException {
        return Files.readString(site().resolve(relative));
    }

    /** A site from an earlier build, which a failed build must leave as it is. */
    private Map<String, String> oldSite() throws IOException {
        Files.createDirectories(site().resolve("articles/old"));
        Files.writeString(site().resolve("index.html"), "old home");
        Files.writeString(site().resolve("articles/old/index.html"), "old article");
        return FolderSnapshot.of(site());
    }

    private List<String> projectEntries() throws IOException {
        try (Stream<Path> s = Files.list(project)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void buildsHomeArticleTwinTopicAndTagPages() throws IOException {
        goodSeeds();
        build();
        for (String file : List.of("index.html", "articles/harbour-reopens-after-storm/index.html",
                "articles/harbour-reopens-after-storm/index.md", "articles/port-strike-ends/index.html",
                "articles/ferry-service-resumes-on-island-route/index.html", "articles/index.html", "topics/index.html",
                "topics/weather/index.html", "topics/weather/feed.xml", "tags/index.html", "tags/ports/index.html",
                "sources/coast-times/index.html", "authors/ana-silva/index.html", "search/index.html",
                "search-index.json", "feed.xml", "404.html", "robots.txt", ".nojekyll", "assets/style.css",
                "assets/search.js")) {
            assertTrue(Files.isRegularFile(site().resolve(file)), file);
        }
    }

    @Test
    void pathOnlyBaseUrlWritesNoSitemap() throws IOException {
        goodSeeds();
        build();
        assertFalse(Files.exists(site().resolve("sitemap.xml")));
    }

    @Test
    void absoluteBaseUrlWritesSitemapWithAbsoluteLocations() throws IOException {
        goodSeeds();
        new SiteGenerator().build(configBuilder().baseUrl("https://x.github.io/repo/").build());
        assertTrue(read("sitemap.xml").contains("<loc>https://x.github.io/repo/articles/port-strike-ends/</loc>"));
    }

    @Test
    void linksCarryTheBasePath() throws IOException {
        goodSeeds();
        build();
        assertTrue(read("index.html").contains("href=\"/repo/articles/harbour-reopens-after-storm/\""));
        assertTrue(read("articles/harbour-reopens-after-storm/index.html")
                .contains("href=\"/repo/articles/port-strike-ends/\""));
    }

    @Test
    void tagPageListsItsArticlesNewestFirst() throws IOException {
        goodSeeds();
        build();
        String html = read("tags/ports/index.html");
        int harbour = html.indexOf("/repo/articles/harbour-reopens-after-storm/");
        int strike = html.indexOf("/repo/articles/port-strike-ends/");
        assertTrue(harbour > 0 && strike > harbour, html);
    }

    @Test
    void markdownTwinReadsBackToThePage() throws IOException {
        goodSeeds();
        build();
        Page twin = PageModelReader.read(Path.of("index.md"), read("articles/harbour-reopens-after-storm/index.md"));
        Page seed = PageModelReader.read(Path.of("harbour.md"), HARBOUR);
        assertEquals(seed.title(), twin.title());
        // Tags come back as the site names them: one display name per term ("Storms" is the key phrase "storms").
        assertEquals(List.of("storms", "Ports"), twin.tags());
        assertEquals(seed.tags().size(), twin.tags().size());
        assertEquals(seed.date(), twin.date());
        assertEquals(seed.body().strip(), twin.body().strip());
    }

    @Test
    void twoBuildsAreByteIdentical() throws IOException {
        goodSeeds();
        build();
        Map<String, String> first = FolderSnapshot.of(site());
        build();
        assertEquals(first, FolderSnapshot.of(site()));
    }

    @Test
    void emptySeedsFolderFailsNamingItAndKeepsTheOldSite() throws IOException {
        Files.createDirectories(seeds());
        Map<String, String> old = oldSite();
        SiteGenException e = assertThrows(SiteGenException.class, this::build);
        assertTrue(e.describe().startsWith("seeds: no seeds found"), e.describe());
        assertEquals(old, FolderSnapshot.of(site()));
    }

    @Test
    void emptyDumpWarnsNamingItAndTheBuildGoesOn() throws IOException {
        goodSeeds();
        seed("empty.txt", "");
        BuildReport report = build();
        List<Diagnostic> aboutEmpty = report.warnings().stream()
                .filter(d -> String.valueOf(d.position()).equals("seeds/empty.txt")).toList();
        assertEquals(1, aboutEmpty.size(), report.warnings().toString());
        assertEquals(Diagnostic.Severity.WARNING, aboutEmpty.get(0).severity());
        assertTrue(Files.isRegularFile(site().resolve("articles/harbour-reopens-after-storm/index.html")));
    }

    @Test
    void brokenFrontMatterFailsNamingFileAndLineAndKeepsTheOldSite() throws IOException {
        goodSeeds();
        seed("broken.md", "---\ntitle: Broken\ntags: [a, b\nsource: X\n---\nBody\n");
        Map<String, String> old = oldSite();
        BuildFailedException e = assertThrows(BuildFailedException.class, this::build);
        assertEquals(1, e.errors().size(), e.getMessage());
        assertTrue(e.errors().get(0).toString().startsWith("seeds/broken.md:4:"), e.getMessage());
        assertEquals(old, FolderSnapshot.of(site()));
        assertEquals(List.of("seeds", "site"), projectEntries());
    }

    @Test
    void unknownFrontMatterKeyFailsNamingFileAndLine() throws IOException {
        goodSeeds();
        seed("colour.md", "---\ntitle: Colour\ncolour: blue\n---\nBody\n");
        BuildFailedException e = assertThrows(BuildFailedException.class, this::build);
        assertTrue(e.errors().get(0).toString().startsWith("seeds/colour.md:3: unknown key 'colour'"), e.getMessage());
    }

    @Test
    void everyBrokenFileIsReportedInOneFailure() throws IOException {
        goodSeeds();
        seed("a.md", "---\ntitle: A\ncolour: blue\n---\n");
        seed("b.md", "no front matter\n");
        BuildFailedException e = assertThrows(BuildFailedException.class, this::build);
        assertEquals(List.of("seeds/a.md:3", "seeds/b.md:1"),
                e.errors().stream().map(d -> d.position().toString()).toList());
    }

    @Test
    void templateSyntaxErrorKeepsTheOldSite() throws IOException {
        goodSeeds();
        Path templates = Files.createDirectories(project.resolve("theme"));
        Files.writeString(templates.resolve("article.ftlh"), "<p>\n<#if>\n");
        Map<String, String> old = oldSite();
        SiteGenException e = assertThrows(SiteGenException.class,
                () -> new SiteGenerator().build(configBuilder().templatesDir(templates).build()));
        assertEquals(templates.resolve("article.ftlh"), e.position().orElseThrow().file());
        assertEquals(2, e.position().orElseThrow().line());
        assertEquals(old, FolderSnapshot.of(site()));
        assertEquals(List.of("seeds", "site", "theme"), projectEntries());
    }

    @Test
    void templateErrorWhileWritingKeepsTheOldSiteAndLeavesNoStaging() throws IOException {
        goodSeeds();
        for (int i = 0; i < 40; i++) {
            seed("more/n" + i + ".md", "---\ntitle: Note " + i + "\ntags: [Ports]\n---\nText " + i + ".\n");
        }
        Path templates = Files.createDirectories(project.resolve("theme"));
        Files.writeString(templates.resolve("article.ftlh"),
                "<#if page.title == \"Note 20\">${page.nosuch}</#if><p>${page.title}</p>\n");
        Map<String, String> old = oldSite();
        SiteGenException e = assertThrows(SiteGenException.class,
                () -> new SiteGenerator().build(configBuilder().templatesDir(templates).build()));
        assertEquals(templates.resolve("article.ftlh"), e.position().orElseThrow().file());
        assertEquals(old, FolderSnapshot.of(site()));
        assertEquals(List.of("seeds", "site", "theme"), projectEntries());
    }

    @Test
    void refusesOutputFolderContainingTheSeeds() throws IOException {
        goodSeeds();
        SiteGenException e = assertThrows(SiteGenException.class,
                () -> new SiteGenerator().build(configBuilder().outputDir(project).build()));
        assertTrue(e.getMessage().startsWith("the output folder must not contain"), e.getMessage());
        assertEquals(HARBOUR, Files.readString(seeds().resolve("harbour.md")));
    }

    @Test
    void refusesOutputFolderInsideTheSeeds() throws IOException {
        goodSeeds();
        Path inside = seeds().resolve("site");
        SiteGenException e = assertThrows(SiteGenException.class,
                () -> new SiteGenerator().build(configBuilder().outputDir(inside).build()));
        assertTrue(e.getMessage().startsWith("the output folder must not be inside the seeds folder"), e.getMessage());
        assertFalse(Files.exists(inside));
    }
}
