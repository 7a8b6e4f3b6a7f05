package vn.hotline1022.system.bench;

import org.HdrHistogram.Histogram;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Not a test: a shift of operators on the running stack, at a set rate for a set time, open loop (calls start on
 * schedule whether or not earlier ones finished, so a slow system shows up as latency, not as a lower rate).
 * Each call: log it (POST /api/calls, own login, Idempotency-Key), search as the operator types (3 prefixes, half
 * without diacritics), then close it from the knowledge base; one call in ten is planned for transfer and dialled
 * (BUSY, then CONNECTED, which routing reports and intake closes). Runs the same load through the gateway and then
 * straight at the services, and measures 201 → counted in reporting's summary. Prints HdrHistogram percentiles and
 * errors by kind. See docs/benchmarks.md for the command and the figures.
 *
 * <p>After each phase every call is accounted for from outside: each answered 201 is looked up in intake (lost), each
 * request that was refused or timed out is sent again with its Idempotency-Key (as the console does; intake says
 * whether it had in fact stored it), and reporting's summary must have grown by exactly the number of calls stored
 * (more = counted twice, fewer = not counted). One line {@code [bench] RESULT ...} per phase carries the verdict.
 * Options: {@code --targets gateway,direct}, {@code --monitor SECONDS} (a soak: heap, GC, RSS, open files, consumer
 * lag and outbox backlog of every process every SECONDS, and a trend per metric at the end; {@code --pids DIR}),
 * {@code --started-file PATH} (written when a measured phase starts: fault drills time their fault from it).
 */
public final class ShiftLoad {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String[] LOCALITIES = {"PHAN_THIET", "LA_GI", "TUY_PHONG", "BAC_BINH", "HAM_THUAN_BAC",
            "HAM_THUAN_NAM", "HAM_TAN", "TANH_LINH", "DUC_LINH", "PHU_QUY"};
    private static final String[][] QUESTIONS = {
            {"VACCINATION", "tiêm vắc xin mũi 3 ở đâu", "tiem vac xin mui 3 o dau"},
            {"TRAVEL_TRANSPORT", "đi từ Hàm Tân vào TP.HCM cần giấy tờ gì", "di tu ham tan vao tphcm can giay to gi"},
            {"HARDSHIP_SUPPORT", "hộ nghèo được hỗ trợ bao nhiêu tiền", "ho ngheo duoc ho tro bao nhieu tien"},
            {"UNEMPLOYMENT", "mất việc do dịch có được trợ cấp thất nghiệp", "mat viec do dich co duoc tro cap that nghiep"},
            {"TESTING_QUARANTINE", "cách ly tại nhà bao nhiêu ngày", "cach ly tai nha bao nhieu ngay"},
            {"PRICES_GOODS", "giá rau ở chợ tăng gấp đôi phản ánh ở đâu", "gia rau o cho tang gap doi phan anh o dau"}};

    record Target(String name, String calls, String knowledge, String routing) {
    }

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5))
            .executor(Executors.newFixedThreadPool(64)).build();
    private final Map<String, Histogram> latency = new ConcurrentHashMap<>();
    private final Map<String, AtomicLong> errors = new ConcurrentHashMap<>();
    private final ConcurrentLinkedQueue<Long> acknowledged = new ConcurrentLinkedQueue<>();
    /** Every call id answered 201 in the measured phase, checked against intake at the end: an ack is a promise. */
    private final ConcurrentLinkedQueue<String> acknowledgedIds = new ConcurrentLinkedQueue<>();
    /** Calls not answered 201 in the measured phase: key, body and token, to be resolved by a retry afterwards. */
    private final ConcurrentLinkedQueue<String[]> unanswered = new ConcurrentLinkedQueue<>();
    private volatile boolean measuring;
    /** Logins by token, so an expired access token (15 min) is replaced in a run longer than that, e.g. a soak. */
    private final Map<String, String[]> loginOfToken = new ConcurrentHashMap<>();
    private final Map<String, String> renewed = new ConcurrentHashMap<>();
    private String gatewayForLogin;

    public static void main(String[] args) throws Exception {
        Map<String, String> o = new LinkedHashMap<>(Map.of("gateway", "http://127.0.0.1:8080", "intake", "http://127.0.0.1:8081",
                "knowledge", "http://127.0.0.1:8082", "routing", "http://127.0.0.1:8083", "reporting", "http://127.0.0.1:8084",
                "operators", "20", "rate", "20", "seconds", "60", "admin", "admin1", "password", "demo1022"));
        o.putIfAbsent("warmup", "20");
        for (int i = 0; i + 1 < args.length; i += 2) {
            o.put(args[i].replaceFirst("^--", ""), args[i + 1]);
        }
        new ShiftLoad().run(o);
    }

    void run(Map<String, String> o) throws Exception {
        int operators = Integer.parseInt(o.get("operators"));
        double rate = Double.parseDouble(o.get("rate"));
        int seconds = Integer.parseInt(o.get("seconds"));
        String gw = o.get("gateway");
        gatewayForLogin = gw;
        String adminToken = login(gw, o.get("admin"), o.get("password"));
        String supervisor = login(gw, "supervisor1", o.get("password"));
        List<String> tokens = new ArrayList<>();
        for (int i = 1; i <= operators; i++) {
            String user = "bench.operator." + i;
            send("POST", gw + "/api/auth/users", adminToken, "{\"username\":\"" + user + "\",\"displayName\":\"Điện thoại viên thử tải "
                    + i + "\",\"password\":\"bench-1022-password\",\"roles\":[\"OPERATOR\"]}");
            // the admin's password is only good for choosing one's own; a rerun finds it chosen already
            send("POST", gw + "/api/auth/password", null, "{\"username\":\"" + user
                    + "\",\"currentPassword\":\"bench-1022-password\",\"newPassword\":\"bench-1022-own-password\"}");
            tokens.add(login(gw, user, "bench-1022-own-password"));
        }
        System.out.printf("[bench] %d operators with their own logins, %.0f calls/s for %d s per target, open loop%n",
                operators, rate, seconds);
        List<String> chosen = List.of(o.getOrDefault("targets", "gateway,direct").split(","));
        List<Target> targets = new ArrayList<>();
        for (Target t : List.of(new Target("gateway", gw, gw, gw),
                new Target("direct", o.get("intake"), o.get("knowledge"), o.get("routing")))) {
            if (chosen.contains(t.name())) {
                targets.add(t);
            }
        }
        int warmup = Integer.parseInt(o.get("warmup"));
        if (warmup > 0) {
            // the same load, not measured, through both doors: JIT, connection pools and caches warm in every JVM
            for (Target target : targets) {
                drive(target, tokens, rate, warmup / 2);
            }
            System.out.printf("[bench] warm-up of %d s done%n", warmup);
        }
        for (Target target : targets) {
            settle(o.get("reporting"), supervisor);
            settleOutbox(o.get("intake"), o.get("reporting"), supervisor);
            latency.clear();
            errors.clear();
            acknowledged.clear();
            long before = counted(o.get("reporting"), supervisor);
            long summaryBefore = summaryTotal(o.get("reporting"), supervisor);
            Histogram endToEnd = new Histogram(3_600_000L, 3);
            ScheduledExecutorService poller = Executors.newSingleThreadScheduledExecutor();
            List<Long> acks = new ArrayList<>();
            long[] seen = {0};
            poller.scheduleAtFixedRate(() -> {
                try {
                    long now = System.nanoTime();
                    long count = counted(o.get("reporting"), supervisor) - before;
                    synchronized (acks) {
                        Long a;
                        while ((a = acknowledged.poll()) != null) {
                            acks.add(a);
                        }
                        for (long k = seen[0]; k < Math.min(count, acks.size()); k++) {
                            endToEnd.recordValue(Math.max(0, (now - acks.get((int) k)) / 1_000_000));
                        }
                        seen[0] = Math.max(seen[0], Math.min(count, acks.size()));
                    }
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();   // the phase is over
                } catch (Exception e) {
                    errors.computeIfAbsent("reporting poll: " + e.getClass().getSimpleName(), k -> new AtomicLong()).incrementAndGet();
                }
            }, 250, 250, TimeUnit.MILLISECONDS);
            long started = System.nanoTime();
            acknowledgedIds.clear();
            unanswered.clear();
            SoakMonitor monitor = o.containsKey("monitor") ? new SoakMonitor(Path.of(o.getOrDefault("pids", ".data/pids")),
                    Integer.parseInt(o.get("monitor"))) : null;
            if (monitor != null) {
                monitor.start();
            }
            measuring = true;
            if (o.containsKey("started-file")) {
                // a fault drill times its fault from here, not from the logins before (slow while a store is down)
                java.nio.file.Files.writeString(Path.of(o.get("started-file")), target.name());
            }
            drive(target, tokens, rate, seconds);
            measuring = false;
            if (monitor != null) {
                monitor.stop();
            }
            double elapsed = (System.nanoTime() - started) / 1e9;
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
            while (System.nanoTime() < deadline) {
                synchronized (acks) {
                    if (acknowledged.isEmpty() && seen[0] >= acks.size()) {
                        break;
                    }
                }
                Thread.sleep(250);
            }
            poller.shutdownNow();
            print(target.name(), elapsed, endToEnd, acks.size(), seen[0]);
            account(target.name(), o.get("intake"), o.get("reporting"), supervisor, summaryBefore);
        }
        System.exit(0);
    }

    /**
     * Accounts for every call of the phase from outside. lost: answered 201 but not in intake. refused: not answered
     * 201; of those, "stored anyway" were in fact saved (a retry with the same Idempotency-Key is answered as a
     * replay), the others are saved by that retry, as an operator's console would. Reporting's summary must then have
     * grown by exactly the number of calls stored: more is a call counted twice, fewer a call reporting missed.
     */
    private void account(String target, String intake, String reporting, String supervisor, long summaryBefore)
            throws Exception {
        List<String> ids = new ArrayList<>(acknowledgedIds);
        AtomicLong lost = new AtomicLong();
        ExecutorService checkers = Executors.newFixedThreadPool(16);
        for (String id : ids) {
            checkers.submit(() -> {
                try {
                    HttpResponse<String> r = send("GET", intake + "/api/calls/" + id, supervisor, null);
                    if (r.statusCode() == 404) {
                        lost.incrementAndGet();
                    } else if (r.statusCode() != 200) {
                        errors.computeIfAbsent("verify " + r.statusCode(), k -> new AtomicLong()).incrementAndGet();
                    }
                } catch (Exception e) {
                    errors.computeIfAbsent("verify " + e.getClass().getSimpleName(), k -> new AtomicLong()).incrementAndGet();
                }
            });
        }
        checkers.shutdown();
        checkers.awaitTermination(30, TimeUnit.MINUTES);
        System.out.printf("[bench] %s acknowledged calls checked in intake: %d, lost %d%n", target, ids.size(), lost.get());

        long storedAnyway = 0;
        long unresolved = 0;
        java.util.Set<String> calls = new java.util.HashSet<>(ids);
        for (String[] request : unanswered) {
            HttpResponse<String> r = null;
            // the fault may still be healing (a restart, a breaker): the console would keep trying too
            for (int attempt = 0; attempt < 40 && (r == null || r.statusCode() != 201); attempt++) {
                if (attempt > 0) {
                    Thread.sleep(1_000);
                }
                try {
                    r = send("POST", intake + "/api/calls", request[2], request[1], "Idempotency-Key", request[0]);
                } catch (Exception e) {
                    r = null;
                }
            }
            if (r == null || r.statusCode() != 201) {
                unresolved++;
                continue;
            }
            if (r.headers().firstValue("Idempotent-Replayed").orElse("false").equals("true")) {
                storedAnyway++;
            }
            calls.add(JSON.readTree(r.body()).path("id").asString());
        }
        long expected = calls.size();
        long counted = summaryTotal(reporting, supervisor) - summaryBefore;
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(180);
        while (counted < expected && System.nanoTime() < deadline) {
            Thread.sleep(2_000);
            counted = summaryTotal(reporting, supervisor) - summaryBefore;
        }
        // one more look after the last expected call arrived: a call counted twice would show as a surplus
        Thread.sleep(3_000);
        counted = summaryTotal(reporting, supervisor) - summaryBefore;
        System.out.printf("[bench] RESULT %s acknowledged=%d refused=%d stored_anyway=%d unresolved=%d lost=%d "
                        + "calls_stored=%d counted_by_reporting=%d duplicated=%d not_counted=%d%n",
                target, ids.size(), unanswered.size(), storedAnyway, unresolved, lost.get(), expected, counted,
                Math.max(0, counted - expected), Math.max(0, expected - counted));
    }

    /** Calls received today in reporting's summary (the province's day): what a supervisor's report shows. */
    private long summaryTotal(String reporting, String supervisor) throws Exception {
        String today = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh")).toString();
        for (int attempt = 0; ; attempt++) {
            try {
                HttpResponse<String> r = send("GET", reporting + "/api/reports/summary?from=" + today + "&to=" + today,
                        supervisor, null);
                if (r.statusCode() == 200) {
                    return JSON.readTree(r.body()).path("totalCalls").asLong();
                }
            } catch (Exception e) {
                // reporting restarting after a fault; try again
            }
            if (attempt == 90) {
                throw new IllegalStateException("reporting's summary did not answer for 3 minutes");
            }
            Thread.sleep(2_000);
        }
    }

    /** Waits until reporting has counted what earlier phases sent, so each phase starts with no backlog. */
    private void settle(String reporting, String supervisor) throws Exception {
        long last = -1;
        int stable = 0;
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        while (stable < 4 && System.nanoTime() < deadline) {
            long now = counted(reporting, supervisor);
            stable = now == last ? stable + 1 : 0;
            last = now;
            Thread.sleep(500);
        }
    }

    /**
     * Waits until intake's outbox is empty, so no call of an earlier phase (the warm-up) reaches reporting during this
     * one: the summary's growth is compared with this phase's calls only. (A tiered-JIT run under a busy machine
     * showed 193 warm-up calls counted in the measured phase before this wait existed.)
     */
    private void settleOutbox(String intake, String reporting, String supervisor) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(300);
        while (System.nanoTime() < deadline) {
            double backlog = 0;
            for (String line : send("GET", intake + "/actuator/prometheus", null, null).body().split("\n")) {
                if (line.startsWith("hotline_outbox_backlog{")) {
                    backlog += Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1));
                }
            }
            if (backlog == 0) {
                settle(reporting, supervisor);
                return;
            }
            Thread.sleep(1_000);
        }
    }

    /** Starts calls on schedule (open loop) for the given time, then waits for the stragglers. */
    private void drive(Target target, List<String> tokens, double rate, int seconds) throws InterruptedException {
        ExecutorService callers = Executors.newFixedThreadPool(Math.max(8, tokens.size() * 2));
        long total = (long) (rate * seconds);
        ScheduledExecutorService clock = Executors.newSingleThreadScheduledExecutor();
        AtomicLong issued = new AtomicLong();
        long offset = System.nanoTime();
        clock.scheduleAtFixedRate(() -> {
            long n = issued.getAndIncrement();
            if (n < total) {
                callers.submit(() -> oneCall(target, tokens.get((int) (n % tokens.size())), new Random(offset + n)));
            }
        }, 0, (long) (1e9 / rate), TimeUnit.NANOSECONDS);
        while (issued.get() < total) {
            Thread.sleep(100);
        }
        clock.shutdownNow();
        callers.shutdown();
        callers.awaitTermination(2, TimeUnit.MINUTES);
    }

    private void oneCall(Target t, String token, Random r) {
        String[] q = QUESTIONS[r.nextInt(QUESTIONS.length)];
        String locality = LOCALITIES[r.nextInt(LOCALITIES.length)];
        String number = "09" + (10_000_000 + r.nextInt(89_999_999));
        String key = UUID.randomUUID().toString();
        String newCall = """
                {"callerNumber":"%s","locality":"%s","topic":"%s","question":"%s"}""".formatted(number, locality, q[0], q[1]);
        JsonNode call = timed("call", () -> send("POST", t.calls() + "/api/calls", token, newCall, "Idempotency-Key", key), 201);
        if (call == null) {
            if (measuring) {
                unanswered.add(new String[] {key, newCall, token});
            }
            return;
        }
        acknowledged.add(System.nanoTime());
        if (measuring) {
            acknowledgedIds.add(call.path("id").asString());
        }
        String typed = r.nextBoolean() ? q[2] : q[1];
        String entry = null;
        for (int len : new int[] {Math.min(8, typed.length()), Math.min(16, typed.length()), typed.length()}) {
            JsonNode hits = timed("search", () -> send("GET", t.knowledge() + "/api/knowledge/search?limit=8&boostTopic=" + q[0]
                    + "&boostLocality=" + locality + "&q=" + java.net.URLEncoder.encode(typed.substring(0, len),
                    java.nio.charset.StandardCharsets.UTF_8), token, null), 200);
            if (hits != null && hits.path("hits").size() > 0) {
                entry = hits.path("hits").path(0).path("id").asString();
            }
        }
        String id = call.path("id").asString();
        if (r.nextInt(10) == 0) {
            // the call was created above: routing knows it once intake's call.received arrives, and waits up to 3 s
            // for it; "transfer-plan 409" among the errors means it had not arrived by then (ADR-007)
            JsonNode plan = timed("transfer-plan", () -> send("POST", t.routing() + "/api/transfers", token,
                    "{\"callId\":\"" + id + "\",\"topic\":\"TRAVEL_TRANSPORT\",\"locality\":\"" + locality + "\"}"), 201);
            if (plan != null && plan.has("next")) {
                String transfer = plan.path("id").asString();
                JsonNode after = timed("transfer-attempt", () -> send("POST", t.routing() + "/api/transfers/" + transfer + "/attempts",
                        token, "{\"number\":\"" + plan.path("next").path("number").asString() + "\",\"outcome\":\"BUSY\"}"), 200);
                if (after != null && after.has("next")) {
                    timed("transfer-attempt", () -> send("POST", t.routing() + "/api/transfers/" + transfer + "/attempts", token,
                            "{\"number\":\"" + after.path("next").path("number").asString() + "\",\"outcome\":\"CONNECTED\"}"), 200);
                    return;   // routing reports the connection; intake closes the call
                }
            }
        }
        String body = entry != null ? "{\"outcome\":\"ANSWERED_FROM_KB\",\"kbEntryId\":\"" + entry + "\"}"
                : "{\"outcome\":\"INFORMATION_ONLY\"}";
        timed("close", () -> send("POST", t.calls() + "/api/calls/" + id + "/close", token, body), 200);
    }

    private interface Request {
        HttpResponse<String> send() throws Exception;
    }

    private JsonNode timed(String op, Request request, int expected) {
        long start = System.nanoTime();
        try {
            HttpResponse<String> r = request.send();
            latency.computeIfAbsent(op, k -> new Histogram(60_000_000L, 3)).recordValue((System.nanoTime() - start) / 1_000);
            if (r.statusCode() != expected) {
                errors.computeIfAbsent(op + " " + r.statusCode(), k -> new AtomicLong()).incrementAndGet();
                return null;
            }
            return r.body().isBlank() ? JSON.nullNode() : JSON.readTree(r.body());
        } catch (Exception e) {
            errors.computeIfAbsent(op + " " + e.getClass().getSimpleName(), k -> new AtomicLong()).incrementAndGet();
            return null;
        }
    }

    private HttpResponse<String> send(String method, String url, String token, String json, String... headers)
            throws Exception {
        String current = current(token);
        HttpResponse<String> r = sendOnce(method, url, current, json, headers);
        if (r.statusCode() == 401 && current != null && loginOfToken.containsKey(current)) {
            r = sendOnce(method, url, renew(current), json, headers);
        }
        return r;
    }

    private String current(String token) {
        String t = token;
        while (t != null && renewed.containsKey(t)) {
            t = renewed.get(t);
        }
        return t;
    }

    /** The operator logs in again, as the console does when its token has expired; once per expired token. */
    private synchronized String renew(String expired) throws Exception {
        if (renewed.containsKey(expired)) {
            return current(expired);
        }
        String[] login = loginOfToken.get(expired);
        String fresh = login(gatewayForLogin, login[0], login[1]);
        renewed.put(expired, fresh);
        return fresh;
    }

    private HttpResponse<String> sendOnce(String method, String url, String token, String json, String... headers)
            throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(60));
        if (token != null) {
            b.header("Authorization", "Bearer " + token);
        }
        for (int i = 0; i + 1 < headers.length; i += 2) {
            b.header(headers[i], headers[i + 1]);
        }
        if (json == null) {
            b.method(method, HttpRequest.BodyPublishers.noBody());
        } else {
            b.header("Content-Type", "application/json").method(method, HttpRequest.BodyPublishers.ofString(json));
        }
        return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    private String login(String gateway, String user, String password) throws Exception {
        HttpResponse<String> r = send("POST", gateway + "/api/auth/login", null,
                "{\"username\":\"" + user + "\",\"password\":\"" + password + "\"}");
        if (r.statusCode() != 200) {
            throw new IllegalStateException("login " + user + ": " + r.statusCode() + " " + r.body());
        }
        String token = JSON.readTree(r.body()).path("accessToken").asString();
        loginOfToken.put(token, new String[] {user, password});
        return token;
    }

    /**
     * How many call.received records reporting's consumers have taken in, from its metrics endpoint for that one meter.
     * (The whole Prometheus page is 1.2 MB in reporting; read 4 times a second it took most of reporting's CPU in the
     * soak of 2026-12-02, and the summary query scans the day's calls.)
     */
    private long counted(String reporting, String token) throws Exception {
        HttpResponse<String> r = send("GET", reporting
                + "/actuator/metrics/kafka.consumer.fetch.manager.records.consumed.total?tag=topic:hotline.call.received.v1",
                null, null);
        if (r.statusCode() == 404) {
            return 0;   // no consumer has registered the meter yet
        }
        java.util.regex.Matcher value = java.util.regex.Pattern.compile("\"value\":([0-9.Ee+]+)").matcher(r.body());
        if (r.statusCode() != 200 || !value.find()) {
            throw new IllegalStateException("reporting's consumed-records meter answered " + r.statusCode());
        }
        return (long) Double.parseDouble(value.group(1));
    }

    private void print(String target, double elapsed, Histogram endToEnd, int acks, long counted) {
        System.out.printf("[bench] %s: %.1f s, %d calls acknowledged (%.1f/s), %d consumed by reporting%n", target, elapsed,
                acks, acks / elapsed, counted);
        for (Map.Entry<String, Histogram> e : new TreeMap<>(latency).entrySet()) {
            Histogram h = e.getValue();
            System.out.printf("[bench] %s %-16s n=%6d p50 %7.1f ms  p95 %7.1f ms  p99 %7.1f ms  p99.9 %7.1f ms  max %7.1f ms%n",
                    target, e.getKey(), h.getTotalCount(), h.getValueAtPercentile(50) / 1e3, h.getValueAtPercentile(95) / 1e3,
                    h.getValueAtPercentile(99) / 1e3, h.getValueAtPercentile(99.9) / 1e3, h.getMaxValue() / 1e3);
        }
        if (endToEnd.getTotalCount() > 0) {
            System.out.printf("[bench] %s 201 -> reporting  n=%6d p50 %7d ms  p95 %7d ms  p99 %7d ms  (consumed; polled every 250 ms)%n",
                    target, endToEnd.getTotalCount(), endToEnd.getValueAtPercentile(50), endToEnd.getValueAtPercentile(95),
                    endToEnd.getValueAtPercentile(99));
        }
        System.out.printf("[bench] %s errors: %s%n", target, errors.isEmpty() ? "none" : new TreeMap<>(errors));
    }
}
