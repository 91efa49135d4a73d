package org.emporium.gateway.edge;

import org.emporium.gateway.problem.ProblemResponses;
import org.emporium.platform.core.ProblemCodes;
import org.springframework.cloud.gateway.filter.GatewayFilter;
import org.springframework.cloud.gateway.filter.GatewayFilterChain;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DataBufferUtils;
import org.springframework.http.HttpStatus;
import org.springframework.http.server.reactive.ServerHttpRequestDecorator;
import org.springframework.util.unit.DataSize;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Refuses request bodies over a limit with 413: at once when {@code Content-Length} says so, and while streaming
 * when a chunked body grows past it (the upload to the service is then aborted).
 */
public final class BodySizeLimit implements GatewayFilter {
    private final long maxBytes;

    public BodySizeLimit(DataSize max) {
        this.maxBytes = max.toBytes();
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, GatewayFilterChain chain) {
        var request = exchange.getRequest();
        long declared = request.getHeaders().getContentLength();
        if (declared > maxBytes) {
            return ProblemResponses.write(
                    exchange, HttpStatus.CONTENT_TOO_LARGE, ProblemCodes.BODY_TOO_LARGE, detail());
        }
        if (declared >= 0 || !request.getHeaders().containsHeader("Transfer-Encoding")) {
            return chain.filter(exchange);
        }
        var limited = new ServerHttpRequestDecorator(request) {
            @Override
            public Flux<DataBuffer> getBody() {
                long[] seen = {0};
                return super.getBody().handle((buffer, sink) -> {
                    seen[0] += buffer.readableByteCount();
                    if (seen[0] > maxBytes) {
                        DataBufferUtils.release(buffer);
                        sink.error(new BodyTooLarge(detail()));
                    } else {
                        sink.next(buffer);
                    }
                });
            }
        };
        return chain.filter(exchange.mutate().request(limited).build());
    }

    private String detail() {
        return "The request body is larger than " + DataSize.ofBytes(maxBytes).toKilobytes() + " KB";
    }

    /** A body that grew past the limit while streaming; a client error, never a sign the service is down. */
    public static final class BodyTooLarge extends ResponseStatusException {
        public BodyTooLarge(String detail) {
            super(HttpStatus.CONTENT_TOO_LARGE, detail);
        }
    }
}
