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
        Path broker = data.resolve("kafka");  // created only after the metrics start, as a fresh broker does

        try (InfraMetrics metrics = InfraMetrics.start(0, "local-infra", Path.of(store.toString()), Path.of(broker.toString()))) {
            System.gc();  // the paths given are held by the metrics alone, as in LocalInfra
            Path partition = Files.createDirectories(broker.resolve("hotline.call.received.v1-0"));
            Files.write(partition.resolve("00000000000000000000.log"), new byte[300]);
            // preallocated sparse indexes are not data
            Files.write(partition.resolve("00000000000000000000.index"), new byte[1000]);
            Files.write(partition.resolve("00000000000000000000.timeindex"), new byte[1000]);
            HttpResponse<String> page = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                    URI.create("http://127.0.0.1:" + metrics.port() + "/metrics")).build(),
                    HttpResponse.BodyHandlers.ofString());

            assertThat(page.statusCode()).isEqualTo(200);
            assertThat(page.body())
                    .contains("jvm_memory_used_bytes{application=\"local-infra\",area=\"heap\"")
                    .contains("jvm_gc_")
                    .contains("process_files_open_files")
                    .contains("hotline_local_data_bytes{application=\"local-infra\",part=\"mongo\"} 4196.0")
                    .contains("hotline_local_data_bytes{application=\"local-infra\",part=\"kafka\"} 300.0");
        }
    }
}
