package vn.hotline1022.testsupport;

import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;

import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * An in-process MongoDB wire-protocol server on a random port, reached through a proxy so that {@link #stop()}
 * makes it unreachable and {@link #restart()} reachable again with its data intact (like a network partition).
 */
public final class MongoFixture {

    private final TcpProxy proxy;

    public MongoFixture() {
        MongoServer server = new MongoServer(new MemoryBackend());
        try {
            proxy = new TcpProxy(server.bind().getPort());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public String uri(String database) {
        return "mongodb://127.0.0.1:" + proxy.port() + "/" + database;
    }

    public void stop() {
        try {
            proxy.cut();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public void restart() {
        try {
            proxy.restore();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
