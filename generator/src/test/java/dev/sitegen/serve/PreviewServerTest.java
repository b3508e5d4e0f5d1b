package dev.sitegen.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sitegen.diag.SiteGenException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PreviewServerTest {

    private static final Duration EVENT_WAIT = Duration.ofSeconds(10);

    @TempDir
    Path tmp;

    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(5)).build();
    private final List<String> failures = new CopyOnWriteArrayList<>();
    private TestProject project;
    private PreviewServer server;

    @AfterEach
    void stop() {
        if (server != null) {
            server.close();
        }
    }

    private PreviewServer start() throws IOException {
        project = TestProject.create(tmp.resolve("project"));
        server = PreviewServer.start(project.settings(), new ServeListener() {
            @Override
            public void failed(String message) {
                failures.add(message);
            }
        });
        return server;
    }

    private URI origin() {
        URI u = server.url();
        return URI.create("http://127.0.0.1:" + u.getPort());
    }

    private HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(origin().resolve(path)).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String contentType(HttpResponse<?> r) {
        return r.headers().firstValue("Content-Type").orElse("");
    }

    @Test
    void servesTheSiteUnderItsBasePathOnLoopback() throws Exception {
        start();
        assertEquals("127.0.0.1", server.url().getHost());
        assertEquals(TestProject.BASE_PATH, server.url().getPath());
        assertTrue(server.url().getPort() > 0, "an ephemeral port was chosen");

        HttpResponse<String> home = get(TestProject.BASE_PATH);
        assertEquals(200, home.statusCode());
        assertEquals("text/html; charset=utf-8", contentType(home));
        assertTrue(home.body().contains("Harbour ferry returns"), home.body());
        assertEquals("no-store", home.headers().firstValue("Cache-Control").orElse(""));
    }

    @Test
    void servesEachKindOfFileWithItsContentType() throws Exception {
        start();
        assertEquals("text/html; charset=utf-8", contentType(get(TestProject.FERRY_URL_PATH)));
        assertEquals("text/markdown; charset=utf-8", contentType(get(TestProject.FERRY_URL_PATH + "index.md")));
        assertEquals("text/css; charset=utf-8", contentType(get(TestProject.BASE_PATH + "assets/style.css")));
        assertEquals("text/javascript; charset=utf-8", contentType(get(TestProject.BASE_PATH + "assets/search.js")));
        assertEquals("application/json; charset=utf-8", contentType(get(TestProject.BASE_PATH + "search-index.json")));
        assertEquals("application/xml; charset=utf-8", contentType(get(TestProject.BASE_PATH + "feed.xml")));
    }

    @Test
    void rootAndBasePathWithoutSlashRedirectToTheSite() throws Exception {
        start();
        HttpResponse<String> root = get("/");
        assertEquals(302, root.statusCode());
        assertEquals(TestProject.BASE_PATH, root.headers().firstValue("Location").orElse(""));
        assertEquals(TestProject.BASE_PATH, get("/news-demo").headers().firstValue("Location").orElse(""));
    }

    @Test
    void folderWithoutTrailingSlashRedirectsToItsIndex() throws Exception {
        start();
        String noSlash = TestProject.FERRY_URL_PATH.substring(0, TestProject.FERRY_URL_PATH.length() - 1);
        HttpResponse<String> r = get(noSlash);
        assertEquals(302, r.statusCode());
        assertEquals(TestProject.FERRY_URL_PATH, r.headers().firstValue("Location").orElse(""));
    }

    @Test
    void missingPageGetsTheSites404PageWithStatus404() throws Exception {
        start();
        HttpResponse<String> r = get(TestProject.BASE_PATH + "articles/no-such-article/");
        assertEquals(404, r.statusCode());
        assertEquals("text/html; charset=utf-8", contentType(r));
        assertTrue(r.body().contains("Page not found"), r.body());
        assertEquals(404, get("/elsewhere/index.html").statusCode());
    }

    @Test
    void pathsLeavingTheOutputFolderAreNotServed() throws Exception {
        start();
        Files.writeString(tmp.resolve("project").resolve("secret.txt"), "top secret");
        for (String path : List.of("/news-demo/../secret.txt", "/news-demo/%2e%2e/secret.txt", "/news-demo/..%2fsecret.txt",
                "/news-demo/..%5csecret.txt", "/news-demo/./../secret.txt")) {
            String response = rawGet(path);
            assertFalse(response.contains("top secret"), path + " leaked a file outside the site:\n" + response);
            assertTrue(response.startsWith("HTTP/1.1 404"), path + ": " + response.lines().findFirst().orElse(""));
        }
    }

    @Test
    void symbolicLinkOutOfTheSiteIsNotFollowed() throws Exception {
        start();
        Path secret = Files.writeString(tmp.resolve("secret.txt"), "top secret");
        Path link = project.out.resolve("leak.txt");
        try {
            Files.createSymbolicLink(link, secret);
        } catch (UnsupportedOperationException | IOException e) {
            org.junit.jupiter.api.Assumptions.abort("symbolic links are not supported here: " + e);
        }
        HttpResponse<String> r = get(TestProject.BASE_PATH + "leak.txt");
        assertEquals(404, r.statusCode());
        assertFalse(r.body().contains("top secret"));
    }

    @Test
    void servedHtmlCarriesTheReloadScriptWhileTheOutputFileDoesNot() throws Exception {
        start();
        String served = get(TestProject.FERRY_URL_PATH).body();
        assertTrue(served.contains("data-site-gen-live"), served);
        assertTrue(served.indexOf("data-site-gen-live") < served.lastIndexOf("</body>"), "script goes before </body>");

        String onDisk = Files.readString(project.out.resolve("articles/harbour-ferry-returns/index.html"));
        assertFalse(onDisk.contains("site-gen-live"), "the built file must not hold the live-reload script");
        assertFalse(get(TestProject.FERRY_URL_PATH + "index.md").body().contains("site-gen-live"), "only HTML is changed");
    }

    @Test
    void headRequestGetsHeadersWithoutBody() throws Exception {
        start();
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(origin().resolve(TestProject.FERRY_URL_PATH))
                .method("HEAD", HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, r.statusCode());
        assertEquals("", r.body());
    }

    @Test
    void editingASeedRebuildsAndAnnouncesTheNewBuild() throws Exception {
        start();
        try (LiveStream live = new LiveStream(http, origin())) {
            String first = live.next(EVENT_WAIT);
            assertTrue(get(TestProject.FERRY_URL_PATH).body().contains(first), "pages carry the token of their build");

            project.writeFerry("The ferry now also runs at night.");
            String second = live.next(EVENT_WAIT);

            assertNotEquals(first, second);
            String page = get(TestProject.FERRY_URL_PATH).body();
            assertTrue(page.contains("also runs at night"), page);
            assertTrue(page.contains(second), "the page is served with the new token");
        }
    }

    @Test
    void brokenSeedIsShownInPagesAndFixingItRecovers() throws Exception {
        start();
        try (LiveStream live = new LiveStream(http, origin())) {
            live.next(EVENT_WAIT);

            project.breakFerry();
            live.next(EVENT_WAIT);
            String broken = get(TestProject.BASE_PATH).body();
            assertTrue(broken.contains("id=\"" + ReloadScript.ERROR_ID + "\""), broken);
            assertTrue(broken.contains("seeds/ferry.md:3"), "names file and line: " + broken);
            assertTrue(broken.contains("&lt;not a date&gt;"), "the message is escaped: " + broken);
            assertFalse(broken.contains("<not a date>"));
            assertTrue(failures.stream().anyMatch(m -> m.contains("seeds/ferry.md:3")), failures.toString());
            assertTrue(get(TestProject.FERRY_URL_PATH).body().contains("The harbour ferry returned"),
                    "the last good site is still served");

            project.writeFerry("Back in service, and fixed.");
            live.next(EVENT_WAIT);
            String fixed = get(TestProject.FERRY_URL_PATH).body();
            assertFalse(fixed.contains(ReloadScript.ERROR_ID), fixed);
            assertTrue(fixed.contains("Back in service, and fixed."), fixed);
        }
    }

    @Test
    void failedFirstBuildServesAnErrorPageUntilFixed() throws Exception {
        project = TestProject.create(tmp.resolve("project"));
        project.breakFerry();
        server = PreviewServer.start(project.settings(), ServeListener.NONE);
        try (LiveStream live = new LiveStream(http, origin())) {
            live.next(EVENT_WAIT);
            HttpResponse<String> r = get(TestProject.FERRY_URL_PATH);
            assertEquals(500, r.statusCode());
            assertTrue(r.body().contains("seeds/ferry.md:3"), r.body());
            assertTrue(r.body().contains("data-site-gen-live"), "the error page reloads when fixed");

            project.writeFerry("Fixed before anything was built.");
            live.next(EVENT_WAIT);
            assertEquals(200, get(TestProject.FERRY_URL_PATH).statusCode());
        }
    }

    @Test
    void editingTheSettingsFileRebuildsWithTheNewSettings() throws Exception {
        start();
        try (LiveStream live = new LiveStream(http, origin())) {
            live.next(EVENT_WAIT);
            TestProject.write(project.configFile,
                    "title: Renamed Times\nbaseUrl: https://example.github.io/news-demo/\nautoTags: false\n");
            live.next(EVENT_WAIT);
            assertTrue(get(TestProject.BASE_PATH).body().contains("Renamed Times"));
        }
    }

    @Test
    void takenPortIsReportedClearly() throws Exception {
        start();
        TestProject other = TestProject.create(tmp.resolve("other"));
        ServeSettings samePort = new ServeSettings(other::config, List.of(), server.url().getPort());
        SiteGenException e = assertThrows(SiteGenException.class, () -> PreviewServer.start(samePort, ServeListener.NONE));
        assertTrue(e.getMessage().contains("in use"), e.getMessage());
    }

    @Test
    void closingEndsOpenStreamsAndFreesThePort() throws Exception {
        start();
        int port = server.url().getPort();
        try (LiveStream live = new LiveStream(http, origin())) {
            live.next(EVENT_WAIT);
            server.close();
            server.close(); // twice is harmless
        }
        try (java.net.ServerSocket again = new java.net.ServerSocket(port, 0, java.net.InetAddress.getLoopbackAddress())) {
            assertEquals(port, again.getLocalPort());
        }
    }

    /** Sends the path as written: HTTP clients would normalize away the dot segments. */
    private String rawGet(String path) throws IOException {
        try (Socket socket = new Socket("127.0.0.1", server.url().getPort())) {
            socket.setSoTimeout(5000);
            OutputStream out = socket.getOutputStream();
            out.write(("GET " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            out.flush();
            InputStream in = socket.getInputStream();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
