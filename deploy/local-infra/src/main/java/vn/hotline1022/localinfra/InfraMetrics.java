package vn.hotline1022.localinfra;

import com.sun.net.httpserver.HttpServer;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.binder.jvm.ClassLoaderMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmGcMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmMemoryMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmThreadMetrics;
import io.micrometer.core.instrument.binder.system.FileDescriptorMetrics;
import io.micrometer.core.instrument.binder.system.ProcessorMetrics;
import io.micrometer.core.instrument.binder.system.UptimeMetrics;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.stream.Stream;

/**
 * What ops can see of the local infrastructure's own JVM, which no service's {@code /actuator/prometheus} covers:
 * heap, collections, threads, open files, CPU, and the bytes the store and the broker keep on disk. The soaks found
 * this JVM's heap filling (docs/benchmarks.md) with nothing to watch it by. Prometheus text on
 * {@code http://127.0.0.1:<port>/metrics}, loopback only like the broker and the store.
 */
final class InfraMetrics implements AutoCloseable {

    private final HttpServer server;
    private final JvmGcMetrics gc;

    private InfraMetrics(HttpServer server, JvmGcMetrics gc) {
        this.server = server;
        this.gc = gc;
    }

    /** {@code port} 0 takes a free one ({@link #port()}); {@code parts} name the data directories to measure. */
    static InfraMetrics start(int port, String process, Path... parts) throws IOException {
        PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
        registry.config().commonTags("application", process);
        new ClassLoaderMetrics().bindTo(registry);
        new JvmMemoryMetrics().bindTo(registry);
        JvmGcMetrics gc = new JvmGcMetrics();
        gc.bindTo(registry);
        new JvmThreadMetrics().bindTo(registry);
        new ProcessorMetrics().bindTo(registry);
        new FileDescriptorMetrics().bindTo(registry);
        new UptimeMetrics().bindTo(registry);
        for (Path part : parts) {
            // held strongly: nothing else keeps these paths, and a gauge's weak reference read NaN once they were
            // collected (seen on a running stack, not in a test that still held them)
            Gauge.builder("hotline.local.data", part, InfraMetrics::bytesUnder).strongReference(true).baseUnit("bytes")
                    .tag("part", part.getFileName().toString())
                    .description("Bytes of data under this directory: the store's file, the broker's log segments")
                    .register(registry);
        }
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 0);
        server.createContext("/metrics", exchange -> {
            byte[] body = registry.scrape().getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "text/plain; version=0.0.4; charset=utf-8");
            exchange.sendResponseHeaders(200, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        });
        server.start();
        return new InfraMetrics(server, gc);
    }

    int port() {
        return server.getAddress().getPort();
    }

    static double bytesUnder(Path dir) {
        if (!Files.exists(dir)) {
            return 0;
        }
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(Files::isRegularFile).filter(f -> !preallocated(f)).mapToLong(InfraMetrics::sizeOf).sum();
        } catch (IOException | UncheckedIOException e) {
            // a segment deleted while we walk: the next scrape counts again
            return Double.NaN;
        }
    }

    /**
     * Kafka's offset and time indexes are sparse files created at their full 10 MiB: counted, they made a fresh
     * broker "hold" 3.7 GB. The segments themselves carry the data.
     */
    private static boolean preallocated(Path file) {
        String name = file.getFileName().toString();
        return name.endsWith(".index") || name.endsWith(".timeindex");
    }

    private static long sizeOf(Path file) {
        try {
            return Files.size(file);
        } catch (NoSuchFileException gone) {
            return 0;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        server.stop(0);
        gc.close();
    }
}
