package vn.hotline1022.gateway;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.json.JsonCompareMode;
import org.springframework.web.reactive.function.BodyInserters;
import org.springframework.web.reactive.function.client.WebClient;
import reactor.core.publisher.Flux;
import tools.jackson.databind.JsonNode;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** The gateway's edge behaviour against a stub backend: identity, correlation, retries, limits, fallback, audit. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class GatewayIT extends GatewayTestSupport {

    @Test
    void loginGivesASignedTokenWithRolesAndUnitAndARefreshTokenThatWorksOnce() {
        JsonNode login = login("unit-UBND_LA_GI", "demo1022");
        assertThat(login.path("user").path("unitCode").asString()).isEqualTo("UBND_LA_GI");
        assertThat(login.path("user").path("roles").toString()).contains("UNIT");
        String refresh = login.path("refreshToken").asString();

        client().get().uri("/api/auth/me").header("Authorization", "Bearer " + login.path("accessToken").asString())
                .exchange().expectStatus().isOk().expectBody().jsonPath("$.unitCode").isEqualTo("UBND_LA_GI");
        client().post().uri("/api/auth/refresh").contentType(MediaType.APPLICATION_JSON).bodyValue(Map.of("refreshToken", refresh))
                .exchange().expectStatus().isOk().expectBody().jsonPath("$.accessToken").isNotEmpty();
        client().post().uri("/api/auth/refresh").contentType(MediaType.APPLICATION_JSON).bodyValue(Map.of("refreshToken", refresh))
                .exchange().expectStatus().isUnauthorized();
    }

    /** #12: the gateway's own problems come in English when the client asks for it, the codes unchanged. */
    @Test
    void aWrongPasswordInEnglishWhenAsked() {
        client().post().uri("/api/auth/login").contentType(MediaType.APPLICATION_JSON).header("Accept-Language", "en")
                .bodyValue(Map.of("username", "operator1", "password", "sai-mat-khau"))
                .exchange().expectStatus().isUnauthorized()
                .expectBody().json("""
                        {"title":"Unauthorized","status":401,
                         "detail":"Wrong user name or password.","instance":"/api/auth/login",
                         "errors":[{"field":"password","message":"Wrong user name or password."}]}""",
                        JsonCompareMode.STRICT);
        client().post().uri("/api/auth/login").contentType(MediaType.APPLICATION_JSON).header("Accept-Language", "en-US")
                .bodyValue(Map.of("username", "", "password", "x"))
                .exchange().expectStatus().isBadRequest()
                .expectBody().jsonPath("$.detail").isEqualTo("The data sent is invalid.")
                .jsonPath("$.errors[0].message").isEqualTo("Enter the user name.");
        client().get().uri("/api/reports/anything").header("Accept-Language", "en")
                .exchange().expectStatus().isUnauthorized()
                .expectBody().jsonPath("$.detail").isEqualTo("Not signed in, or the session has expired.");
    }

    @Test
    void aWrongPasswordIsA401NamingThePasswordField() {
        expectUnauthorizedNaming("/api/auth/login", Map.of("username", "operator1", "password", "sai-mat-khau"),
                "password", "Tên đăng nhập hoặc mật khẩu không đúng.");
        expectUnauthorizedNaming("/api/auth/refresh", Map.of("refreshToken", "không-có-thật"),
                "refreshToken", "Phiên đăng nhập đã hết hạn. Vui lòng đăng nhập lại.");
        client().post().uri("/api/auth/login").contentType(MediaType.APPLICATION_JSON).bodyValue(Map.of("username", ""))
                .exchange().expectStatus().isBadRequest().expectBody().jsonPath("$.errors[*].field").value(f ->
                        assertThat(f.toString()).contains("username", "password"));
    }

    private void expectUnauthorizedNaming(String uri, Map<String, String> body, String field, String detail) {
        client().post().uri(uri).contentType(MediaType.APPLICATION_JSON).bodyValue(body)
                .exchange().expectStatus().isUnauthorized()
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().json("""
                        {"title":"Unauthorized","status":401,"detail":"%s","instance":"%s",
                         "errors":[{"field":"%s","message":"%s"}]}""".formatted(detail, uri, field, detail),
                        JsonCompareMode.STRICT);
    }

    @Test
    void aForgedTokenIsRefused() {
        String token = token("operator1");
        String forged = token.substring(0, token.lastIndexOf('.') + 1) + "AAAA" + token.substring(token.lastIndexOf('.') + 5);
        client().get().uri("/api/calls/reference").header("Authorization", "Bearer " + forged)
                .exchange().expectStatus().isUnauthorized();
    }

    @Test
    void identityHeadersFromOutsideAreDroppedAndTheCorrelationIdTravels() {
        JsonNode seen = JSON.readTree(client().get().uri("/api/calls/reference")
                .header("Authorization", "Bearer " + token("operator1"))
                .header("X-User", "supervisor1").header("X-Correlation-Id", "ticket-20261125-abc")
                .exchange().expectStatus().isOk()
                .expectHeader().valueEquals("X-Correlation-Id", "ticket-20261125-abc")
                .expectBody().returnResult().getResponseBody());
        assertThat(seen.path("xUser").asString()).isEqualTo("null");   // dropped: services read the JWT only
        assertThat(seen.path("correlationId").asString()).isEqualTo("ticket-20261125-abc");
        assertThat(seen.path("authorization").asBoolean()).isTrue();

        String generated = client().get().uri("/api/calls/reference").header("Authorization", "Bearer " + token("operator1"))
                .exchange().expectStatus().isOk().returnResult(String.class).getResponseHeaders().getFirst("X-Correlation-Id");
        assertThat(generated).matches("[0-9a-f-]{36}");
    }

    @Test
    void getIsRetriedButPostNever() {
        client().get().uri("/api/calls/flaky-get").header("Authorization", "Bearer " + token("operator1"))
                .exchange().expectStatus().isOk();
        assertThat(STUB.hits("GET /api/calls/flaky-get")).isEqualTo(2);

        client().post().uri("/api/calls/flaky-post/close").header("Authorization", "Bearer " + token("operator1"))
                .contentType(MediaType.APPLICATION_JSON).bodyValue("{}")
                .exchange().expectStatus().isEqualTo(HttpStatus.SERVICE_UNAVAILABLE);  // the breaker's fallback
        assertThat(STUB.hits("POST /api/calls/flaky-post/close")).isEqualTo(1);
    }

    @Test
    void aShiftOfOperatorsSearchingAtOnceIsNotTurnedAwayByTheGateway() {
        String bearer = "Bearer " + token("supervisor1");
        WebClient web = WebClient.builder().baseUrl("http://127.0.0.1:" + port).build();
        List<Integer> statuses = Flux.range(0, StubBackend.HELD_TOGETHER)
                .flatMap(i -> web.get().uri("/api/knowledge/search-held?q=" + i).header("Authorization", bearer)
                        .exchangeToMono(r -> r.releaseBody().thenReturn(r.statusCode().value())), StubBackend.HELD_TOGETHER)
                .collectList().block(Duration.ofSeconds(30));
        // all are in flight together (the stub answers none until the last arrives): no bulkhead 503s
        assertThat(statuses).hasSize(StubBackend.HELD_TOGETHER).containsOnly(200);
    }

    @Test
    void aDownServiceGivesAReadable503ProblemNotAStackTrace() {
        client().get().uri("/api/reports/summary").header("Authorization", "Bearer " + token("supervisor1"))
                .exchange().expectStatus().isEqualTo(HttpStatus.SERVICE_UNAVAILABLE)
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.detail").value(d -> assertThat(d.toString()).contains("báo cáo", "tạm thời"));
    }

    @Test
    void anOversizedBodyIsRefusedBeforeReachingTheService() {
        String big = "{\"question\":\"" + "a".repeat(70_000) + "\"}";
        client().post().uri("/api/calls").header("Authorization", "Bearer " + token("operator1"))
                .contentType(MediaType.APPLICATION_JSON).bodyValue(big)
                .exchange().expectStatus().isEqualTo(HttpStatus.CONTENT_TOO_LARGE);
        assertThat(STUB.hits("POST /api/calls")).isZero();
    }

    @Test
    void aChunkedBodyWhoseSizeCannotBeCheckedIsRefused() {
        // a Flux body has no known length: the client streams it chunked
        client().post().uri("/api/calls").header("Authorization", "Bearer " + token("operator1"))
                .contentType(MediaType.APPLICATION_JSON)
                .body(BodyInserters.fromPublisher(Flux.just("{\"question\":\"", "a".repeat(70_000), "\"}"), String.class))
                .exchange().expectStatus().isEqualTo(HttpStatus.LENGTH_REQUIRED)
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.detail").value(d -> assertThat(d.toString()).contains("Content-Length"));
        assertThat(STUB.hits("POST /api/calls")).isZero();
    }

    @Test
    void anImportMayBeLargerThanOtherBodiesButNotUnlimited() {
        String line = "{\"externalId\":\"HD-1\",\"question\":\"Tiêm vắc xin ở đâu?\",\"answer\":\"" + "a".repeat(1_000) + "\"}\n";
        String rows = line.repeat(100); // ≈ 100 KB: over the 64 KB set for other routes, under the import's 256 KB
        client().post().uri("/api/knowledge/import").header("Authorization", "Bearer " + token("supervisor1"))
                .contentType(MediaType.parseMediaType("application/x-ndjson")).bodyValue(rows)
                .exchange().expectStatus().isOk();
        assertThat(STUB.hits("POST /api/knowledge/import")).isEqualTo(1);

        client().post().uri("/api/knowledge/import").header("Authorization", "Bearer " + token("supervisor1"))
                .contentType(MediaType.parseMediaType("application/x-ndjson")).bodyValue(rows.repeat(3))
                .exchange().expectStatus().isEqualTo(HttpStatus.CONTENT_TOO_LARGE);
        assertThat(STUB.hits("POST /api/knowledge/import")).isEqualTo(1);
    }

    @Test
    void oneNoisyUserIsLimitedWhileOthersAreNot() {
        String admin = token("admin1");
        client().post().uri("/api/auth/users").header("Authorization", "Bearer " + admin).contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("username", "noisy.operator", "password", "mat-khau-dai-1022", "roles", List.of("OPERATOR")))
                .exchange().expectStatus().isCreated();
        // the password an admin set only lets the user choose their own (#13); then they are signed in
        client().post().uri("/api/auth/login").contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("username", "noisy.operator", "password", "mat-khau-dai-1022"))
                .exchange().expectStatus().isForbidden().expectBody().jsonPath("$.code").isEqualTo("password-change-required");
        client().post().uri("/api/auth/password").contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("username", "noisy.operator", "currentPassword", "mat-khau-dai-1022",
                        "newPassword", "mat-khau-dai-1022")).exchange().expectStatus().isBadRequest()
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("newPassword");
        client().post().uri("/api/auth/password").contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("username", "noisy.operator", "currentPassword", "sai-mat-khau-1022",
                        "newPassword", "cua-rieng-toi-1022")).exchange().expectStatus().isUnauthorized();
        client().post().uri("/api/auth/password").contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("username", "noisy.operator", "currentPassword", "mat-khau-dai-1022",
                        "newPassword", "cua-rieng-toi-1022")).exchange().expectStatus().isOk();
        String noisy = login("noisy.operator", "cua-rieng-toi-1022").path("accessToken").asString();
        int limited = 0;
        String retryAfter = null;
        for (int i = 0; i < 320 && limited == 0; i++) {
            var result = client().get().uri("/api/auth/me").header("Authorization", "Bearer " + noisy).exchange()
                    .returnResult(String.class);
            if (result.getStatus().value() == 429) {
                limited++;
                retryAfter = result.getResponseHeaders().getFirst("Retry-After");
            }
        }
        assertThat(limited).isPositive();
        assertThat(Integer.parseInt(retryAfter)).isPositive();
        client().get().uri("/api/auth/me").header("Authorization", "Bearer " + token("supervisor1")).exchange().expectStatus().isOk();
    }

    @Test
    void actuatorShowsHealthToAllMetricsOnlyFromInsideAndNothingElse() {
        client().get().uri("/actuator/health").exchange().expectStatus().isOk();
        client().get().uri("/actuator/prometheus").exchange().expectStatus().isOk()
                .expectBody(String.class).value(b -> assertThat(b).contains("jvm_memory_used_bytes"));
        client().get().uri("/actuator/prometheus").header("X-Forwarded-For", "203.113.1.2").exchange()
                .expectStatus().value(s -> assertThat(s).isIn(401, 403));
        for (String hidden : List.of("/actuator/env", "/actuator/gateway/routes", "/actuator/metrics", "/actuator/beans")) {
            client().get().uri(hidden).header("Authorization", "Bearer " + token("admin1")).exchange()
                    .expectStatus().value(s -> assertThat(s).as(hidden).isIn(403, 404));
        }
    }

    @Test
    void callerHistoryViewsAreAuditedAndQueryableByNumberInAnyFormat() {
        client().get().uri("/api/callers/0908.15.83.83/history").header("Authorization", "Bearer " + token("operator1"))
                .exchange().expectStatus().isOk();
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> client().get()
                .uri(u -> u.path("/api/audit").queryParam("phone", "+84 908 158 383").queryParam("action", "CALLER_HISTORY_VIEW").build())
                .header("Authorization", "Bearer " + token("supervisor1"))
                .exchange().expectStatus().isOk().expectBody()
                .jsonPath("$[0].principal").isEqualTo("operator1")
                .jsonPath("$[0].path").isEqualTo("/api/callers/********83/history")
                .jsonPath("$[0].route").isEqualTo("/api/callers/********83/history"));
    }

    /** #16: strict JSON, bounded and clean names, and type errors that name the field. */
    @Test
    void looseInputIsRefusedNamingTheField() {
        String admin = "Bearer " + token("admin1");
        client().post().uri("/api/auth/users").header("Authorization", admin).contentType(MediaType.APPLICATION_JSON)
                .bodyValue("{\"username\":1e400,\"password\":\"mat-khau-dai-1022\",\"roles\":[\"OPERATOR\"]}")
                .exchange().expectStatus().isBadRequest().expectBody().jsonPath("$.errors[0].field").isEqualTo("username");
        client().post().uri("/api/auth/users").header("Authorization", admin).contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("username", "-1000000000000000000", "password", "mat-khau-dai-1022", "roles", List.of("OPERATOR")))
                .exchange().expectStatus().isBadRequest().expectBody().jsonPath("$.errors[0].field").isEqualTo("username");
        for (String bad : List.of("<script>alert(1)</script>", "Nguyễn\u0000Văn", "Dòng 1\r\nDòng 2", "x".repeat(101))) {
            client().post().uri("/api/auth/users").header("Authorization", admin).contentType(MediaType.APPLICATION_JSON)
                    .bodyValue(Map.of("username", "ten.hop.le", "displayName", bad, "password", "mat-khau-dai-1022",
                            "roles", List.of("OPERATOR")))
                    .exchange().expectStatus().isBadRequest().expectBody().jsonPath("$.errors[0].field").isEqualTo("displayName");
        }
        client().post().uri("/api/auth/login").contentType(MediaType.APPLICATION_JSON)
                .bodyValue("{\"username\":[\"operator1\"],\"password\":\"demo1022\"}")
                .exchange().expectStatus().isBadRequest().expectBody().jsonPath("$.errors[0].field").isEqualTo("username");
        client().get().uri("/api/audit?limit=-2147483649").header("Authorization", "Bearer " + token("supervisor1"))
                .exchange().expectStatus().isBadRequest().expectBody().jsonPath("$.errors[0].field").isEqualTo("limit");
    }

    @Test
    void adminApiValidatesAndNamesTheField() {
        client().post().uri("/api/auth/users").header("Authorization", "Bearer " + token("admin1")).contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("username", "unit-khong-ma", "password", "mat-khau-dai-1022", "roles", List.of("UNIT")))
                .exchange().expectStatus().isBadRequest().expectBody().jsonPath("$.errors[0].field").isEqualTo("unitCode");
        client().get().uri("/api/auth/users").header("Authorization", "Bearer " + token("admin1")).exchange()
                .expectStatus().isOk().expectBody(String.class)
                .value(b -> assertThat(b).contains("unit-SO_GTVT", "operator1").doesNotContain("passwordHash", "$2a$"));
    }

    /** #14: the pop-up stream outlives the 5 s timeout of intake's other routes, and events are not held back. */
    @Test
    void thePopupStreamIsPassedThroughAsItComes() throws Exception {
        java.net.http.HttpRequest request = java.net.http.HttpRequest.newBuilder(
                        java.net.URI.create("http://127.0.0.1:" + port + "/api/cti/mine/stream"))
                .header("Authorization", "Bearer " + token("operator1")).header("Accept", "text/event-stream").build();
        long started = System.nanoTime();
        java.util.List<String> data = new java.util.ArrayList<>();
        java.util.List<Long> at = new java.util.ArrayList<>();
        var response = java.net.http.HttpClient.newHttpClient().send(request,
                java.net.http.HttpResponse.BodyHandlers.ofLines());
        assertThat(response.statusCode()).isEqualTo(200);
        try (var lines = response.body()) {
            lines.filter(l -> l.startsWith("data:")).forEach(l -> {
                data.add(l);
                at.add((System.nanoTime() - started) / 1_000_000);
            });
        }
        assertThat(data).containsExactly("data:[\"first\"]", "data:[\"after-the-pause\"]");
        assertThat(at.get(0)).as("the first event arrives before the stream ends").isLessThan(at.get(1) - 3000);
    }

    @Test
    void theConsoleAndSwaggerUiAreServed() {
        client().get().uri("/").exchange().expectStatus().isOk().expectBody(String.class)
                .value(b -> assertThat(b).contains("Tổng đài 1022"));
        client().get().uri("/v3/api-docs").exchange().expectStatus().isOk().expectBody(String.class)
                .value(b -> assertThat(b).contains("/api/auth/login"));
        client().get().uri("/v3/api-docs/swagger-config").exchange().expectStatus().isOk().expectBody(String.class)
                .value(b -> assertThat(b).contains("/openapi/knowledge", "/openapi/routing"));
    }
}
