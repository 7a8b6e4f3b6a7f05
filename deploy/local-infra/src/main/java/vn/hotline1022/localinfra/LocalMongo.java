package vn.hotline1022.localinfra;

import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.h2.H2Backend;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** mongo-java-server with its H2 backend: the MongoDB wire protocol, data in one file, oplog for change streams. */
public final class LocalMongo implements AutoCloseable {

    private final MongoServer server;

    private LocalMongo(MongoServer server) {
        this.server = server;
    }

    public static LocalMongo start(Path dir, int port) throws IOException {
        Files.createDirectories(dir);
        H2Backend backend = new DurableH2Backend(dir.resolve("hotline.mv").toString());
        backend.enableOplog();
        MongoServer server = new MongoServer(backend);
        server.bind("127.0.0.1", port);
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
