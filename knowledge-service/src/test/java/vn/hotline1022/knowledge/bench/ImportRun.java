package vn.hotline1022.knowledge.bench;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Deque;
import java.util.List;

/**
 * Sends NDJSON to {@code POST /api/knowledge/import} and follows each import to its end
 * ({@code GET /api/knowledge/imports/{id}} while RUNNING), printing progress, totals and per-row errors.
 * A 413 (a body limit in front of the service, e.g. the gateway's {@code GATEWAY_MAX_BODY}) splits the file in
 * halves until each part passes; line numbers in errors stay those of the whole file.
 */
final class ImportRun {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Duration DEADLINE = Duration.ofMinutes(Long.getLong("bench.importTimeoutMinutes", 30));
    private static final int ERRORS_SHOWN = 20;
    private static final String[] COUNTS = {"created", "updated", "unchanged", "failed"};

    private record Part(List<String> lines, int firstLine) {
    }

    private final GatewayClient supervisor;
    private final int[] totals = new int[COUNTS.length];
    private int errors;
    private int parts;

    ImportRun(GatewayClient supervisor) {
        this.supervisor = supervisor;
    }

    void run(String ndjson) throws IOException, InterruptedException {
        long start = System.nanoTime();
        Deque<Part> todo = new ArrayDeque<>(List.of(new Part(Arrays.asList(ndjson.split("\n")), 1)));
        while (!todo.isEmpty()) {
            Part part = todo.pop();
            var response = supervisor.post("/api/knowledge/import", "application/x-ndjson",
                    String.join("\n", part.lines()) + "\n").response();
            if (response.statusCode() == 413 && part.lines().size() > 1) {
                int half = part.lines().size() / 2;
                todo.push(new Part(part.lines().subList(half, part.lines().size()), part.firstLine() + half));
                todo.push(new Part(part.lines().subList(0, half), part.firstLine()));
                System.out.printf("HTTP 413 for %d rows (body limit before the service): sending them in two parts%n",
                        part.lines().size());
                continue;
            }
            if (response.statusCode() != 200 && response.statusCode() != 202) {
                throw new IllegalStateException("import refused: HTTP " + response.statusCode() + " " + response.body());
            }
            follow(JSON.readTree(response.body()), part.firstLine(), start);
        }
        System.out.printf("import of %d rows done in %d ms (%d request%s): created=%d updated=%d unchanged=%d failed=%d%n",
                ndjson.split("\n").length, (System.nanoTime() - start) / 1_000_000, parts, parts == 1 ? "" : "s",
                totals[0], totals[1], totals[2], totals[3]);
        if (errors > ERRORS_SHOWN) {
            System.out.printf("  … and %d more row errors%n", errors - ERRORS_SHOWN);
        }
    }

    private void follow(JsonNode job, int firstLine, long start) throws IOException, InterruptedException {
        parts++;
        String id = job.path("id").asString();
        long deadline = System.nanoTime() + DEADLINE.toNanos();
        int shown = -1;
        while ("RUNNING".equals(job.path("status").asString())) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("import " + id + " still running after " + DEADLINE);
            }
            if (job.path("processed").asInt() != shown) {
                shown = job.path("processed").asInt();
                System.out.printf("  import %s: %d/%d rows (%d s)%n", id, shown, job.path("total").asInt(),
                        (System.nanoTime() - start) / 1_000_000_000);
            }
            Thread.sleep(1000); // a bench main polling a progress URL, not a test
            job = JSON.readTree(supervisor.get("/api/knowledge/imports/" + id).response().body());
        }
        System.out.printf("  import %s %s: %d rows from line %d%n", id, job.path("status").asString(),
                job.path("total").asInt(), firstLine);
        for (int i = 0; i < COUNTS.length; i++) {
            totals[i] += job.path(COUNTS[i]).asInt();
        }
        for (JsonNode error : job.path("errors")) {
            if (errors++ < ERRORS_SHOWN) {
                System.out.printf("  row error: line %d %s %s: %s%n", firstLine - 1 + error.path("line").asInt(),
                        error.path("externalId").asString(), error.path("field").asString(), error.path("reason").asString());
            }
        }
    }
}
