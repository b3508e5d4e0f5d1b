package dev.sitegen.serve;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/** A test client of the live-reload stream that collects the announced build tokens. */
final class LiveStream implements AutoCloseable {

    private final BlockingQueue<String> tokens = new LinkedBlockingQueue<>();
    private final Stream<String> lines;
    private final Thread reader;

    LiveStream(HttpClient client, URI server) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(server.resolve(ReloadScript.ENDPOINT)).GET().build();
        HttpResponse<Stream<String>> response = client.send(request, HttpResponse.BodyHandlers.ofLines());
        if (response.statusCode() != 200
                || !response.headers().firstValue("Content-Type").orElse("").startsWith("text/event-stream")) {
            throw new IllegalStateException("not an event stream: " + response);
        }
        lines = response.body();
        reader = new Thread(() -> {
            try {
                lines.filter(l -> l.startsWith("data: ")).forEach(l -> tokens.add(l.substring("data: ".length())));
            } catch (RuntimeException e) {
                // closed by the test or the server
            }
        }, "test-live-stream");
        reader.setDaemon(true);
        reader.start();
    }

    /** The next announced token; fails after {@code timeout}. */
    String next(Duration timeout) throws InterruptedException {
        String token = tokens.poll(timeout.toMillis(), TimeUnit.MILLISECONDS);
        if (token == null) {
            throw new AssertionError("no build announced within " + timeout.toMillis() + " ms");
        }
        return token;
    }

    @Override
    public void close() {
        lines.close();
    }
}
