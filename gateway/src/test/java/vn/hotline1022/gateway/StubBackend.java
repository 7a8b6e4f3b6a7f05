package vn.hotline1022.gateway;

import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Stands in for the four services: answers 200 with what it received (method, path, the identity and correlation
 * headers), and 502 on every other call to a path containing "flaky" so retries can be counted. A path containing
 * "held" is answered only once {@link #HELD_TOGETHER} such requests are in flight at the same time.
 */
final class StubBackend implements AutoCloseable {

    static final int HELD_TOGETHER = 40;
    static final java.time.Duration STREAM_PAUSE = java.time.Duration.ofMillis(6500);
    final Map<String, AtomicInteger> hits = new ConcurrentHashMap<>();
    private final CountDownLatch held = new CountDownLatch(HELD_TOGETHER);
    private final HttpServer server;

    StubBackend() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", exchange -> {
            String key = exchange.getRequestMethod() + " " + exchange.getRequestURI().getPath();
            int n = hits.computeIfAbsent(key, k -> new AtomicInteger()).incrementAndGet();
            exchange.getRequestBody().readAllBytes();
            if (key.contains("held")) {
                held.countDown();
                try {
                    held.await(20, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
            int status = key.contains("flaky") && n % 2 == 1 ? 502 : 200;
            String body = "{\"stub\":true,\"method\":\"" + exchange.getRequestMethod() + "\",\"path\":\""
                    + exchange.getRequestURI().getPath() + "\",\"xUser\":\"" + exchange.getRequestHeaders().getFirst("X-User")
                    + "\",\"correlationId\":\"" + exchange.getRequestHeaders().getFirst("X-Correlation-Id")
                    + "\",\"authorization\":" + (exchange.getRequestHeaders().getFirst("Authorization") != null) + "}";
            byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", "application/json");
            exchange.sendResponseHeaders(status, bytes.length);
            exchange.getResponseBody().write(bytes);
            exchange.close();
        });
        // a server-sent-events stream like intake's pop-ups: one event now, one after the routes' usual 5 s timeout
        server.createContext("/api/cti/mine/stream", exchange -> {
            exchange.getResponseHeaders().set("Content-Type", "text/event-stream");
            exchange.sendResponseHeaders(200, 0);
            try (var out = exchange.getResponseBody()) {
                out.write("event:popups\ndata:[\"first\"]\n\n".getBytes(StandardCharsets.UTF_8));
                out.flush();
                Thread.sleep(STREAM_PAUSE.toMillis());
                out.write("event:popups\ndata:[\"after-the-pause\"]\n\n".getBytes(StandardCharsets.UTF_8));
                out.flush();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            exchange.close();
        });
        server.setExecutor(Executors.newCachedThreadPool());
        server.start();
    }

    String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    int hits(String methodAndPath) {
        AtomicInteger n = hits.get(methodAndPath);
        return n == null ? 0 : n.get();
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
