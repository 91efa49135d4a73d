package org.emporium.gateway.security;

import org.emporium.gateway.problem.ProblemResponses;
import org.emporium.platform.core.ProblemCodes;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.web.server.ServerAuthenticationEntryPoint;
import org.springframework.security.web.server.authorization.ServerAccessDeniedHandler;
import org.springframework.security.web.server.firewall.ServerExchangeRejectedException;
import org.springframework.security.web.server.firewall.ServerExchangeRejectedHandler;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/**
 * 401, 403 and firewall refusals as problem documents. A 401 carries {@code WWW-Authenticate: Bearer} with
 * {@code error="invalid_token"} when a token was sent but refused (RFC 6750).
 */
final class SecurityProblems
        implements ServerAuthenticationEntryPoint, ServerAccessDeniedHandler, ServerExchangeRejectedHandler {

    @Override
    public Mono<Void> commence(ServerWebExchange exchange, AuthenticationException ex) {
        String challenge = "Bearer";
        String code = ProblemCodes.UNAUTHENTICATED;
        String detail = "This request needs a valid access token (Authorization: Bearer …)";
        if (ex instanceof OAuth2AuthenticationException oauth) {
            var reason = oauth.getError().getDescription();
            code = ProblemCodes.INVALID_TOKEN;
            detail = "The access token was refused" + (reason == null ? "" : ": " + reason);
            challenge = "Bearer error=\"" + oauth.getError().getErrorCode() + "\", error_description=\""
                    + (reason == null ? "" : reason.replace('"', '\'').replace('\\', '/')) + "\"";
        }
        exchange.getResponse().getHeaders().set(HttpHeaders.WWW_AUTHENTICATE, challenge);
        return ProblemResponses.write(exchange, HttpStatus.UNAUTHORIZED, code, detail);
    }

    @Override
    public Mono<Void> handle(ServerWebExchange exchange, AccessDeniedException denied) {
        exchange.getResponse().getHeaders().set(HttpHeaders.WWW_AUTHENTICATE, "Bearer error=\"insufficient_scope\"");
        return ProblemResponses.write(
                exchange, HttpStatus.FORBIDDEN, ProblemCodes.FORBIDDEN, "The access token does not allow this request");
    }

    @Override
    public Mono<Void> handle(ServerWebExchange exchange, ServerExchangeRejectedException rejected) {
        return ProblemResponses.write(
                exchange,
                HttpStatus.BAD_REQUEST,
                ProblemCodes.BAD_REQUEST,
                "The request was rejected: " + rejected.getMessage());
    }
}
