package vn.hotline1022.localinfra;

import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.h2.H2Backend;

import java.nio.file.Files;
import java.nio.file.Path;

/** The Mongo-protocol store alone in a JVM of its own, so a test can kill -9 it: {@code dir port [plain]}. */
public final class MongoOnly {

    private MongoOnly() {
    }

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args[0]);
        int port = Integer.parseInt(args[1]);
        if (args.length > 2 && args[2].equals("plain")) {
            Files.createDirectories(dir);
            H2Backend backend = new H2Backend(dir.resolve("hotline.mv").toString());   // the library's default
            new MongoServer(backend).bind("127.0.0.1", port);
        } else {
            LocalMongo.start(dir, port);
        }
        System.out.println("ready");
        System.out.flush();
        Thread.currentThread().join();
    }
}
