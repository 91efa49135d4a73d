package org.emporium.gateway.problem;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.emporium.gateway.edge.TraceIds;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes RFC 9457 {@code application/problem+json} answers the way every Emporium service does: a type URI derived
 * from a stable {@code code}, the {@code code} itself and the request's {@code traceId}. The gateway is reactive, so it
 * cannot reuse platform-web (servlet); the shape is the same.
 */
public final class ProblemResponses {
    /** The same base as platform-web's problem types (see docs/errors.md). */
    public static final String TYPE_BASE = "https://emporium.dev/problems/";

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private ProblemResponses() {}

    /** The problem document as an ordered map, ready to serialise. */
    public static Map<String, Object> body(
            ServerWebExchange exchange, HttpStatusCode status, String code, String detail) {
        var body = new LinkedHashMap<String, Object>();
        body.put(
                "type",
                TYPE_BASE + code.toLowerCase(Locale.ROOT).replace('_', '-').replace('.', '/'));
        body.put("title", title(status));
        body.put("status", status.value());
        body.put("detail", detail);
        body.put("instance", exchange.getRequest().getPath().value());
        body.put("code", code);
        TraceIds.of(exchange).ifPresent(traceId -> body.put("traceId", traceId));
        return body;
    }

    /** Completes the exchange with a problem answer, unless a response is already on its way. */
    public static Mono<Void> write(ServerWebExchange exchange, HttpStatusCode status, String code, String detail) {
        var response = exchange.getResponse();
        if (response.isCommitted()) {
            return Mono.empty();
        }
        response.setStatusCode(status);
        response.getHeaders().setContentType(MediaType.APPLICATION_PROBLEM_JSON);
        byte[] bytes =
                JSON.writeValueAsString(body(exchange, status, code, detail)).getBytes(StandardCharsets.UTF_8);
        response.getHeaders().setContentLength(bytes.length);
        return response.writeWith(
                Mono.fromSupplier(() -> response.bufferFactory().wrap(bytes)));
    }

    private static String title(HttpStatusCode status) {
        var resolved = org.springframework.http.HttpStatus.resolve(status.value());
        return resolved == null ? "Error" : resolved.getReasonPhrase();
    }
}
