package vn.hotline1022.gateway.edge;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;
import vn.hotline1022.gateway.infra.Problems;

/**
 * A body whose Content-Type cannot be used (a wildcard, an unparsable value, an unknown charset such as
 * {@code charset=latin-1}) is refused with 415 problem+json before anything tries to decode it; decoding with an
 * unknown charset used to drop the connection without an answer.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 3)
public class ContentTypeFilter implements WebFilter {

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        String raw = exchange.getRequest().getHeaders().getFirst(HttpHeaders.CONTENT_TYPE);
        if (raw != null && !usable(raw)) {
            return Problems.write(exchange, HttpStatus.UNSUPPORTED_MEDIA_TYPE, "gateway.unsupported-media-type");
        }
        return chain.filter(exchange);
    }

    static boolean usable(String raw) {
        try {
            MediaType type = MediaType.parseMediaType(raw);
            type.getCharset();
            return type.isConcrete();
        } catch (IllegalArgumentException e) {   // InvalidMediaTypeException, UnsupportedCharsetException
            return false;
        }
    }
}
