package dev.sitegen.serve;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * The server-sent-events stream open pages listen to: each client gets the current build token when
 * it connects and every new one as builds finish. Thread-safe.
 */
final class LiveReload implements HttpHandler, AutoCloseable {

    /** Sent now and then so the server notices closed tabs and drops them. */
    private static final long HEARTBEAT_SECONDS = 15;

    private final Set<Client> clients = ConcurrentHashMap.newKeySet();
    private final ScheduledExecutorService heartbeat;
    private volatile String token;
    private volatile boolean closed;

    LiveReload(String initialToken) {
        this.token = Objects.requireNonNull(initialToken, "initialToken");
        this.heartbeat = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "site-gen-live-heartbeat");
            t.setDaemon(true);
            return t;
        });
        heartbeat.scheduleWithFixedDelay(() -> sendToAll(": heartbeat\n\n"), HEARTBEAT_SECONDS, HEARTBEAT_SECONDS,
                TimeUnit.SECONDS);
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        if (!exchange.getRequestMethod().equals("GET") || closed) {
            exchange.sendResponseHeaders(closed ? 503 : 405, -1);
            exchange.close();
            return;
        }
        exchange.getResponseHeaders().set("Content-Type", "text/event-stream; charset=utf-8");
        exchange.getResponseHeaders().set("Cache-Control", "no-store");
        exchange.sendResponseHeaders(200, 0);
        Client client = new Client(exchange);
        // Added before the first event: a build finishing meanwhile is then sent, not lost.
        clients.add(client);
        send(client, "retry: 1000\n" + event(token));
    }

    /** Announces a finished build (successful or not) to every open page. */
    void publish(String newToken) {
        token = Objects.requireNonNull(newToken, "newToken");
        sendToAll(event(newToken));
    }

    int clientCount() {
        return clients.size();
    }

    @Override
    public void close() {
        closed = true;
        heartbeat.shutdownNow();
        for (Client c : clients) {
            drop(c);
        }
    }

    private static String event(String token) {
        return "event: build\ndata: " + token + "\n\n";
    }

    private void sendToAll(String text) {
        for (Client c : clients) {
            send(c, text);
        }
    }

    private void send(Client client, String text) {
        if (!client.send(text)) {
            drop(client); // the page was closed or reloaded
        }
    }

    private void drop(Client client) {
        clients.remove(client);
        client.close();
    }

    /** One open stream; writes are serialized per client. */
    private static final class Client {
        private final HttpExchange exchange;
        private final OutputStream body;

        Client(HttpExchange exchange) {
            this.exchange = exchange;
            this.body = exchange.getResponseBody();
        }

        synchronized boolean send(String text) {
            try {
                body.write(text.getBytes(StandardCharsets.UTF_8));
                body.flush();
                return true;
            } catch (IOException e) {
                return false;
            }
        }

        synchronized void close() {
            exchange.close();
        }
    }
}
