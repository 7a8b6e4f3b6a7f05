package vn.hotline1022.localinfra;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * #17, the guarantee production relies on (ADR-004), on the local broker's own artefacts: three KRaft brokers in
 * three JVMs (RF 3, min.insync.replicas 2), a producer as the services configure theirs (acks=all, idempotence).
 * One broker killed with -9 while records are sent: every acknowledged record is there exactly once. Two brokers
 * gone: no send is acknowledged (the client sees an error, never a silent loss); with the brokers back, sending
 * works again and still nothing acknowledged is missing or doubled.
 */
// Out of the default suite: on a loaded 2-core machine the broker failover it waits for took longer than its
// budget (seen once on a fresh clone). Run it with -Dhotline.cluster-it=true, or deploy/local/cluster-drill.sh.
@org.junit.jupiter.api.condition.EnabledIfSystemProperty(named = "hotline.cluster-it", matches = "true")
class KafkaClusterIT {

    private final Process[] nodes = new Process[3];

    @AfterEach
    void stopAll() throws InterruptedException {
        for (Process p : nodes) {
            if (p != null) {
                p.destroyForcibly();
                p.waitFor(10, TimeUnit.SECONDS);
            }
        }
    }

    @Test
    void acknowledgedRecordsSurviveOneBrokerAndTwoBrokersDownRefuseInsteadOfLosing(@TempDir Path dir) throws Exception {
        int first = freePortRun(6);
        for (int n = 1; n <= 3; n++) {
            nodes[n - 1] = start(dir, first, n);
        }
        for (int n = 1; n <= 3; n++) {
            awaitReady(nodes[n - 1]);
        }
        String bootstrap = "127.0.0.1:" + first + ",127.0.0.1:" + (first + 2) + ",127.0.0.1:" + (first + 4);
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap))) {
            admin.createTopics(List.of(new NewTopic("hotline.call.received.v1", 3, (short) -1))).all().get(60, TimeUnit.SECONDS);
            assertThat(admin.describeTopics(List.of("hotline.call.received.v1")).allTopicNames().get()
                    .get("hotline.call.received.v1").partitions()).allSatisfy(p -> assertThat(p.replicas()).hasSize(3));
        }
        Set<String> acknowledged = ConcurrentHashMap.newKeySet();
        int sequence = 0;
        // a broker killed with -9 is noticed after the controller's session timeout (about 9 s): its partitions'
        // sends wait for the new leaders, as a producer's default 2-minute delivery timeout lets them
        try (KafkaProducer<String, String> producer = producer(bootstrap, 60_000)) {
            // one broker lost under load: every send still acknowledged (two in-sync replicas remain)
            for (; sequence < 600; sequence++) {
                if (sequence == 200) {
                    nodes[1].destroyForcibly().waitFor(10, TimeUnit.SECONDS);
                }
                acknowledged.add(send(producer, "call-" + sequence));
            }
            assertThat(acknowledged).hasSize(600);
        }
        try (KafkaProducer<String, String> producer = producer(bootstrap)) {

            // two brokers lost: below min.insync.replicas, so nothing may be acknowledged
            nodes[2].destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            int refused = 0;
            for (int i = 0; i < 3; i++, sequence++) {
                try {
                    acknowledged.add(send(producer, "call-" + sequence));
                } catch (ExecutionException | java.util.concurrent.TimeoutException expected) {
                    refused++;
                }
            }
            assertThat(refused).as("sends acknowledged with two of three brokers down").isEqualTo(3);
        }
        nodes[1] = start(dir, first, 2);
        nodes[2] = start(dir, first, 3);
        awaitReady(nodes[1]);
        awaitReady(nodes[2]);
        try (KafkaProducer<String, String> producer = producer(bootstrap)) {
            await().atMost(Duration.ofSeconds(60)).ignoreExceptions()
                    .until(() -> acknowledged.add(send(producer, "call-after-recovery")));
        }
        Map<String, Integer> seen = new HashMap<>();
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap, ConsumerConfig.GROUP_ID_CONFIG, "check",
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest", ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed"),
                new StringDeserializer(), new StringDeserializer())) {
            consumer.subscribe(List.of("hotline.call.received.v1"));
            await().atMost(Duration.ofSeconds(60)).until(() -> {
                for (ConsumerRecord<String, String> r : consumer.poll(Duration.ofMillis(500))) {
                    seen.merge(r.value(), 1, Integer::sum);
                }
                return seen.keySet().containsAll(acknowledged);
            });
        }
        System.out.printf("[cluster] acknowledged %d, found %d distinct, duplicated %d%n", acknowledged.size(),
                seen.size(), seen.values().stream().filter(c -> c > 1).count());
        assertThat(seen.keySet()).containsAll(acknowledged);
        assertThat(seen.values()).allMatch(c -> c == 1);
    }

    private static KafkaProducer<String, String> producer(String bootstrap) {
        return producer(bootstrap, 10_000);
    }

    private static KafkaProducer<String, String> producer(String bootstrap, int deliveryTimeoutMs) {
        return new KafkaProducer<>(Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
                ProducerConfig.ACKS_CONFIG, "all", ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true,
                // as the services: a send that cannot be acknowledged fails in seconds, it does not hang
                ProducerConfig.MAX_BLOCK_MS_CONFIG, 5_000, ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, 5_000,
                ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, deliveryTimeoutMs),
                new StringSerializer(), new StringSerializer());
    }

    private static String send(KafkaProducer<String, String> producer, String value) throws Exception {
        Future<?> f = producer.send(new ProducerRecord<>("hotline.call.received.v1", value, value));
        f.get(90, TimeUnit.SECONDS);   // bounded by the producer's own delivery timeout
        return value;
    }

    private final java.util.Map<Process, java.util.concurrent.CountDownLatch> ready = new ConcurrentHashMap<>();

    private Process start(Path dir, int first, int node) throws Exception {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx256m", "-XX:TieredStopAtLevel=1", "-cp", System.getProperty("java.class.path"), LocalInfra.class.getName(),
                dir.toString(), String.valueOf(first), "0", "--only", "kafka", "--node", String.valueOf(node), "--nodes", "3"));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        java.util.concurrent.CountDownLatch up = new java.util.concurrent.CountDownLatch(1);
        ready.put(process, up);
        // read every node's output from the start: a node blocked on a full pipe would stall the quorum of the others
        Thread drain = new Thread(() -> {
            try (BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream()))) {
                String line;
                while ((line = out.readLine()) != null) {
                    if (line.contains("local-infra ready")) {
                        up.countDown();
                    }
                }
            } catch (java.io.IOException ignored) {
                // the process is gone
            }
        }, "broker-" + node + "-output");
        drain.setDaemon(true);
        drain.start();
        return process;
    }

    private void awaitReady(Process process) throws Exception {
        assertThat(ready.get(process).await(90, TimeUnit.SECONDS)).as("broker ready").isTrue();
    }

    /** The first of {@code count} consecutive free ports (a broker and a controller port per node). */
    private static int freePortRun(int count) throws java.io.IOException {
        for (int attempt = 0; attempt < 50; attempt++) {
            int base;
            try (ServerSocket s = new ServerSocket(0)) {
                base = s.getLocalPort();
            }
            if (base + count >= 65535) {
                continue;
            }
            boolean free = true;
            for (int p = base; p < base + count && free; p++) {
                try (ServerSocket s = new ServerSocket(p, 1, java.net.InetAddress.getLoopbackAddress())) {
                    s.setReuseAddress(true);
                } catch (java.io.IOException taken) {
                    free = false;
                }
            }
            if (free) {
                return base;
            }
        }
        throw new IllegalStateException("no run of " + count + " free ports");
    }
}
