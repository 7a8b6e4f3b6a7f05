package vn.hotline1022.system;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import vn.hotline1022.access.AccessRules;
import vn.hotline1022.access.Role;
import vn.hotline1022.testsupport.DemoAccounts;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Property: whatever a clumsy client or an attacker sends to any endpoint of any service or the gateway, the answer
 * is never a 5xx, every 4xx is problem+json, and it comes in bounded time. The endpoints come from the services'
 * own OpenAPI documents; each request is drawn from a seeded generator (valid values, broken percent-encodings,
 * wrong JSON types, control characters, oversize values and bodies, odd media types, wrong or missing tokens), so a
 * failure is reproduced with {@code -Dfuzz.seed=<seed>}; {@code -Dfuzz.requests} sets the count (default 10,000).
 */
class ApiFuzzIT extends SystemTest {

    private static final long SEED = Long.getLong("fuzz.seed", 1022L);
    private static final int REQUESTS = Integer.getInteger("fuzz.requests", 10_000);
    private static final long MAX_MILLIS = 10_000;
    private static final List<String> SERVICES = List.of("call-intake-service", "knowledge-service", "routing-service",
            "reporting-service", "gateway");

    /** Query and path values, already percent-encoded as they go on the wire. */
    private static final List<String> VALUES = List.of("abc", "1", "0", "-1", "2026-11-30", "30/11/2026", "true",
            "HAM_TAN", "TRAVEL_TRANSPORT", "OPEN", "%FF", "%E0%80%80", "%C3%28", "%", "%zz", "%00", "%0D%0A",
            "-2147483649", "99999999999999999999", "1e400", "NaN", "%3Cscript%3Ealert(1)%3C%2Fscript%3E",
            "%F0%9F%98%80", "ti%E1%BB%87m", "[]", "{}", "..%2F..%2Fetc%2Fpasswd", "+", "%20", "a".repeat(3000),
            "%C0%AF", "%ED%A0%80", "'%20OR%201=1--", "0908158383", "%2B84908158383");
    private static final List<String> CONTENT_TYPES = List.of("application/json", "application/json", "application/json",
            "application/json;charset=UTF-8", "*/*", "text/plain", "application/xml", "application/json;charset=latin-1",
            "garbage", "", "multipart/form-data; boundary=x", "application/x-www-form-urlencoded", "application/*");
    private static final List<String> ACCEPTS = List.of("", "", "*/*", "application/json", "application/xml", "text/html",
            "application/problem+json");

    record Operation(String service, String method, String path, List<Param> params, Map<String, String> fields,
                     boolean hasBody) {
    }

    record Param(String name, String in, String type) {
    }

    record Fuzzed(String target, String method, String uri, Map<String, String> headers, byte[] body, String note) {
        String describe() {
            String b = body == null ? "" : new String(body, 0, Math.min(body.length, 160), StandardCharsets.UTF_8);
            return target + " " + method + " " + (uri.length() > 160 ? uri.substring(0, 160) + "…" : uri) + " " + note
                    + " ct=" + headers.getOrDefault("Content-Type", "-") + " body=" + b;
        }
    }

    @Test
    void noInputYieldsA5xxAndEvery4xxIsProblemJson() throws Exception {
        List<Operation> operations = operations();
        assertThat(operations).as("operations from the OpenAPI documents").hasSizeGreaterThan(50);
        Map<String, String> tokens = new LinkedHashMap<>();
        DemoAccounts.BY_ROLE.values().forEach(u -> tokens.put(u, GatewayLogin.bearer(sut, u)));

        Random random = new Random(SEED);
        List<Fuzzed> requests = new ArrayList<>(REQUESTS);
        for (int i = 0; i < REQUESTS; i++) {
            requests.add(fuzz(operations.get(random.nextInt(operations.size())), random, tokens));
        }

        ConcurrentLinkedQueue<String> failures = new ConcurrentLinkedQueue<>();
        Map<String, AtomicInteger> byStatus = Collections.synchronizedMap(new TreeMap<>());
        long[] millis = new long[REQUESTS];
        AtomicInteger next = new AtomicInteger();
        long started = System.nanoTime();
        ExecutorService pool = Executors.newFixedThreadPool(8);
        for (int t = 0; t < 8; t++) {
            pool.submit(() -> {
                for (int i = next.getAndIncrement(); i < REQUESTS; i = next.getAndIncrement()) {
                    Fuzzed f = requests.get(i);
                    try {
                        URI base = URI.create(sut.service(f.target()));
                        RawHttp.Response r = RawHttp.send(base.getHost(), base.getPort(), f.method(), f.uri(), f.headers(), f.body());
                        millis[i] = r.millis();
                        byStatus.computeIfAbsent(r.status() / 100 + "xx", k -> new AtomicInteger()).incrementAndGet();
                        if (r.status() == 0 || r.status() >= 500) {
                            failures.add(r.status() + " " + f.describe() + " -> " + abbreviate(r.body()));
                        } else if (r.status() >= 400 && !r.contentType().startsWith("application/problem+json")) {
                            failures.add("non-problem " + r.status() + " (" + r.contentType() + ") " + f.describe()
                                    + " -> " + abbreviate(r.body()));
                        } else if (r.millis() > MAX_MILLIS) {
                            failures.add("slow " + r.millis() + " ms " + f.describe());
                        }
                    } catch (Exception e) {
                        failures.add("no answer (" + e + ") " + f.describe());
                    }
                }
            });
        }
        pool.shutdown();
        assertThat(pool.awaitTermination(5, TimeUnit.MINUTES)).isTrue();
        long elapsed = (System.nanoTime() - started) / 1_000_000;
        long[] sorted = millis.clone();
        java.util.Arrays.sort(sorted);
        long fiveXx = failures.stream().filter(f -> f.startsWith("5") || f.startsWith("0 ")).count();
        long nonProblem = failures.stream().filter(f -> f.startsWith("non-problem")).count();
        System.out.printf("[fuzz] seed %d: %d requests over %d operations in %d ms; statuses %s; 5xx/no answer %d, "
                        + "non-problem 4xx %d, slow %d; p50 %d ms, p99 %d ms, max %d ms%n", SEED, REQUESTS,
                operations.size(), elapsed, byStatus, fiveXx, nonProblem,
                failures.stream().filter(f -> f.startsWith("slow")).count(),
                sorted[REQUESTS / 2], sorted[REQUESTS * 99 / 100], sorted[REQUESTS - 1]);
        java.nio.file.Files.write(java.nio.file.Path.of("target", "fuzz-failures.txt"), failures);
        List<String> shown = failures.stream().limit(25).toList();
        assertThat(shown).as("%d failures (seed %d), first 25", failures.size(), SEED).isEmpty();
    }

    private static String abbreviate(String body) {
        String oneLine = body.replaceAll("\\s+", " ");
        return oneLine.length() > 200 ? oneLine.substring(0, 200) + "…" : oneLine;
    }

    // ---- generation -------------------------------------------------------------------------------------------

    private static Fuzzed fuzz(Operation op, Random r, Map<String, String> tokens) {
        boolean viaGateway = !op.service().equals("gateway") && r.nextInt(100) < 30;
        String target = viaGateway ? "gateway" : op.service();
        List<String> notes = new ArrayList<>();
        boolean reading = op.method().equals("GET");

        String path = op.path();
        for (Param p : op.params()) {
            if (p.in().equals("path")) {
                String value = reading || r.nextInt(3) == 0 ? pick(r, VALUES) : "fuzz-" + r.nextInt(1000);
                if (value.length() > 200 && r.nextBoolean()) {
                    value = "x";
                }
                path = path.replace("{" + p.name() + "}", value);
            }
        }
        StringBuilder query = new StringBuilder();
        for (Param p : op.params()) {
            if (p.in().equals("query") && r.nextInt(100) < 70) {
                String name = r.nextInt(20) == 0 ? p.name() + "[]" : p.name();
                query.append(query.length() == 0 ? "?" : "&").append(name).append('=').append(sample(p.type(), r));
            }
        }
        if (r.nextInt(10) == 0) {
            query.append(query.length() == 0 ? "?" : "&").append(pick(r, VALUES)).append('=').append(pick(r, VALUES));
        }

        Map<String, String> headers = new LinkedHashMap<>();
        int who = r.nextInt(100);
        if (who < 80) {
            Role role = allowedRole(op.method(), op.path().replaceAll("\\{[^}]+}", "x"), r);
            if (role != null) {
                headers.put("Authorization", tokens.get(DemoAccounts.BY_ROLE.get(role)));
            }
        } else if (who < 90) {
            headers.put("Authorization", tokens.get(DemoAccounts.BY_ROLE.get(Role.values()[r.nextInt(Role.values().length)])));
        } else if (who < 95) {
            headers.put("Authorization", pick(r, List.of("Bearer x.y.z", "Bearer ", "Basic YWRtaW46YWRtaW4=",
                    "Bearer eyJhbGciOiJub25lIn0.eyJzdWIiOiJhZG1pbjEiLCJyb2xlcyI6WyJBRE1JTiJdfQ.")));
        }
        String accept = pick(r, ACCEPTS);
        if (!accept.isEmpty()) {
            headers.put("Accept", accept);
        }
        if (r.nextInt(5) == 0) {
            headers.put("Accept-Language", pick(r, List.of("en", "vi", "en-US,en;q=0.9", "fr", ";;;", "*")));
        }

        byte[] body = null;
        if (!reading && (op.hasBody() || r.nextInt(4) == 0)) {
            String ct = pick(r, CONTENT_TYPES);
            if (!ct.isEmpty()) {
                headers.put("Content-Type", ct);
            }
            body = body(op, r, notes);
        }
        return new Fuzzed(target, op.method(), path + query, headers, body, String.join(",", notes));
    }

    private static Role allowedRole(String method, String path, Random r) {
        AccessRules.Rule rule = AccessRules.match(method, path);
        if (rule == null || rule.isPublic()) {
            return null;
        }
        List<Role> roles = new ArrayList<>(rule.roles());
        Collections.sort(roles);
        return roles.get(r.nextInt(roles.size()));
    }

    private static String sample(String type, Random r) {
        if (r.nextInt(100) < 40) {
            return switch (type) {
                case "integer", "number" -> String.valueOf(r.nextInt(50));
                case "boolean" -> String.valueOf(r.nextBoolean());
                default -> pick(r, List.of("2026-11-30", "abc", "HAM_TAN", "OPEN", "ti%E1%BB%87m+ch%E1%BB%A7ng"));
            };
        }
        return pick(r, VALUES);
    }

    private static byte[] body(Operation op, Random r, List<String> notes) {
        int kind = r.nextInt(100);
        if (kind < 5) {
            notes.add("empty");
            return new byte[0];
        }
        if (kind < 10) {
            notes.add("not-json");
            return pick(r, List.of("hello", "<x/>", "a=1&b=2", "\u0000\u0001")).getBytes(StandardCharsets.UTF_8);
        }
        if (kind < 12) {
            notes.add("huge");
            return ("{\"q\":\"" + "a".repeat(3_000_000) + "\"}").getBytes(StandardCharsets.UTF_8);
        }
        Map<String, Object> doc = new LinkedHashMap<>();
        op.fields().forEach((name, type) -> doc.put(name, typed(type, r)));
        List<String> names = new ArrayList<>(op.fields().keySet());
        int mutations = 1 + r.nextInt(3);
        for (int m = 0; m < mutations; m++) {
            String field = names.isEmpty() || r.nextInt(10) == 0 ? "unknown" + r.nextInt(9) : pick(r, names);
            Object value = switch (r.nextInt(9)) {
                case 0 -> 123;
                case 1 -> true;
                case 2 -> List.of(1, "a");
                case 3 -> Map.of("a", 1);
                case 4 -> null;
                case 5 -> "x".repeat(100_000);
                case 6 -> "a\u0000b\r\nc<script>";
                case 7 -> 1e308;
                default -> "";
            };
            doc.put(field, value);
            notes.add(field + ":" + (value == null ? "null" : value.getClass().getSimpleName()));
        }
        String json = JSON.writeValueAsString(doc);
        if (r.nextInt(10) == 0) {
            notes.add("truncated");
            json = json.substring(0, json.length() / 2);
        }
        if (r.nextInt(20) == 0) {
            notes.add("array");
            json = "[" + json + "]";
        }
        return json.getBytes(StandardCharsets.UTF_8);
    }

    private static Object typed(String type, Random r) {
        return switch (type) {
            case "integer" -> r.nextInt(10);
            case "number" -> r.nextDouble();
            case "boolean" -> r.nextBoolean();
            case "array" -> List.of("abc");
            case "object" -> Map.of();
            default -> pick(r, List.of("Hàm Tân", "HAM_TAN", "TRAVEL_TRANSPORT", "0908 158 383", "2026-11-30",
                    "Đi từ Hàm Tân vào TP. Hồ Chí Minh cần giấy tờ gì?"));
        };
    }

    private static <T> T pick(Random r, List<T> values) {
        return values.get(r.nextInt(values.size()));
    }

    // ---- the endpoints, from each service's own OpenAPI document -----------------------------------------------

    private static List<Operation> operations() throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        List<Operation> operations = new ArrayList<>();
        for (String service : SERVICES) {
            HttpResponse<String> doc = http.send(HttpRequest.newBuilder(URI.create(sut.service(service) + "/v3/api-docs")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(doc.statusCode()).as(service + " /v3/api-docs").isEqualTo(200);
            JsonNode api = JSON.readTree(doc.body());
            for (Iterator<Map.Entry<String, JsonNode>> paths = api.path("paths").properties().iterator(); paths.hasNext(); ) {
                Map.Entry<String, JsonNode> path = paths.next();
                for (Iterator<Map.Entry<String, JsonNode>> methods = path.getValue().properties().iterator(); methods.hasNext(); ) {
                    Map.Entry<String, JsonNode> m = methods.next();
                    if (m.getValue().path("responses").path("200").path("content").has("text/event-stream")) {
                        continue;   // a stream stays open by design (the console's pop-ups); it takes no input either
                    }
                    List<Param> params = new ArrayList<>();
                    for (JsonNode p : m.getValue().path("parameters")) {
                        params.add(new Param(p.path("name").asString(), p.path("in").asString(),
                                p.path("schema").path("type").asString("string")));
                    }
                    JsonNode schema = m.getValue().path("requestBody").path("content").path("application/json").path("schema");
                    Map<String, String> fields = new LinkedHashMap<>();
                    JsonNode resolved = resolve(api, schema);
                    for (Iterator<Map.Entry<String, JsonNode>> props = resolved.path("properties").properties().iterator(); props.hasNext(); ) {
                        Map.Entry<String, JsonNode> prop = props.next();
                        fields.put(prop.getKey(), resolve(api, prop.getValue()).path("type").asString("string"));
                    }
                    operations.add(new Operation(service, m.getKey().toUpperCase(java.util.Locale.ROOT), path.getKey(), params,
                            fields, !m.getValue().path("requestBody").isMissingNode()));
                }
            }
        }
        return operations;
    }

    private static JsonNode resolve(JsonNode api, JsonNode schema) {
        String ref = schema.path("$ref").asString("");
        if (ref.startsWith("#/components/schemas/")) {
            return api.path("components").path("schemas").path(ref.substring("#/components/schemas/".length()));
        }
        return schema;
    }
}
