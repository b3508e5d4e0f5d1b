package dev.sitegen.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SiteFilesTest {

    @TempDir
    Path tmp;

    private Path site;
    private SiteFiles files;

    @BeforeEach
    void site() throws IOException {
        site = Files.createDirectories(tmp.resolve("site"));
        Files.writeString(site.resolve("index.html"), "home");
        Files.createDirectories(site.resolve("articles/a b"));
        Files.writeString(site.resolve("articles/a b/index.html"), "a");
        Files.writeString(tmp.resolve("secret.txt"), "secret");
        files = new SiteFiles(site, "/repo/");
    }

    @Test
    void folderPathServesItsIndex() {
        assertEquals(SiteFiles.Target.file(site.resolve("index.html")), files.resolve("/repo/"));
        assertEquals(SiteFiles.Target.file(site.resolve("articles/a b/index.html")), files.resolve("/repo/articles/a b/"));
    }

    @Test
    void folderWithoutSlashRedirectsWithAnEncodedLocation() {
        assertEquals(SiteFiles.Target.redirect("/repo/articles/a%20b/"), files.resolve("/repo/articles/a b"));
    }

    @Test
    void rootAndBareBasePathRedirectToTheBasePath() {
        assertEquals(SiteFiles.Target.redirect("/repo/"), files.resolve("/"));
        assertEquals(SiteFiles.Target.redirect("/repo/"), files.resolve("/repo"));
    }

    @Test
    void pathsOutsideTheBasePathAreMissing() {
        assertEquals(SiteFiles.Target.MISSING, files.resolve("/index.html"));
        assertEquals(SiteFiles.Target.MISSING, files.resolve("/repository/"));
    }

    @Test
    void dotSegmentsAndBackslashesAreRefused() {
        for (String p : new String[] {"/repo/../secret.txt", "/repo/articles/../../secret.txt", "/repo/./index.html",
                "/repo/..\\secret.txt", "/repo/\0", ""}) {
            assertEquals(SiteFiles.Target.MISSING, files.resolve(p), p);
        }
    }

    @Test
    void siteAtTheDomainRootServesFromSlash() {
        SiteFiles atRoot = new SiteFiles(site, "/");
        assertEquals(SiteFiles.Target.file(site.resolve("index.html")), atRoot.resolve("/"));
        assertEquals(SiteFiles.Target.MISSING, atRoot.resolve("/../secret.txt"));
    }

    @Test
    void contentTypesFollowTheExtension() {
        assertEquals("text/markdown; charset=utf-8", ContentTypes.of("index.md"));
        assertEquals("text/html; charset=utf-8", ContentTypes.of("INDEX.HTML"));
        assertEquals("application/xml; charset=utf-8", ContentTypes.of("feed.xml"));
        assertEquals("application/octet-stream", ContentTypes.of("CNAME"));
    }
}
