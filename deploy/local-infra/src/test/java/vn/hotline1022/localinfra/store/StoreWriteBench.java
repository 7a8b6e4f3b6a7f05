package vn.hotline1022.localinfra.store;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Updates;
import de.bwaldvogel.mongo.MongoServer;
import org.bson.Document;

import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

/**
 * Acknowledged writes per second of the durable local store, side by side in one run: the server's network worker
 * threads (each write commits and syncs on the worker that received it, so the workers bound how many writes one
 * sync can cover) against the number of concurrent writers. Each writer logs "calls": an insert, then a
 * conditional update by id, as intake does, and reads back an earlier call by id (a repeat caller). Arguments:
 * {@code seconds workers,… writers,… [preload] [tuning;tuning…]}, e.g. {@code 10 0,32 8,32,64} (0 = netty's default,
 * two per core); {@code 20 32 16 30000 default;split=4096,fill=50} compares MVStore settings ({@link StoreTuning})
 * on a store already holding 30,000 calls, as the soak's store did after 25 minutes.
 */
public final class StoreWriteBench {

    public static void main(String[] args) throws Exception {
        int seconds = args.length > 0 ? Integer.parseInt(args[0]) : 10;
        int[] workers = Arrays.stream((args.length > 1 ? args[1] : "0,32").split(",")).mapToInt(Integer::parseInt).toArray();
        int[] writers = Arrays.stream((args.length > 2 ? args[2] : "8,32,64").split(",")).mapToInt(Integer::parseInt).toArray();
        int preload = args.length > 3 ? Integer.parseInt(args[3]) : 0;
        String[] tunings = (args.length > 4 ? args[4] : "default").split(";");
        for (int w : writers) {
            for (int threads : workers) {
                for (String tuning : tunings) {
                    run(seconds, threads, w, preload, StoreTuning.parse(tuning));
                }
            }
        }
    }

    private static void run(int seconds, int workerThreads, int writers, int preload, StoreTuning tuning) throws Exception {
        Path dir = Files.createTempDirectory("store-bench");
        DurableH2Backend backend = new DurableH2Backend(dir.resolve("bench.mv").toString(), tuning);
        MongoServer server = new MongoServer(backend);
        server.bind(new InetSocketAddress("127.0.0.1", 0), 1, workerThreads);
        ExecutorService pool = Executors.newFixedThreadPool(writers);
        try (MongoClient client = MongoClients.create("mongodb://127.0.0.1:" + server.getLocalAddress().getPort()
                + "/?maxPoolSize=" + (writers + 4))) {
            MongoCollection<Document> calls = client.getDatabase("intake").getCollection("calls");
            calls.createIndex(new Document("outboxPending", 1));
            for (int i = 0; i < preload; i += 500) {
                List<Document> batch = new ArrayList<>();
                for (int k = i; k < Math.min(preload, i + 500); k++) {
                    batch.add(call("pre-" + k).append("status", "CLOSED").append("outboxPending", false));
                }
                calls.insertMany(batch);
            }
            long cpu0 = java.lang.management.ManagementFactory.getPlatformMXBean(
                    com.sun.management.OperatingSystemMXBean.class).getProcessCpuTime();            long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
            List<Future<long[]>> results = new ArrayList<>();
            for (int i = 0; i < writers; i++) {
                int writer = i;
                results.add(pool.submit(() -> {
                    List<Long> latencies = new ArrayList<>();
                    java.util.Random random = new java.util.Random(writer);
                    int n = 0;
                    while (System.nanoTime() < end) {
                        String id = writer + "-" + n++;
                        long t0 = System.nanoTime();
                        calls.insertOne(call(id));
                        calls.updateOne(Filters.and(Filters.eq("_id", id), Filters.eq("status", "OPEN")),
                                Updates.set("status", "CLOSED"));
                        latencies.add((System.nanoTime() - t0) / 2);
                        if (preload > 0) {
                            calls.find(Filters.eq("_id", "pre-" + random.nextInt(preload))).first();
                        }
                    }
                    return latencies.stream().mapToLong(Long::longValue).toArray();
                }));
            }
            long[] all = results.stream().flatMapToLong(f -> {
                try {
                    return Arrays.stream(f.get());
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            }).sorted().toArray();
            System.gc();
            long heap = java.lang.management.ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed() >> 20;
            double cpu = (java.lang.management.ManagementFactory.getPlatformMXBean(
                    com.sun.management.OperatingSystemMXBean.class).getProcessCpuTime() - cpu0) / 1e6 / (all.length * 2.0);
            System.out.printf("[store-bench] workers=%-3s writers=%-3d preload=%d %-30s %6.0f acknowledged writes/s   "
                            + "p50 %5.1f ms  p99 %6.1f ms  cpu %.2f ms/write  file %d MiB  heap after GC %d MiB%n",
                    workerThreads == 0 ? "def" : String.valueOf(workerThreads), writers, preload, tuning,
                    all.length * 2.0 / seconds, all[all.length / 2] / 1e6, all[(int) (all.length * 0.99)] / 1e6, cpu,
                    Files.size(dir.resolve("bench.mv")) >> 20, heap);
        } finally {
            pool.shutdownNow();
            server.shutdownNow();
        }
    }

    /** About the size of a call in intake: its fields, one question and an event waiting in its outbox. */
    private static Document call(String id) {
        return new Document("_id", id).append("status", "OPEN").append("outboxPending", true)
                .append("callerNumber", "+84908158383").append("locality", "HAM_TAN").append("topic", "TRAVEL_TRANSPORT")
                .append("questions", List.of(new Document("text", "Đi từ Hàm Tân vào TP.HCM cần giấy tờ gì?")
                        .append("outcome", "ANSWERED")))
                .append("outbox", List.of(new Document("eventId", id + "-r").append("payload", "x".repeat(600))));
    }
}
