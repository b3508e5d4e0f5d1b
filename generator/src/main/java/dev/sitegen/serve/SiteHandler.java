package dev.sitegen.serve;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.Map;
import java.util.Objects;

/**
 * Answers requests for the built site: files under the base path, redirects to it, the site's
 * {@code 404.html} for misses, and the build error when the latest build failed. HTML gets the
 * live-reload script on the way out.
 */
final class SiteHandler implements HttpHandler {

    /** A finished answer, made while no build runs and sent after. */
    private record Response(int status, String contentType, byte[] body, Map<String, String> headers) {
        static Response text(int status, String text) {
            return new Response(status, "text/plain; charset=utf-8", text.getBytes(StandardCharsets.UTF_8), Map.of());
        }
    }

    private final Rebuilder rebuilder;

    SiteHandler(Rebuilder rebuilder) {
        this.rebuilder = Objects.requireNonNull(rebuilder, "rebuilder");
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String method = exchange.getRequestMethod();
            Response response;
            if (!method.equals("GET") && !method.equals("HEAD")) {
                response = new Response(405, "text/plain; charset=utf-8",
                        "only GET and HEAD\n".getBytes(StandardCharsets.UTF_8), Map.of("Allow", "GET, HEAD"));
            } else {
                String path = exchange.getRequestURI().getPath();
                response = rebuilder.whileIdle(state -> answer(state, path));
            }
            send(exchange, response, method.equals("HEAD"));
        }
    }

    private static Response answer(BuildState state, String path) {
        SiteFiles files = new SiteFiles(state.config().outputDir(), state.config().basePath());
        SiteFiles.Target target = files.resolve(path);
        return switch (target.kind()) {
            case REDIRECT -> new Response(302, "text/plain; charset=utf-8", new byte[0], Map.of("Location", target.location()));
            case FILE -> file(state, 200, target);
            case MISSING -> notFound(state, files);
        };
    }

    private static Response notFound(BuildState state, SiteFiles files) {
        SiteFiles.Target page = files.notFoundPage();
        if (page.kind() == SiteFiles.Target.Kind.FILE) {
            return file(state, 404, page);
        }
        if (state.error().isPresent()) {
            // A failed first build left no site at all: show why, and reload once it is fixed.
            String html = ReloadScript.errorPage(state.token(), state.error().get());
            return new Response(500, ContentTypes.HTML, html.getBytes(StandardCharsets.UTF_8), Map.of());
        }
        return Response.text(404, "not found\n");
    }

    private static Response file(BuildState state, int status, SiteFiles.Target target) {
        String type = ContentTypes.of(target.file().getFileName().toString());
        byte[] body;
        try {
            body = Files.readAllBytes(target.file());
        } catch (IOException e) {
            return Response.text(500, "cannot read " + target.file() + ": " + e.getMessage() + "\n");
        }
        if (ContentTypes.isHtml(type)) {
            String html = ReloadScript.inject(new String(body, StandardCharsets.UTF_8), state.token(), state.error());
            body = html.getBytes(StandardCharsets.UTF_8);
        }
        return new Response(status, type, body, Map.of());
    }

    private static void send(HttpExchange exchange, Response response, boolean head) throws IOException {
        var headers = exchange.getResponseHeaders();
        headers.set("Content-Type", response.contentType());
        // A preview must always show the latest build, never a cached copy.
        headers.set("Cache-Control", "no-store");
        headers.set("X-Content-Type-Options", "nosniff");
        response.headers().forEach(headers::set);
        if (head) {
            headers.set("Content-Length", Integer.toString(response.body().length));
            exchange.sendResponseHeaders(response.status(), -1);
            return;
        }
        exchange.sendResponseHeaders(response.status(), response.body().length == 0 ? -1 : response.body().length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(response.body());
        }
    }
}
