package vn.hotline1022.system;

import tools.jackson.databind.json.JsonMapper;
import vn.hotline1022.testsupport.DemoAccounts;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** Logs demo users in at the gateway (password demo1022) and caches their bearer tokens for the test JVM. */
public final class GatewayLogin {

    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Map<String, String> TOKENS = new ConcurrentHashMap<>();

    private GatewayLogin() {
    }

    /** @return the value of an Authorization header: "Bearer &lt;jwt&gt;" */
    public static String bearer(SystemUnderTest sut, String username) {
        return "Bearer " + TOKENS.computeIfAbsent(username, u -> login(sut, u));
    }

    private static String login(SystemUnderTest sut, String username) {
        try {
            HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create(sut.gateway() + "/api/auth/login"))
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(
                            "{\"username\":\"" + username + "\",\"password\":\"" + DemoAccounts.PASSWORD + "\"}")).build(),
                    HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new IllegalStateException("login " + username + ": " + response.statusCode() + " " + response.body());
            }
            return JSON.readTree(response.body()).path("accessToken").asString();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
