package vn.hotline1022.support.web;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

import static org.assertj.core.api.Assertions.assertThat;

class RequestSanityFilterTest {

    private MockHttpServletResponse run(MockHttpServletRequest request) throws Exception {
        MockHttpServletResponse response = new MockHttpServletResponse();
        new RequestSanityFilter().doFilter(request, response, new MockFilterChain());
        return response;
    }

    @Test
    void aBadQueryValueIsA400NamingTheParameterInProblemJson() throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/public/answers");
        request.setQueryString("q=ok&page=%FF");
        MockHttpServletResponse response = run(request);
        assertThat(response.getStatus()).isEqualTo(400);
        assertThat(response.getContentType()).startsWith("application/problem+json");
        assertThat(response.getContentAsString()).contains("\"field\":\"page\"").contains("malformed-encoding");
    }

    @Test
    void aWildcardContentTypeIs415AndEnglishOnRequest() throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest("POST", "/api/calls");
        request.setContentType("*/*");
        request.addHeader("Accept-Language", "en");
        MockHttpServletResponse response = run(request);
        assertThat(response.getStatus()).isEqualTo(415);
        assertThat(response.getContentAsString()).contains("Unsupported Content-Type").contains("\"field\":\"Content-Type\"");
    }

    @Test
    void anUnknownCharsetIs415() throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest("POST", "/api/calls");
        request.setContentType("application/json;charset=latin-1");
        assertThat(run(request).getStatus()).isEqualTo(415);
    }

    @Test
    void goodRequestsPass() throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest("POST", "/api/calls");
        request.setContentType("application/json; charset=UTF-8");
        request.setQueryString("q=ti%C3%AAm+ch%E1%BB%A7ng&x");
        assertThat(run(request).getStatus()).isEqualTo(200);
    }
}
