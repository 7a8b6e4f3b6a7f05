package vn.hotline1022.knowledge;

import org.springframework.http.HttpHeaders;

/** Identity for test requests; the security work swaps the headers for a bearer token here only. */
public final class TestAuth {

    private TestAuth() {
    }

    public static HttpHeaders as(String username, String role, String unitCode) {
        HttpHeaders headers = new HttpHeaders();
        headers.set("X-User", username);
        headers.set("X-Roles", role);
        if (unitCode != null) {
            headers.set("X-Unit", unitCode);
        }
        return headers;
    }
}
