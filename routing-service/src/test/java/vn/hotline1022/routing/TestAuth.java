package vn.hotline1022.routing;

import org.springframework.http.HttpHeaders;

/** The one place tests establish identity (the security work swaps in a Bearer token here only). */
public final class TestAuth {

    private TestAuth() {
    }

    public static HttpHeaders as(String username, String role, String unitCode) {
        HttpHeaders headers = new HttpHeaders();
        headers.add("X-User", username);
        headers.add("X-Roles", role);
        if (unitCode != null) {
            headers.add("X-Unit", unitCode);
        }
        return headers;
    }
}
