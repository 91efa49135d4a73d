package org.emporium.gateway.security;

import org.emporium.gateway.problem.ProblemResponses;
import org.emporium.platform.core.ProblemCodes;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.web.server.firewall.ServerExchangeRejectedException;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/**
 * 401s and firewall refusals as problem documents. A 401 carries {@code WWW-Authenticate: Bearer}, with
 * {@code error="invalid_token"} (or {@code invalid_request}) and a description when a token was sent but refused
 * (RFC 6750).
 */
final class SecurityProblems {
    private SecurityProblems() {}

    /** No token on a route that needs one. */
    static Mono<Void> unauthenticated(ServerWebExchange exchange) {
        exchange.getResponse().getHeaders().set(HttpHeaders.WWW_AUTHENTICATE, "Bearer");
        return ProblemResponses.write(
                exchange,
                HttpStatus.UNAUTHORIZED,
                ProblemCodes.UNAUTHENTICATED,
                "This request needs a valid access token (Authorization: Bearer …)");
    }

    /** A token was sent and refused, for {@code error}'s reason. */
    static Mono<Void> invalidToken(ServerWebExchange exchange, OAuth2Error error) {
        var reason = error.getDescription();
        exchange.getResponse()
                .getHeaders()
                .set(
                        HttpHeaders.WWW_AUTHENTICATE,
                        "Bearer error=\"" + error.getErrorCode() + "\", error_description=\""
                                + (reason == null
                                        ? ""
                                        : reason.replace('"', '\'').replace('\\', '/')) + "\"");
        return ProblemResponses.write(
                exchange,
                HttpStatus.UNAUTHORIZED,
                ProblemCodes.INVALID_TOKEN,
                "The access token was refused" + (reason == null ? "" : ": " + reason));
    }

    /** What the firewall refuses (encoded slashes, {@code ..}, odd methods) is a 400. */
    static Mono<Void> rejected(ServerWebExchange exchange, ServerExchangeRejectedException rejected) {
        return ProblemResponses.write(
                exchange,
                HttpStatus.BAD_REQUEST,
                ProblemCodes.BAD_REQUEST,
                "The request was rejected: " + rejected.getMessage());
    }
}
