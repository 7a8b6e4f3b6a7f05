package vn.hotline1022.system;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** The walking skeleton: a call logged through the gateway is counted by reporting, via a real Kafka topic. */
class SpineIT extends SystemTest {

    static void assertCallIsCounted(SystemUnderTest system) throws Exception {
        SystemUnderTest previous = sut;
        sut = system;
        try {
            new SpineIT().callLoggedThroughGatewayIsCountedByReporting();
        } finally {
            sut = previous;
        }
    }

    @Test
    void callLoggedThroughGatewayIsCountedByReporting() throws Exception {
        String today = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh")).toString();
        long before = totalCalls(today);

        HttpResponse<String> created = HTTP.send(HttpRequest.newBuilder(URI.create(sut.gateway() + "/api/calls"))
                .header("Content-Type", "application/json")
                .header("Authorization", GatewayLogin.bearer(sut, "operator1"))
                .POST(HttpRequest.BodyPublishers.ofString("""
                        {"callerNumber":"0908.15.83.83","locality":"HAM_TAN","topic":"TRAVEL_TRANSPORT",
                         "question":"Đi từ Hàm Tân vào TP. Hồ Chí Minh cần giấy tờ gì?"}"""))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        assertThat(JSON.readTree(created.body()).path("id").asString()).isNotBlank();

        // other system tests share this stack and their calls may still be on their way to reporting: at least ours
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(totalCalls(today)).isGreaterThanOrEqualTo(before + 1));
    }

    private static long totalCalls(String day) throws Exception {
        HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(
                URI.create(sut.gateway() + "/api/reports/summary?from=" + day + "&to=" + day))
                .header("Authorization", GatewayLogin.bearer(sut, "supervisor1")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        JsonNode body = JSON.readTree(response.body());
        return body.path("totalCalls").asLong();
    }
}
