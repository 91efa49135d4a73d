package org.emporium.platform.test;

import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.UUID;

/**
 * Access tokens for tests, signed like identity signs them (RS256, {@code typ: at+jwt}, issuer, audience, roles,
 * scope, and {@code user_id} = {@code sub} for a person), with the public key served as a JWKS from a tiny HTTP server on a free port. One key and server per JVM.
 * Every service's tests use it (identity's own tests use identity's real keys instead). Point a service at it with
 * {@link #ISSUER} and {@link #jwkSetUri()}:
 *
 * <pre>{@code
 * @DynamicPropertySource
 * static void tokens(DynamicPropertyRegistry registry) {
 *     registry.add("emporium.security.issuer-uri", () -> TestTokens.ISSUER);
 *     registry.add("emporium.security.jwk-set-uri", TestTokens::jwkSetUri);
 * }
 * }</pre>
 */
public final class TestTokens {
    public static final String ISSUER = "http://localhost:8080";
    public static final String AUDIENCE = "emporium-api";

    private static RSAKey key;
    private static HttpServer server;

    private TestTokens() {}

    public static String admin() {
        return token(UUID.randomUUID().toString(), List.of("ADMIN"), null, ISSUER, Duration.ofMinutes(5));
    }

    public static String customer() {
        return token(UUID.randomUUID().toString(), List.of("CUSTOMER"), null, ISSUER, Duration.ofMinutes(5));
    }

    /** A client-credentials token of another service, with the given scopes. */
    public static String service(String... scopes) {
        return token("ordering-service", List.of(), String.join(" ", scopes), ISSUER, Duration.ofMinutes(5));
    }

    public static String expiredAdmin() {
        return token(UUID.randomUUID().toString(), List.of("ADMIN"), null, ISSUER, Duration.ofMinutes(-10));
    }

    public static synchronized String token(
            String subject, List<String> roles, String scope, String issuer, Duration lifetime) {
        try {
            var now = Instant.now();
            var claims = new JWTClaimsSet.Builder()
                    .subject(subject)
                    .issuer(issuer)
                    .audience(AUDIENCE)
                    .issueTime(Date.from(now.minusSeconds(1)))
                    .notBeforeTime(Date.from(now.minusSeconds(1)))
                    .expirationTime(Date.from(now.plus(lifetime)))
                    .jwtID(UUID.randomUUID().toString());
            if (isUuid(subject)) {
                // identity's user-only claim: what makes a token a person's (platform/security CurrentUser)
                claims.claim("user_id", subject);
            }
            if (!roles.isEmpty()) {
                claims.claim("roles", roles);
            }
            if (scope != null) {
                claims.claim("scope", scope);
            }
            var header = new JWSHeader.Builder(JWSAlgorithm.RS256)
                    .keyID(key().getKeyID())
                    .type(new JOSEObjectType("at+jwt"))
                    .build();
            var jwt = new SignedJWT(header, claims.build());
            jwt.sign(new RSASSASigner(key()));
            return jwt.serialize();
        } catch (Exception e) {
            throw new IllegalStateException("Could not sign a test token", e);
        }
    }

    private static boolean isUuid(String subject) {
        try {
            return UUID.fromString(subject).toString().equals(subject);
        } catch (IllegalArgumentException | NullPointerException e) {
            return false;
        }
    }

    public static synchronized String jwkSetUri() {
        if (server == null) {
            try {
                var jwks = new JWKSet(key().toPublicJWK()).toString().getBytes(StandardCharsets.UTF_8);
                server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
                server.createContext("/oauth2/jwks", exchange -> {
                    exchange.getResponseHeaders().add("Content-Type", "application/json");
                    exchange.sendResponseHeaders(200, jwks.length);
                    try (var body = exchange.getResponseBody()) {
                        body.write(jwks);
                    }
                });
                server.start();
                Runtime.getRuntime().addShutdownHook(new Thread(() -> server.stop(0), "test-jwks-stop"));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/oauth2/jwks";
    }

    private static synchronized RSAKey key() {
        if (key == null) {
            try {
                key = new RSAKeyGenerator(2048)
                        .keyID("test-" + UUID.randomUUID())
                        .generate();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }
        return key;
    }
}
