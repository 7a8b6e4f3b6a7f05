package vn.hotline1022.localinfra;

import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import vn.hotline1022.localinfra.store.DurableH2Backend;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;

/** mongo-java-server with its H2 backend: the MongoDB wire protocol, data in one file, oplog for change streams. */
public final class LocalMongo implements AutoCloseable {

    /**
     * Network worker threads. Each write commits and syncs on the worker that received it, so the workers bound how
     * many writes one sync covers: netty's default (two per core, 4 here) gave 769 acknowledged writes/s to 8
     * writers, 32 workers 1,775 (3,146 against 1,921 with 32 writers; StoreWriteBench, docs/benchmarks.md).
     */
    private static final int WORKERS = Integer.getInteger("hotline.store.workers", 32);

    private final MongoServer server;

    private LocalMongo(MongoServer server) {
        this.server = server;
    }

    public static LocalMongo start(Path dir, int port) throws IOException {
        Files.createDirectories(dir);
        H2Backend backend = new DurableH2Backend(dir.resolve("hotline.mv").toString());
        backend.enableOplog();
        MongoServer server = new MongoServer(backend);
        server.bind(new InetSocketAddress("127.0.0.1", port), 1, WORKERS);
        return new LocalMongo(server);
    }

    public String connectionString() {
        return "mongodb://127.0.0.1:" + server.getLocalAddress().getPort();
    }

    @Override
    public void close() {
        server.shutdownNow();
    }
}
