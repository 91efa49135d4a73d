package org.emporium.gateway.security;

import java.util.regex.Pattern;
import org.emporium.gateway.edge.AccessLog;
import org.jspecify.annotations.Nullable;
import org.springframework.core.Ordered;
import org.springframework.http.HttpHeaders;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.security.oauth2.jwt.BadJwtException;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.BearerTokenErrors;
import org.springframework.security.web.server.firewall.ServerExchangeRejectedException;
import org.springframework.security.web.server.firewall.ServerWebExchangeFirewall;
import org.springframework.security.web.server.firewall.StrictServerWebExchangeFirewall;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;

/**
 * The edge's security in one {@link WebFilter}, doing what Spring Security's reactive filter chain did for the
 * gateway, in the same order, without building a chain of its own per request (issue 16):
 *
 * <ol>
 *   <li>Spring Security's strict firewall ({@link StrictServerWebExchangeFirewall}: encoded {@code /}, {@code ..},
 *       {@code ;}, odd methods, control characters in headers) → 400 problem;
 *   <li>security headers on every answer ({@link SecurityHeaders});
 *   <li>CORS ({@link EdgeCors}): preflights answered here, a refused cross-origin request → 403 problem;
 *   <li>the bearer token from {@code Authorization}, parsed as Spring Security's
 *       {@code ServerBearerTokenAuthenticationConverter} does (a malformed one → 401 {@code invalid_token});
 *   <li>a token that is sent is verified ({@link VerifiedTokens}: the signature once per token, the claim rules on
 *       every request), on public routes too → 401 {@code invalid_token} if refused;
 *   <li>the route's access rule: {@link PublicRoutes} need no token, everything else does → 401.
 * </ol>
 *
 * A request it lets through with a valid token carries the token in {@link #TOKEN_ATTRIBUTE} and its subject in
 * {@link AccessLog#SUBJECT_ATTRIBUTE} (the rate limiter's per-user bucket, the access log's user). It never answers
 * 403 for a valid token: roles, scopes and ownership are the services' job.
 */
public final class EdgeSecurity implements WebFilter, Ordered {
    /** Where Spring Security's chain ran: after header hygiene and the access log, before the actuator's guard. */
    public static final int ORDER = -100;

    /** The request's verified access token ({@link Jwt}), when it came with one. */
    public static final String TOKEN_ATTRIBUTE = EdgeSecurity.class.getName() + ".token";

    /** Spring Security's pattern for an {@code Authorization: Bearer} value (RFC 6750 b64token). */
    private static final Pattern BEARER =
            Pattern.compile("^Bearer (?<token>[a-zA-Z0-9-._~+/]+=*)$", Pattern.CASE_INSENSITIVE);

    private final ServerWebExchangeFirewall firewall = new StrictServerWebExchangeFirewall();
    private final EdgeCors cors;
    private final PublicRoutes publicRoutes;
    private final VerifiedTokens tokens;

    EdgeSecurity(EdgeCors cors, PublicRoutes publicRoutes, VerifiedTokens tokens) {
        this.cors = cors;
        this.publicRoutes = publicRoutes;
        this.tokens = tokens;
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        return firewall.getFirewalledExchange(exchange)
                .flatMap(checked -> guard(checked, chain))
                .onErrorResume(
                        ServerExchangeRejectedException.class,
                        rejected -> SecurityProblems.rejected(exchange, rejected));
    }

    private Mono<Void> guard(ServerWebExchange exchange, WebFilterChain chain) {
        SecurityHeaders.writeBeforeCommit(exchange);
        var corsAnswer = cors.answer(exchange);
        if (corsAnswer != null) {
            return corsAnswer;
        }
        String token;
        try {
            token = bearerToken(exchange.getRequest());
        } catch (MalformedBearer malformed) {
            return SecurityProblems.invalidToken(exchange, BearerTokenErrors.invalidToken("Bearer token is malformed"));
        }
        if (token == null) {
            return publicRoutes.matches(exchange) ? chain.filter(exchange) : SecurityProblems.unauthenticated(exchange);
        }
        Jwt known;
        try {
            known = tokens.known(token);
        } catch (BadJwtException refused) {
            return refused(exchange, refused);
        }
        if (known != null) {
            return authenticated(exchange, chain, known);
        }
        return tokens.decode(token)
                .onErrorResume(
                        BadJwtException.class,
                        refused -> refused(exchange, refused).then(Mono.empty()))
                .flatMap(jwt -> authenticated(exchange, chain, jwt));
    }

    private static Mono<Void> authenticated(ServerWebExchange exchange, WebFilterChain chain, Jwt token) {
        var attributes = exchange.getAttributes();
        attributes.put(TOKEN_ATTRIBUTE, token);
        var subject = token.getSubject();
        if (subject != null) {
            attributes.put(AccessLog.SUBJECT_ATTRIBUTE, subject);
        }
        return chain.filter(exchange);
    }

    /** As Spring Security's resource server words it: the decoder's reason, if it is fit for a header. */
    private static Mono<Void> refused(ServerWebExchange exchange, BadJwtException refused) {
        return SecurityProblems.invalidToken(exchange, BearerTokenErrors.invalidToken(refused.getMessage()));
    }

    /**
     * The token in {@code Authorization: Bearer <token>}; {@code null} when the header is absent or another scheme.
     * Query and form parameters are never read (Spring Security's defaults).
     */
    static @Nullable String bearerToken(ServerHttpRequest request) {
        var authorization = request.getHeaders().getFirst(HttpHeaders.AUTHORIZATION);
        if (authorization == null || !authorization.regionMatches(true, 0, "bearer", 0, 6)) {
            return null;
        }
        var matcher = BEARER.matcher(authorization);
        if (!matcher.matches()) {
            throw new MalformedBearer();
        }
        return matcher.group("token");
    }

    @Override
    public int getOrder() {
        return ORDER;
    }

    private static final class MalformedBearer extends RuntimeException {
        MalformedBearer() {
            super("Bearer token is malformed", null, false, false);
        }
    }
}
