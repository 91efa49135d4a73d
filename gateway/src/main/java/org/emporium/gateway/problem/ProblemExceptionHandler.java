package org.emporium.gateway.problem;

import org.emporium.gateway.security.SigningKeys;
import org.emporium.platform.core.ProblemCodes;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.webflux.error.ErrorWebExceptionHandler;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/**
 * Every error that reaches the web layer leaves as a problem document: unknown paths 404, oversize bodies 413,
 * unreachable signing keys 503, anything unexpected 500 without internals (logged with the trace id instead).
 * Runs before Spring Boot's default handler.
 */
@Order(-2)
public final class ProblemExceptionHandler implements ErrorWebExceptionHandler {
    private static final Logger log = LoggerFactory.getLogger(ProblemExceptionHandler.class);

    @Override
    public Mono<Void> handle(ServerWebExchange exchange, Throwable error) {
        if (exchange.getResponse().isCommitted()) {
            return Mono.error(error);
        }
        var request = exchange.getRequest();
        if (causedBy(error, SigningKeys.KeysUnavailable.class)) {
            log.warn("Cannot validate a token: {}", error.toString());
            return write(
                    exchange,
                    HttpStatus.SERVICE_UNAVAILABLE,
                    ProblemCodes.KEYS_UNAVAILABLE,
                    "Access tokens cannot be checked right now; try again shortly");
        }
        if (error instanceof ResponseStatusException status) {
            HttpStatusCode code = status.getStatusCode();
            return switch (code.value()) {
                case 404 ->
                    write(
                            exchange,
                            code,
                            ProblemCodes.NOT_FOUND,
                            "Nothing is served at " + request.getMethod().name() + " "
                                    + request.getPath().value());
                case 405 ->
                    write(
                            exchange,
                            code,
                            ProblemCodes.METHOD_NOT_ALLOWED,
                            request.getMethod().name() + " is not allowed here");
                case 413 ->
                    write(
                            exchange,
                            code,
                            ProblemCodes.BODY_TOO_LARGE,
                            status.getReason() == null ? "The request body is too large" : status.getReason());
                default ->
                    code.is4xxClientError()
                            ? write(
                                    exchange,
                                    code,
                                    ProblemCodes.BAD_REQUEST,
                                    status.getReason() == null ? "The request cannot be handled" : status.getReason())
                            : internal(exchange, error);
            };
        }
        return internal(exchange, error);
    }

    private static Mono<Void> internal(ServerWebExchange exchange, Throwable error) {
        log.error(
                "Unexpected error on {} {}",
                exchange.getRequest().getMethod(),
                exchange.getRequest().getPath(),
                error);
        return write(
                exchange,
                HttpStatus.INTERNAL_SERVER_ERROR,
                ProblemCodes.INTERNAL,
                "The gateway failed to handle this request");
    }

    private static Mono<Void> write(ServerWebExchange exchange, HttpStatusCode status, String code, String detail) {
        exchange.getResponse().getHeaders().remove("Content-Type");
        return ProblemResponses.write(exchange, status, code, detail);
    }

    private static boolean causedBy(Throwable error, Class<? extends Throwable> type) {
        for (Throwable t = error; t != null; t = t.getCause()) {
            if (type.isInstance(t)) {
                return true;
            }
        }
        return false;
    }
}
