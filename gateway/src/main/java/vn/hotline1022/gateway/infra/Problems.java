package vn.hotline1022.gateway.infra;

import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.server.reactive.ServerHttpResponse;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;
import vn.hotline1022.contracts.text.Messages;
import vn.hotline1022.support.http.ProblemJson;

import java.nio.charset.StandardCharsets;

/**
 * Writes RFC 9457 problem+json bodies from the gateway's own filters (no controller involved); the detail is a
 * code of the message bundle in the client's language ({@code Accept-Language}, Vietnamese by default).
 */
public final class Problems {

    private Problems() {
    }

    public static Mono<Void> write(ServerWebExchange exchange, HttpStatus status, String messageCode, Object... args) {
        return write(exchange.getResponse(), status, Messages.text(messageCode, english(exchange), args));
    }

    public static boolean english(ServerWebExchange exchange) {
        return Messages.english(exchange.getRequest().getHeaders().getFirst("Accept-Language"));
    }

    /** The text of a bundle code in the client's language; the code itself when the bundle lacks it. */
    public static String text(ServerWebExchange exchange, String messageCode, Object... args) {
        String text = Messages.text(messageCode, english(exchange), args);
        return text != null ? text : messageCode;
    }

    static Mono<Void> write(ServerHttpResponse response, HttpStatus status, String detail) {
        response.setStatusCode(status);
        response.getHeaders().setContentType(MediaType.APPLICATION_PROBLEM_JSON);
        String body = ProblemJson.of(status.value(), status.getReasonPhrase(), null, detail, null);
        DataBuffer buffer = response.bufferFactory().wrap(body.getBytes(StandardCharsets.UTF_8));
        return response.writeWith(Mono.just(buffer));
    }
}
