package vn.hotline1022.system.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * The soak's instruments, read from outside every interval: per process of the local stack (its pid files) the
 * heap used and total GC time (jstat, so local-infra counts too), RSS and open files (/proc); per service the
 * consumer lag of its groups and its outbox backlog (its Prometheus endpoint). At the end: a trend per metric, the
 * slope of a least-squares line over the samples after the first fifth (JIT and caches settle there).
 */
final class SoakMonitor {

    private static final Map<String, Integer> SERVICE_PORTS = Map.of("call-intake-service", 8081, "knowledge-service", 8082,
            "routing-service", 8083, "reporting-service", 8084, "gateway", 8080);

    private final Path pids;
    private final int seconds;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final ScheduledExecutorService clock = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "soak-monitor");
        t.setDaemon(true);
        return t;
    });
    /** metric → one value per sample, in order. */
    private final Map<String, List<Double>> series = new LinkedHashMap<>();
    private final long started = System.nanoTime();

    SoakMonitor(Path pids, int seconds) {
        this.pids = pids;
        this.seconds = seconds;
    }

    void start() {
        System.out.println("[soak] min | process: heap MiB (old gen MiB) / GC s total / RSS MiB / open files | lag | outbox");
        clock.scheduleAtFixedRate(this::sample, 0, seconds, TimeUnit.SECONDS);
    }

    void stop() throws InterruptedException {
        clock.shutdown();
        clock.awaitTermination(2, TimeUnit.MINUTES);
        sample();
        verdict();
    }

    private void sample() {
        double minute = (System.nanoTime() - started) / 60e9;
        StringBuilder line = new StringBuilder(String.format("[soak] %5.1f", minute));
        double stackRss = 0;
        try (Stream<Path> files = Files.list(pids)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".pid")).sorted().toList()) {
                String name = f.getFileName().toString().replace(".pid", "");
                long pid = Long.parseLong(Files.readString(f).trim());
                Map<String, Double> gc = jstat(pid);
                double rss = rssMiB(pid);
                long fds = openFiles(pid);
                stackRss += rss;
                double heap = (gc.getOrDefault("S0U", 0.0) + gc.getOrDefault("S1U", 0.0) + gc.getOrDefault("EU", 0.0)
                        + gc.getOrDefault("OU", 0.0)) / 1024;
                double old = gc.getOrDefault("OU", 0.0) / 1024;
                double gct = gc.getOrDefault("GCT", Double.NaN);
                record(name + " heap MiB", heap);
                record(name + " old gen MiB", old);
                record(name + " GC s", gct);
                record(name + " RSS MiB", rss);
                record(name + " open files", fds);
                line.append(String.format(" | %s %.0f (%.0f) / %.1f / %.0f / %d", shortName(name), heap, old, gct, rss, fds));
            }
        } catch (IOException e) {
            line.append(" | pids: ").append(e);
        }
        record("stack RSS MiB", stackRss);
        double lag = 0;
        double outbox = 0;
        for (Map.Entry<String, Integer> s : SERVICE_PORTS.entrySet()) {
            String metrics = prometheus(s.getValue());
            if (s.getKey().equals("reporting-service") || s.getKey().equals("routing-service")) {
                double l = sum(metrics, "kafka_consumer_fetch_manager_records_lag{");
                record(s.getKey() + " consumer lag", l);
                lag += l;
            }
            double b = sum(metrics, "hotline_outbox_backlog{");
            outbox += b;
        }
        record("consumer lag (reporting+routing)", lag);
        record("outbox backlog (all services)", outbox);
        line.append(String.format(" | stack RSS %.0f MiB | lag %.0f | outbox %.0f", stackRss, lag, outbox));
        System.out.println(line);
    }

    private void record(String metric, double value) {
        synchronized (series) {
            series.computeIfAbsent(metric, k -> new ArrayList<>()).add(value);
        }
    }

    private void verdict() {
        System.out.println("[soak] trend per metric (samples after the first fifth; change = slope x that span)");
        System.out.printf("[soak] %-45s %10s %10s %10s %10s %12s  %s%n", "metric", "first", "last", "min", "max", "change", "verdict");
        synchronized (series) {
            for (Map.Entry<String, List<Double>> e : series.entrySet()) {
                List<Double> all = e.getValue();
                List<Double> v = all.subList(all.size() / 5, all.size());
                if (v.size() < 3) {
                    continue;
                }
                double n = v.size();
                double mx = (n - 1) / 2;
                double my = v.stream().mapToDouble(Double::doubleValue).average().orElse(0);
                double sxy = 0;
                double sxx = 0;
                for (int i = 0; i < v.size(); i++) {
                    sxy += (i - mx) * (v.get(i) - my);
                    sxx += (i - mx) * (i - mx);
                }
                double change = sxx == 0 ? 0 : sxy / sxx * (n - 1);
                double min = v.stream().mapToDouble(Double::doubleValue).min().orElse(0);
                double max = v.stream().mapToDouble(Double::doubleValue).max().orElse(0);
                String verdict;
                if (e.getKey().endsWith("GC s")) {
                    // a total only grows: what matters is the GC share of the time
                    double share = (v.get(v.size() - 1) - v.get(0)) / ((n - 1) * seconds);
                    verdict = String.format("GC %.1f%% of the time", share * 100);
                } else {
                    double scale = Math.max(Math.abs(my), e.getKey().contains("lag") || e.getKey().contains("outbox") ? 100 : 1);
                    verdict = Math.abs(change) <= 0.10 * scale ? "flat" : change > 0 ? "GROWS" : "falls";
                }
                System.out.printf("[soak] %-45s %10.1f %10.1f %10.1f %10.1f %+12.1f  %s%n", e.getKey(), v.get(0),
                        v.get(v.size() - 1), min, max, change, verdict);
            }
        }
    }

    private static String shortName(String process) {
        return process.replace("-service", "").replace("call-", "");
    }

    private static Map<String, Double> jstat(long pid) {
        Map<String, Double> values = new LinkedHashMap<>();
        try {
            Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "jstat").toString(), "-gc",
                    String.valueOf(pid)).redirectErrorStream(true).start();
            String[] lines = new String(p.getInputStream().readAllBytes()).trim().split("\n");
            p.waitFor(30, TimeUnit.SECONDS);
            if (lines.length >= 2) {
                String[] head = lines[0].trim().split("\\s+");
                String[] vals = lines[1].trim().split("\\s+");
                for (int i = 0; i < Math.min(head.length, vals.length); i++) {
                    try {
                        values.put(head[i], Double.parseDouble(vals[i]));
                    } catch (NumberFormatException e) {
                        values.put(head[i], Double.NaN);
                    }
                }
            }
        } catch (IOException | InterruptedException e) {
            // the process is gone (a fault) or jstat is missing: the sample shows NaN
        }
        return values;
    }

    private static double rssMiB(long pid) {
        try {
            for (String l : Files.readAllLines(Path.of("/proc", String.valueOf(pid), "status"))) {
                if (l.startsWith("VmRSS:")) {
                    return Double.parseDouble(l.replaceAll("[^0-9]", "")) / 1024;
                }
            }
        } catch (IOException | RuntimeException e) {
            // gone
        }
        return Double.NaN;
    }

    private static long openFiles(long pid) {
        try (Stream<Path> fds = Files.list(Path.of("/proc", String.valueOf(pid), "fd"))) {
            return fds.count();
        } catch (IOException | RuntimeException e) {
            return -1;
        }
    }

    private String prometheus(int port) {
        try {
            HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/actuator/prometheus"))
                    .timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
            return r.statusCode() == 200 ? r.body() : "";
        } catch (IOException | InterruptedException e) {
            return "";
        }
    }

    private static double sum(String metrics, String prefix) {
        double total = 0;
        for (String l : metrics.split("\n")) {
            // Kafka's client metrics carry each partition twice, as topic="a.b" and again as topic="a_b": count one
            if (l.startsWith(prefix) && !l.matches(".*topic=\"[^\".]*\".*")) {
                double v = Double.parseDouble(l.substring(l.lastIndexOf(' ') + 1));
                if (!Double.isNaN(v)) {
                    total += v;
                }
            }
        }
        return total;
    }
}
