package vn.hotline1022.localinfra;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The local default infrastructure in one small JVM: a real Apache Kafka broker (KRaft, combined broker and
 * controller) and a MongoDB wire-protocol server persisting to an H2 file. Both keep their data under one
 * directory, so a restart keeps calls, knowledge and offsets.
 *
 * <p>Usage: {@code java -jar local-infra.jar [dataDir] [kafkaPort] [mongoPort]}.
 */
public final class LocalInfra {

    private LocalInfra() {
    }

    public static void main(String[] args) throws Exception {
        Path dataDir = Path.of(args.length > 0 ? args[0] : ".data").toAbsolutePath();
        int kafkaPort = args.length > 1 ? Integer.parseInt(args[1]) : 9092;
        int mongoPort = args.length > 2 ? Integer.parseInt(args[2]) : 27017;

        Files.createDirectories(dataDir);
        LocalMongo mongo = LocalMongo.start(dataDir.resolve("mongo"), mongoPort);
        LocalKafka kafka = LocalKafka.start(dataDir.resolve("kafka"), kafkaPort);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            kafka.close();
            mongo.close();
        }, "local-infra-shutdown"));
        System.out.printf("local-infra ready: kafka=127.0.0.1:%d mongodb=mongodb://127.0.0.1:%d%n", kafkaPort, mongoPort);
        kafka.awaitShutdown();
    }
}
