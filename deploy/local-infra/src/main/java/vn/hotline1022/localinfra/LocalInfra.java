package vn.hotline1022.localinfra;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The local default infrastructure in one small JVM: a real Apache Kafka broker (KRaft, combined broker and
 * controller) and a MongoDB wire-protocol server persisting to an H2 file. Both keep their data under one
 * directory, so a restart keeps calls, knowledge and offsets.
 *
 * <p>Usage: {@code java -jar local-infra.jar [dataDir] [kafkaPort] [mongoPort] [--only kafka|mongo]
 * [--node N --nodes 3] [--metrics-port P]}. {@code --only} runs one half, so the fault drills can kill the broker or the store alone;
 * {@code --node N --nodes 3} makes this broker node N of a 3-node KRaft cluster on ports kafkaPort + 2(N-1) (RF 3,
 * min.insync.replicas 2, as in production), data under {@code dataDir/kafka-cluster/node-N}; {@code --metrics-port}
 * serves this JVM's metrics ({@link InfraMetrics}).
 */
public final class LocalInfra {

    private LocalInfra() {
    }

    public static void main(String[] args) throws Exception {
        List<String> positional = new ArrayList<>();
        String only = null;
        int node = 1;
        int nodes = 1;
        Integer metricsPort = null;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--only" -> only = args[++i];
                case "--node" -> node = Integer.parseInt(args[++i]);
                case "--nodes" -> nodes = Integer.parseInt(args[++i]);
                case "--metrics-port" -> metricsPort = Integer.parseInt(args[++i]);
                default -> positional.add(args[i]);
            }
        }
        if (only != null && !only.equals("kafka") && !only.equals("mongo")) {
            throw new IllegalArgumentException("--only kafka or --only mongo, not " + only);
        }
        Path dataDir = Path.of(positional.size() > 0 ? positional.get(0) : ".data").toAbsolutePath();
        int kafkaPort = positional.size() > 1 ? Integer.parseInt(positional.get(1)) : 9092;
        int mongoPort = positional.size() > 2 ? Integer.parseInt(positional.get(2)) : 27017;

        Files.createDirectories(dataDir);
        LocalMongo mongo = "kafka".equals(only) ? null : LocalMongo.start(dataDir.resolve("mongo"), mongoPort);
        LocalKafka kafka = null;
        if (!"mongo".equals(only)) {
            kafka = nodes == 1 ? LocalKafka.start(dataDir.resolve("kafka"), kafkaPort)
                    : LocalKafka.startClusterNode(dataDir.resolve("kafka-cluster").resolve("node-" + node), kafkaPort, node, nodes);
        }
        LocalKafka k = kafka;
        InfraMetrics metrics = metricsPort == null ? null : metrics(metricsPort, dataParts(dataDir, only, node, nodes));
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            if (metrics != null) {
                metrics.close();
            }
            if (k != null) {
                k.close();
            }
            if (mongo != null) {
                mongo.close();
            }
        }, "local-infra-shutdown"));
        System.out.printf("local-infra ready:%s%s%s%n",
                kafka == null ? "" : " kafka=127.0.0.1:" + LocalKafka.port(kafkaPort, node),
                mongo == null ? "" : " mongodb=mongodb://127.0.0.1:" + mongoPort,
                metrics == null ? "" : " metrics=http://127.0.0.1:" + metrics.port() + "/metrics");
        if (kafka != null) {
            kafka.awaitShutdown();
        } else {
            // the Mongo server's threads are daemons: keep the JVM until it is stopped
            Thread.currentThread().join();
        }
    }

    /** A taken port costs the metrics, never the broker and the store. */
    private static InfraMetrics metrics(int port, Path[] parts) {
        try {
            return InfraMetrics.start(port, System.getProperty("hotline.process", "local-infra"), parts);
        } catch (java.io.IOException e) {
            System.err.println("local-infra: no metrics on port " + port + ": " + e.getMessage());
            return null;
        }
    }

    private static Path[] dataParts(Path dataDir, String only, int node, int nodes) {
        List<Path> parts = new ArrayList<>();
        if (!"kafka".equals(only)) {
            parts.add(dataDir.resolve("mongo"));
        }
        if (!"mongo".equals(only)) {
            parts.add(nodes == 1 ? dataDir.resolve("kafka") : dataDir.resolve("kafka-cluster").resolve("node-" + node));
        }
        return parts.toArray(Path[]::new);
    }
}
