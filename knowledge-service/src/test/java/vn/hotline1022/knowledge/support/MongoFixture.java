package vn.hotline1022.knowledge.support;

import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;

import java.net.InetSocketAddress;

/**
 * An in-process MongoDB wire-protocol server on a random port. {@link #stop()} / {@link #restart()} keep the data
 * (same backend, same port), to show what clients see while MongoDB is unreachable.
 */
public final class MongoFixture {

    private final MemoryBackend backend = new MemoryBackend();
    private final int port;
    private MongoServer server;

    public MongoFixture() {
        server = new MongoServer(backend);
        InetSocketAddress address = server.bind();
        port = address.getPort();
    }

    public String uri(String database) {
        return "mongodb://127.0.0.1:" + port + "/" + database;
    }

    public synchronized void stop() {
        server.shutdownNow();
    }

    public synchronized void restart() {
        server = new MongoServer(backend);
        server.bind("127.0.0.1", port);
    }
}
