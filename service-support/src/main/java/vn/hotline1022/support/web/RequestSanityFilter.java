package vn.hotline1022.support.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

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

    static boolean decodes(String encoded) {
        return decode(encoded) != null;
    }

    /** Strict: every %XX must be two hex digits and the bytes valid UTF-8; null otherwise. */
    static String decode(String encoded) {
        if (encoded.indexOf('%') < 0 && encoded.indexOf('+') < 0) {
            return encoded;
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(encoded.length());
        for (int i = 0; i < encoded.length(); i++) {
            char c = encoded.charAt(i);
            if (c == '%') {
                if (i + 2 >= encoded.length()) {
                    return null;
                }
                int hi = Character.digit(encoded.charAt(i + 1), 16);
                int lo = Character.digit(encoded.charAt(i + 2), 16);
                if (hi < 0 || lo < 0) {
                    return null;
                }
                bytes.write((hi << 4) + lo);
                i += 2;
            } else if (c == '+') {
                bytes.write(' ');
            } else {
                byte[] raw = String.valueOf(c).getBytes(StandardCharsets.UTF_8);
                bytes.write(raw, 0, raw.length);
            }
        }
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes.toByteArray()))
                    .toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }
}
