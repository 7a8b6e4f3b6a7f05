package vn.hotline1022.support.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;

import static vn.hotline1022.support.http.PercentDecoding.decode;
import static vn.hotline1022.support.http.PercentDecoding.decodes;

/**
 * Refuses, before anything reads them, the inputs the container and Spring would otherwise turn into a 500 or an
 * HTML page: percent-encodings that are not UTF-8 in the path or a query parameter (400 naming the parameter), and
 * a Content-Type that is not one concrete media type, e.g. {@code *}{@code /*} (415).
 */
public class RequestSanityFilter extends OncePerRequestFilter {

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (!decodes(request.getRequestURI())) {
            ProblemWriter.write(request, response, 400, "malformed-encoding", "path");
            return;
        }
        String query = request.getQueryString();
        if (query != null) {
            for (String pair : query.split("&")) {
                int eq = pair.indexOf('=');
                String name = eq < 0 ? pair : pair.substring(0, eq);
                String value = eq < 0 ? "" : pair.substring(eq + 1);
                if (!decodes(name)) {
                    ProblemWriter.write(request, response, 400, "malformed-encoding", "query");
                    return;
                }
                if (!decodes(value)) {
                    ProblemWriter.write(request, response, 400, "malformed-encoding", decode(name));
                    return;
                }
            }
        }
        String contentType = request.getContentType();
        if (contentType != null && !concrete(contentType)) {
            ProblemWriter.write(request, response, 415, "unsupported-media-type", "Content-Type");
            return;
        }
        chain.doFilter(request, response);
    }

    private static boolean concrete(String contentType) {
        try {
            MediaType type = MediaType.parseMediaType(contentType);
            type.getCharset();   // an unknown charset (charset=latin-1) is unsupported too
            return type.isConcrete();
        } catch (IllegalArgumentException e) {   // InvalidMediaTypeException, UnsupportedCharsetException
            return false;
        }
    }
}
