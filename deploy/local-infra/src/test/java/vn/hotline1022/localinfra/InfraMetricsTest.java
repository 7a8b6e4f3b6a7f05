package vn.hotline1022.localinfra;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class InfraMetricsTest {

    @Test
    void servesTheJvmsHeapAndTheBytesEachDataDirectoryHolds(@TempDir Path data) throws Exception {
        Path store = Files.createDirectories(data.resolve("mongo"));
        Files.write(store.resolve("store.mv.db"), new byte[4096]);
        Files.write(Files.createDirectories(store.resolve("sub")).resolve("x"), new byte[100]);
        Path broker = data.resolve("kafka");  // not there yet: counts 0

        try (InfraMetrics metrics = InfraMetrics.start(0, "local-infra", Path.of(store.toString()), Path.of(broker.toString()))) {
            System.gc();  // the paths given are held by the metrics alone, as in LocalInfra
            HttpResponse<String> page = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                    URI.create("http://127.0.0.1:" + metrics.port() + "/metrics")).build(),
                    HttpResponse.BodyHandlers.ofString());

            assertThat(page.statusCode()).isEqualTo(200);
            assertThat(page.body())
                    .contains("jvm_memory_used_bytes{application=\"local-infra\",area=\"heap\"")
                    .contains("jvm_gc_")
                    .contains("process_files_open_files")
                    .contains("hotline_local_data_bytes{application=\"local-infra\",part=\"mongo\"} 4196.0")
                    .contains("hotline_local_data_bytes{application=\"local-infra\",part=\"kafka\"} 0.0");
        }
    }
}
