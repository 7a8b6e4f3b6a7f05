package vn.hotline1022.gateway.edge;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;
import vn.hotline1022.gateway.infra.Problems;

/**
 * The same limits as the routes' RequestSize filters (GATEWAY_MAX_BODY, GATEWAY_MAX_IMPORT_BODY for the import),
 * checked on Content-Length before anything reads the body and for every path, the gateway's own endpoints
 * included: an oversize body gets 413 problem+json, where RequestSize would answer an empty 413.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 2)
public class BodyLimitFilter implements WebFilter {

    private final long maxBody;
    private final long maxImport;

    BodyLimitFilter(@Value("${GATEWAY_MAX_BODY:2MB}") DataSize maxBody,
                    @Value("${GATEWAY_MAX_IMPORT_BODY:50MB}") DataSize maxImport) {
        this.maxBody = maxBody.toBytes();
        this.maxImport = maxImport.toBytes();
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        long length = exchange.getRequest().getHeaders().getContentLength();
        String path = exchange.getRequest().getPath().value();
        long limit = isImport(path) ? maxImport : maxBody;
        if (length > limit) {
            return Problems.write(exchange, HttpStatus.CONTENT_TOO_LARGE, "gateway.body-too-large",
                    DataSize.ofBytes(limit).toMegabytes());
        }
        return chain.filter(exchange);
    }

    /** The entry import and the usage-log import take a province's whole file. */
    static boolean isImport(String path) {
        return path.equals("/api/knowledge/import") || path.equals("/api/knowledge/usage/import");
    }
}
